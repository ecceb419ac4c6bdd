using Lantern.Web.Pages.Information.Chronology;
using Lantern.Web.Pages.Information.Documents;
using Lantern.Web.Pages.Information.Material;
using Lantern.Web.Pages.Information.People;
using Lantern.Web.Pages.Information.PeopleImports;
using Lantern.Web.Pages.Information.Processes;
using Lantern.Web.Pages.Information.Submissions;

namespace Lantern.Web.Pages.Information;

public static class InformationFeature
{
    /// <summary>Gathering information: people, chronologies and their submissions, documents, material and processes.</summary>
    public static IServiceCollection AddInformation(this IServiceCollection services)
    {
        services.AddScoped<PeopleService>();
        services.AddScoped<PeopleImportService>();
        services.AddScoped<ChronologyQueries>();
        services.AddScoped<MergeService>();
        services.AddScoped<ChronologyExports>();
        services.AddScoped<AttendanceService>();
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section);
        services.AddSingleton<DocumentStore>();
        services.AddScoped<DocumentService>();
        services.AddScoped<MaterialService>();
        services.AddScoped<MaterialQueries>();
        services.AddScoped<ProcessService>();
        services.AddScoped<HoldQueries>();
        services.AddScoped<ChronologyApplier>();
        services.AddScoped<ChronologyLinks>();
        services.AddScoped<ChronologySubmissionService>();
        services.AddScoped<EventWordsService>();
        services.AddOptions<Core.Information.Import.ImportLimits>().BindConfiguration("Lantern:Chronology");
        return services;
    }
}
