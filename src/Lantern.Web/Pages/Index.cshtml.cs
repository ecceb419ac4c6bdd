namespace Lantern.Web.Pages;

/// <summary>The front door: signed-in people go to their reviews, everyone else to sign in.</summary>
[PublicPage]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.ToActor() is { IsActive: true } ? RedirectToPage("/Reviews/Index") : RedirectToPage("/Account/SignIn");
}
