namespace Lantern.Web.Pages.Setup;

public static class SetupFeature
{
    /// <summary>The first-run set-up's services.</summary>
    public static IServiceCollection AddSetup(this IServiceCollection services)
    {
        services.AddScoped<SetupService>();
        return services;
    }
}
