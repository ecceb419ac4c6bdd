using Lantern.Core.Accounts;
using Lantern.Core.Audit;
using Lantern.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Account;

public enum InvitationState
{
    Usable,
    NotFound,
    Expired,
    Used,
}

/// <summary>Signing in, invitations and the person's own account. Records every step in the audit trail.</summary>
public sealed class AccountService(LanternDbContext db, UserManager<LanternUser> users, SignInSessions sessions, TimeProvider time)
{
    /// <summary>Records a sign-in step for <paramref name="user"/> (null when the email matched nobody).</summary>
    public async Task RecordAsync(string action, LanternUser? user, AuditActor request, CancellationToken cancellationToken = default)
    {
        // An Identity update that lost a race leaves its change unsaved; the audit event must not retry it.
        await db.DiscardUnsavedChangesAsync(cancellationToken);

        var actor = user is null ? request : request with { UserId = user.Id, AgencyId = user.AgencyId, PartnershipId = user.PartnershipId };
        var subject = user is null ? AuditSubject.None : new AuditSubject("User", user.Id, PartnershipId: user.PartnershipId);
        db.Audit(new AuditEvent(Guid.NewGuid(), time.GetUtcNow().UtcDateTime, actor, action, subject));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<(InvitationState State, LanternUser? User)> FindInvitationAsync(string token, CancellationToken cancellationToken = default)
    {
        var (state, _, user) = await FindLinkAsync(token, cancellationToken);
        return (state, user);
    }

    /// <summary>Sets the invited person's first password and uses up the link.</summary>
    public async Task<(WriteResult Result, LanternUser? User)> AcceptInvitationAsync(string token, string password, AuditActor request, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (state, link, user) = await FindLinkAsync(token, cancellationToken);
        if (state != InvitationState.Usable || link is null || user is null)
        {
            return (WriteResult.Missing, null);
        }

        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (new WriteResult(false, added.Errors.Select(e => ("Password", e.Description)).ToList()), null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        link.MarkUsed(now);
        db.Audit(new AuditEvent(Guid.NewGuid(), now, request with { UserId = user.Id, AgencyId = user.AgencyId, PartnershipId = user.PartnershipId },
            AuditActions.InvitationAccepted, new AuditSubject("User", user.Id, PartnershipId: user.PartnershipId)));
        if (!(await db.SaveOrConflictAsync(cancellationToken)).Succeeded)
        {
            // The same link was used a moment earlier: that use stands, this one is undone.
            await transaction.RollbackAsync(cancellationToken);
            return (WriteResult.Missing, null);
        }

        await transaction.CommitAsync(cancellationToken);
        return (WriteResult.Done, user);
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
        var now = time.GetUtcNow().UtcDateTime;
        var actor = request with { UserId = user.Id, AgencyId = user.AgencyId, PartnershipId = user.PartnershipId };
        var subject = new AuditSubject("User", user.Id, PartnershipId: user.PartnershipId);
        db.Audit(new AuditEvent(Guid.NewGuid(), now, actor, AuditActions.AuthenticatorSetUp, subject));
        db.Audit(new AuditEvent(Guid.NewGuid(), now, actor, AuditActions.RecoveryCodesIssued, subject));
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
        db.Audit(new AuditEvent(Guid.NewGuid(), time.GetUtcNow().UtcDateTime, request, AuditActions.SignedOutEverywhere,
            new AuditSubject("User", user.Id, PartnershipId: user.PartnershipId)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Replaces the person's recovery codes with ten new ones.</summary>
    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(LanternUser user, AuditActor request, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        db.Audit(new AuditEvent(Guid.NewGuid(), time.GetUtcNow().UtcDateTime, request, AuditActions.RecoveryCodesIssued,
            new AuditSubject("User", user.Id, PartnershipId: user.PartnershipId)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return codes;
    }

    private async Task<(InvitationState, OneTimeLink?, LanternUser?)> FindLinkAsync(string token, CancellationToken cancellationToken)
    {
        if (!OneTimeLink.LooksLikeToken(token))
        {
            return (InvitationState.NotFound, null, null);
        }

        var hash = OneTimeLink.HashToken(token);
        var link = await db.OneTimeLinks.SingleOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == OneTimeLinkPurpose.Invitation, cancellationToken);
        if (link?.UserId is null || link.RevokedAt is not null)
        {
            return (InvitationState.NotFound, null, null);
        }

        if (link.UsedAt is not null)
        {
            return (InvitationState.Used, null, null);
        }

        if (!link.IsUsable(time.GetUtcNow().UtcDateTime))
        {
            return (InvitationState.Expired, null, null);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == link.UserId && !u.IsDisabled, cancellationToken);
        return user is null ? (InvitationState.NotFound, null, null) : (InvitationState.Usable, link, user);
    }
}
