using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

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
    IUserConfirmation<LanternUser> confirmation,
    SignInSessions sessions)
    : SignInManager<LanternUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>
    /// Every way of completing sign-in ends here: each starts a session recorded on the server, named in the
    /// cookie. A renewal that already names its session keeps it.
    /// </summary>
    public override async Task SignInWithClaimsAsync(LanternUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        if (!claims.Any(c => c.Type == LanternClaims.Session))
        {
            var session = await sessions.StartAsync(user.Id);
            claims.Add(new Claim(LanternClaims.Session, session.ToString()));
        }

        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    /// <summary>Signing out ends this browser's session on the server too, so a copy of its cookie stops
    /// working. The person's other sessions carry on.</summary>
    public override async Task SignOutAsync()
    {
        if (Context.User.SessionId() is { } session)
        {
            await sessions.EndAsync(session);
        }

        await base.SignOutAsync();
    }

    /// <summary>Issues this browser a fresh cookie for the same session, after a change to the account (such as a
    /// new password) has made its old cookie stale.</summary>
    public Task RenewSessionAsync(LanternUser user, Guid session) =>
        SignInWithClaimsAsync(user, isPersistent: false,
        [
            new Claim(LanternClaims.AuthenticationMethod, LanternClaims.MultiFactor),
            new Claim(LanternClaims.Session, session.ToString()),
        ]);

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
