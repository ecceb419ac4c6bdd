using Lantern.Core.Accounts;
using Lantern.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Pages.Account;

/// <summary>What a one-time link (an invitation or a password reset) can do when someone opens it.</summary>
public enum LinkState
{
    Usable,
    NotFound,
    Expired,
    Used,
}

/// <param name="KeepSession">The session the change is made from, which carries on; every other one ends.</param>
public sealed record ChangePasswordOptions(LanternUser User, string CurrentPassword, string NewPassword, Guid? KeepSession);

/// <summary>Signing in, invitations and the person's own account. Records every step in the audit trail.</summary>
public sealed class AccountService(LanternDbContext db, UserManager<LanternUser> users, SignInSessions sessions, TimeProvider time, AuditRecorder recorder)
{
    /// <summary>Records a sign-in step for <paramref name="user"/> (null when the email matched nobody).</summary>
    public async Task RecordAsync(string action, LanternUser? user, AuditActor request, CancellationToken cancellationToken = default)
    {
        // An Identity update that lost a race leaves its change unsaved; the audit event must not retry it.
        await db.DiscardUnsavedChangesAsync(cancellationToken);

        var actor = user is null ? request : request with { UserId = user.Id, AgencyId = user.AgencyId, PartnershipId = user.PartnershipId };
        if (user is null)
        {
            recorder.Audit(actor, action);
        }
        else
        {
            recorder.AuditUser(actor, action, user);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<(LinkState State, LanternUser? User)> FindLinkAsync(string token, OneTimeLinkPurpose purpose, CancellationToken cancellationToken = default)
    {
        var (state, _, user) = await FindLinkWithUserAsync(token, purpose, cancellationToken);
        return (state, user);
    }

    /// <summary>Sets the invited person's first password and uses up the link.</summary>
    public Task<(WriteResult Result, LanternUser? User)> AcceptInvitationAsync(string token, string password, AuditActor request, CancellationToken cancellationToken = default) =>
        SetPasswordThroughLinkAsync(token, OneTimeLinkPurpose.Invitation, password, AuditActions.InvitationAccepted, request, cancellationToken);

    /// <summary>Sets the new password of someone whose password an administrator reset, and uses up the link.
    /// Their authenticator is untouched: they go on to sign in with it. A lockout from before is lifted, since
    /// the link shows the administrator has checked who they are.</summary>
    public Task<(WriteResult Result, LanternUser? User)> ChooseNewPasswordAsync(string token, string password, AuditActor request, CancellationToken cancellationToken = default) =>
        SetPasswordThroughLinkAsync(token, OneTimeLinkPurpose.PasswordReset, password, AuditActions.PasswordResetCompleted, request, cancellationToken);

    /// <summary>
    /// Changes a signed-in person's password once they have given their current one. A wrong current password
    /// changes nothing and counts towards the lockout like a wrong password at sign-in. The new password is
    /// checked by the same rules as a first one. Every session but <see cref="ChangePasswordOptions.KeepSession"/> ends.
    /// </summary>
    public async Task<WriteResult> ChangePasswordAsync(ChangePasswordOptions change, AuditActor request, CancellationToken cancellationToken = default)
    {
        var user = change.User;
        if (await users.IsLockedOutAsync(user))
        {
            await RecordAsync(AuditActions.LockedOut, user, request, cancellationToken);
            return WriteResult.Refused("CurrentPassword", "You have entered the wrong password too many times. Wait 15 minutes, then try again");
        }

        if (!await users.CheckPasswordAsync(user, change.CurrentPassword))
        {
            await users.AccessFailedAsync(user);
            await RecordAsync(AuditActions.PasswordChangeFailed, user, request, cancellationToken);
            if (await users.IsLockedOutAsync(user))
            {
                await RecordAsync(AuditActions.LockedOut, user, request, cancellationToken);
            }

            return WriteResult.Refused("CurrentPassword", "Your current password is not right");
        }

        if (string.Equals(change.CurrentPassword, change.NewPassword, StringComparison.Ordinal))
        {
            return WriteResult.Refused("NewPassword", "Your new password must be different from your current password");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await users.ChangePasswordAsync(user, change.CurrentPassword, change.NewPassword);
        if (!changed.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            await db.DiscardUnsavedChangesAsync(cancellationToken);
            return new WriteResult(false, changed.Errors.Select(e => ("NewPassword", e.Description)).ToList());
        }

        // The new security stamp already refuses every other cookie; ending the sessions records it.
        await users.ResetAccessFailedCountAsync(user);
        await sessions.EndAllAsync(user.Id, change.KeepSession, cancellationToken);
        recorder.AuditUser(request, AuditActions.PasswordChanged, user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult.Done;
    }

    /// <summary>Turns on two-factor once the person has proved their app works, and issues ten recovery codes.</summary>
    public async Task<IReadOnlyList<string>?> EnableAuthenticatorAsync(LanternUser user, string code, AuditActor request, CancellationToken cancellationToken = default)
    {
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            await RecordAsync(AuditActions.TwoFactorFailed, user, request, cancellationToken);
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        var actor = request with { UserId = user.Id, AgencyId = user.AgencyId, PartnershipId = user.PartnershipId };
        recorder.AuditUser(actor, AuditActions.AuthenticatorSetUp, user);
        recorder.AuditUser(actor, AuditActions.RecoveryCodesIssued, user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return codes;
    }

    /// <summary>Ends every session the person has, on every device, at its next request.</summary>
    public async Task SignOutEverywhereAsync(LanternUser user, AuditActor request, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, cancellationToken: cancellationToken);
        recorder.AuditUser(request, AuditActions.SignedOutEverywhere, user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Replaces the person's recovery codes with ten new ones.</summary>
    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(LanternUser user, AuditActor request, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        recorder.AuditUser(request, AuditActions.RecoveryCodesIssued, user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return codes;
    }

    private async Task<(WriteResult Result, LanternUser? User)> SetPasswordThroughLinkAsync(string token, OneTimeLinkPurpose purpose, string password,
        string action, AuditActor request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (state, link, user) = await FindLinkWithUserAsync(token, purpose, cancellationToken);
        if (state != LinkState.Usable || link is null || user is null)
        {
            return (WriteResult.Missing, null);
        }

        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (new WriteResult(false, added.Errors.Select(e => ("Password", e.Description)).ToList()), null);
        }

        if (purpose == OneTimeLinkPurpose.PasswordReset)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        var now = time.GetUtcNow().UtcDateTime;
        link.MarkUsed(now);
        recorder.AuditUser(request with { UserId = user.Id, AgencyId = user.AgencyId, PartnershipId = user.PartnershipId }, action, user);
        if (!(await db.SaveOrConflictAsync(cancellationToken)).Succeeded)
        {
            // The same link was used a moment earlier: that use stands, this one is undone.
            await transaction.RollbackAsync(cancellationToken);
            return (WriteResult.Missing, null);
        }

        await transaction.CommitAsync(cancellationToken);
        return (WriteResult.Done, user);
    }

    private async Task<(LinkState, OneTimeLink?, LanternUser?)> FindLinkWithUserAsync(string token, OneTimeLinkPurpose purpose, CancellationToken cancellationToken)
    {
        if (!OneTimeLink.LooksLikeToken(token))
        {
            return (LinkState.NotFound, null, null);
        }

        var hash = OneTimeLink.HashToken(token);
        var link = await db.OneTimeLinks.SingleOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == purpose, cancellationToken);
        if (link?.UserId is null || link.RevokedAt is not null)
        {
            return (LinkState.NotFound, null, null);
        }

        if (link.UsedAt is not null)
        {
            return (LinkState.Used, null, null);
        }

        if (!link.IsUsable(time.GetUtcNow().UtcDateTime))
        {
            return (LinkState.Expired, null, null);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == link.UserId && !u.IsDisabled, cancellationToken);
        return user is null ? (LinkState.NotFound, null, null) : (LinkState.Usable, link, user);
    }
}
