namespace Lantern.Web.Pages.Audit;

public static class AuditTrailFeature
{
    /// <summary>The audit trail pages' services.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddScoped<AuditTrailService>();
        return services;
    }
}
