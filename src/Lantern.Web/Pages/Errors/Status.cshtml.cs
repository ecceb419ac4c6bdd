namespace Lantern.Web.Pages.Errors;

/// <summary>Every error a person can meet, in plain words, never with technical detail.</summary>
[PublicPage]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Title => Code switch
    {
        400 => "Sorry, there is a problem with what was sent",
        403 => "You do not have access to this page",
        404 => "Page not found",
        405 => "Sorry, that cannot be done here",
        423 => "This review has been withdrawn",
        429 => "Too many attempts",
        _ => "Sorry, there is a problem with the service",
    };

    /// <summary>For a refused change to a withdrawn review: the review's own page, where the withdrawal is shown.</summary>
    public string? ReviewLink { get; private set; }

    public IActionResult OnGet() => Show();

    public IActionResult OnPost() => Show();

    private IActionResult Show()
    {
        // The code is read from the address, not bound: when a POST whose body could not be read (malformed, or
        // too big) is shown this page, model binding fails to read the form and would give 0, so "Page not found".
        var code = int.TryParse(Convert.ToString(RouteData.Values["code"], CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var given) ? given : 0;

        // Reached directly, this page must not claim an error happened with a success status.
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath ?? string.Empty;
        var parts = original.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (Code == 423 && parts.Length >= 2 && parts[0] == "reviews" && Guid.TryParse(parts[1], out var reviewId))
        {
            ReviewLink = Link.Review(reviewId);
        }

        return Page();
    }
}
