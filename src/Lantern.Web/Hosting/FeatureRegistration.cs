using Lantern.Web.Pages.Account;
using Lantern.Web.Pages.Actions;
using Lantern.Web.Pages.Admin;
using Lantern.Web.Pages.Analysis;
using Lantern.Web.Pages.Audit;
using Lantern.Web.Pages.BoardResponse;
using Lantern.Web.Pages.Dashboard;
using Lantern.Web.Pages.Information;
using Lantern.Web.Pages.Publication;
using Lantern.Web.Pages.Quality;
using Lantern.Web.Pages.Reports;
using Lantern.Web.Pages.Reviews;
using Lantern.Web.Pages.SettingUp;
using Lantern.Web.Pages.Setup;

namespace Lantern.Web.Hosting;

public static class FeatureRegistration
{
    /// <summary>Each feature folder registers its own services (see its <c>*Feature.cs</c>); what they share is here.</summary>
    public static IServiceCollection AddLanternFeatures(this IServiceCollection services)
    {
        services.AddSetup();
        services.AddAccount();
        services.AddAdmin();
        services.AddReviews();
        services.AddAuditTrail();
        services.AddDashboard();
        services.AddSettingUp();
        services.AddInformation();
        services.AddAnalysis();
        services.AddReports();
        services.AddBoardResponse();
        services.AddPublication();
        services.AddActions();
        services.AddQuality();

        services.AddScoped<DemoData>();
        services.AddScoped<Scenarios.ScenarioBuilder>();
        services.AddSingleton<IStartupConsole, StandardOutputConsole>();
        return services;
    }
}
