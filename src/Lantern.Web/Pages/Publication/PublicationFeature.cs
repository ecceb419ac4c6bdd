namespace Lantern.Web.Pages.Publication;

public static class PublicationFeature
{
    /// <summary>The plan for publishing a review's report (quality marker 17) and the record of its publication.</summary>
    public static IServiceCollection AddPublication(this IServiceCollection services)
    {
        services.AddScoped<PublicationQueries>();
        services.AddScoped<PublicationService>();
        return services;
    }
}
