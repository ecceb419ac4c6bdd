using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Infrastructure.Identity;

public static class SignInExtensions
{
    /// <summary>Starting a new sign-in ends whatever session the browser had, so two people never mix.</summary>
    public static async Task SignOutAsyncIfSignedIn(this HttpContext context, SignInManager<LanternUser> signIn)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await signIn.SignOutAsync();
        }
    }
}
