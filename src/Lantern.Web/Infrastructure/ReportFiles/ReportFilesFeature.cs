namespace Lantern.Web.Infrastructure.ReportFiles;

public static class ReportFilesFeature
{
    /// <summary>Writing report editions to files: the PDF printer (Word and web page writers are static), its
    /// Chromium settings from "Lantern:ChromiumPath" and "Lantern:PdfTimeoutSeconds".</summary>
    public static IServiceCollection AddReportFiles(this IServiceCollection services)
    {
        services.AddOptions<ReportFileOptions>().BindConfiguration(ReportFileOptions.Section);
        services.AddSingleton<ReportPdf>();
        return services;
    }
}
