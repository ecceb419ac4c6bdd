using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Information.Documents;

/// <summary>
/// Lets an upload page receive a file up to the configured size (Kestrel's own limit is about 28 MB) and turns
/// anything larger into a GOV.UK error rather than a bare 413 page. It runs before the antiforgery check, which
/// is the first thing to read the form: a request that says it is too big is sent back to the form, unread,
/// with the error; any other is read with limits that fit the setting.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const string TooLargeQuery = "too-large";

    // Before the antiforgery filter (1000), like [RequestFormLimits].
    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var limit = http.RequestServices.GetRequiredService<IOptions<DocumentOptions>>().Value.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            context.Result = new RedirectResult($"{http.Request.PathBase}{http.Request.Path}?{TooLargeQuery}=1") { };
            http.Response.Headers.Connection = "close";
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Features.Get<IFormFeature>() is not { Form: not null })
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }
}
