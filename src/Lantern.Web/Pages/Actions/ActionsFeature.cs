namespace Lantern.Web.Pages.Actions;

public static class ActionsFeature
{
    /// <summary>Improvement actions after a review (quality marker 18): raising and updating them, evidence,
    /// outcome measures and their readings, follow-up checks, and the partnership's action tracker.</summary>
    public static IServiceCollection AddActions(this IServiceCollection services)
    {
        services.AddScoped<ActionQueries>();
        services.AddScoped<ActionService>();
        services.AddScoped<ActionTracker>();
        return services;
    }
}
