using Lantern.Web.Infrastructure.ReportFiles;

namespace Lantern.Web.Pages.Reports;

public static class ReportsFeature
{
    /// <summary>The report: versions and sections, readers' comments and responses, editions with the
    /// disclosure-risk gate, identifying details, and the files editions are written to.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportDrafting>();
        services.AddScoped<ReportService>();
        services.AddScoped<ReportReadersService>();
        services.AddScoped<ReportQueries>();
        services.AddScoped<EditionBuilder>();
        services.AddScoped<EditionService>();
        services.AddScoped<IdentifyingDetailService>();
        services.AddScoped<ReportStructureService>();
        services.AddReportFiles();
        return services;
    }
}
