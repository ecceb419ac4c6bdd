namespace Lantern.Web.Pages.Quality;

public static class QualityFeature
{
    /// <summary>The quality-marker self-assessment of each review, with evidence drawn from its records, and the
    /// partnership's grid of markers across its reviews.</summary>
    public static IServiceCollection AddQuality(this IServiceCollection services)
    {
        services.AddScoped<QualityEvidence>();
        services.AddScoped<QualityService>();
        return services;
    }
}
