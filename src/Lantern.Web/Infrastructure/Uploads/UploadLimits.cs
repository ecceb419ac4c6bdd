using Lantern.Core.Information.Import;
using Lantern.Web.Pages.Information.Documents;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Uploads;

/// <summary>
/// How much of a request Lantern will read: twice the largest upload any form allows (a document or a chronology,
/// from their settings) plus 1 MB for the form's other fields. A file somewhat over its form's own limit is then
/// read in full, so the form can say what is wrong and keep what was typed, instead of the server cutting the
/// connection; a body bigger than this is never read.
/// </summary>
public sealed class UploadLimits(IOptions<DocumentOptions> documents, IOptions<ImportLimits> chronologies)
{
    public const long FormFieldsAllowance = 1024 * 1024;

    /// <summary>The largest file any upload form accepts.</summary>
    public long LargestUploadBytes => Math.Max(documents.Value.MaxFileBytes, chronologies.Value.MaxFileBytes);

    /// <summary>The most any request's body may be: the server's own limit and the multipart form limit.</summary>
    public long MaxRequestBodyBytes => (2 * LargestUploadBytes) + FormFieldsAllowance;
}

public static class UploadLimitsRegistration
{
    /// <summary>Sets Kestrel's request body limit and the multipart form limit from the upload settings.</summary>
    public static IServiceCollection AddUploadLimits(this IServiceCollection services)
    {
        services.AddSingleton<UploadLimits>();
        services.AddOptions<KestrelServerOptions>().Configure<UploadLimits>((o, limits) => o.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        services.AddOptions<FormOptions>().Configure<UploadLimits>((o, limits) => o.MultipartBodyLengthLimit = limits.MaxRequestBodyBytes);
        return services;
    }
}
