namespace Lantern.Web.Pages.Dashboard;

public static class DashboardFeature
{
    /// <summary>The dashboard's services.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardService>();
        return services;
    }
}
