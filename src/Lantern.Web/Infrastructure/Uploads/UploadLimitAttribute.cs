using Microsoft.AspNetCore.Mvc.Filters;

namespace Lantern.Web.Infrastructure.Uploads;

/// <summary>
/// On an upload form, a request that says it is bigger than the server will read (<see cref="UploadLimits"/>)
/// is sent back to the form, unread, with a GOV.UK error (the page shows it when the address has
/// <see cref="TooLargeQuery"/>), rather than failing when the form is read. It runs before the antiforgery
/// check, which is the first thing to read the form. Anything smaller is read, and the page checks the file
/// against its own limit.
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
        if (HttpMethods.IsPost(http.Request.Method) &&
            http.Request.ContentLength > http.RequestServices.GetRequiredService<UploadLimits>().MaxRequestBodyBytes)
        {
            context.Result = new RedirectResult($"{http.Request.PathBase}{http.Request.Path}?{TooLargeQuery}=1");

            // The body is left unread, so the connection cannot carry another request.
            http.Response.Headers.Connection = "close";
        }
    }
}
