using System.Security.Claims;
using Lantern.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Identity;

/// <summary>
/// Two-factor is mandatory. A correct password never signs anyone in by itself: someone without an
/// authenticator yet is held at the same half-signed-in step as someone who has one, and must set it up
/// before they get a session.
/// </summary>
public sealed class LanternSignInManager(
    UserManager<LanternUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LanternUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LanternUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LanternUser> confirmation)
    : SignInManager<LanternUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    protected override async Task<SignInResult> SignInOrTwoFactorAsync(LanternUser user, bool isPersistent, string? loginProvider = null, bool bypassTwoFactor = false)
    {
        if (!user.TwoFactorEnabled)
        {
            await HoldForSecondFactorAsync(user);
            return SignInResult.TwoFactorRequired;
        }

        return await base.SignInOrTwoFactorAsync(user, isPersistent, loginProvider, bypassTwoFactor: false);
    }

    /// <summary>
    /// Identity's recovery-code sign-in neither checks for a lockout or a disabled account nor counts wrong
    /// codes. Here it does all three, like the authenticator-code sign-in.
    /// </summary>
    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInResult.Failed;
        }

        if (await UserManager.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }

        if (!await CanSignInAsync(user))
        {
            return SignInResult.NotAllowed;
        }

        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (result.Succeeded)
        {
            await UserManager.ResetAccessFailedCountAsync(user);
            return result;
        }

        await UserManager.AccessFailedAsync(user);
        return await UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
    }

    /// <summary>Marks the browser as having passed the first factor for this person, as Identity does before
    /// asking for a code. Used after a password check and after accepting an invitation.</summary>
    public async Task HoldForSecondFactorAsync(LanternUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id.ToString()));
        await Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Completes sign-in for someone who has just proved their second factor while setting it up.</summary>
    public async Task SignInAfterSettingUpAuthenticatorAsync(LanternUser user)
    {
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await SignInWithClaimsAsync(user, isPersistent: false, [new Claim(LanternClaims.AuthenticationMethod, LanternClaims.MultiFactor)]);
    }
}

/// <summary>A disabled account cannot sign in.</summary>
public sealed class EnabledAccountConfirmation : IUserConfirmation<LanternUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<LanternUser> manager, LanternUser user) => Task.FromResult(!user.IsDisabled);
}
