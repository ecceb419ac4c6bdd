using Lantern.Core.Accounts;
using Lantern.Web.Hosting;
using Lantern.Web.Infrastructure.Email;
using Lantern.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Admin.Users;

public sealed record InviteUserOptions(Guid PartnershipId, string DisplayName, string Email, Guid AgencyId, PartnershipRoles Roles);

public sealed record ChangeUserOptions(Guid PartnershipId, Guid UserId, string DisplayName, Guid AgencyId, PartnershipRoles Roles, Guid ProfileVersion);

/// <param name="Emailed">The email left Lantern (false when mail goes to the pickup folder).</param>
/// <param name="EmailFailed">Sending was attempted and failed: the link must be passed on by hand.</param>
public sealed record Invitation(Guid UserId, string Token, string Link, bool Emailed, bool EmailFailed = false);

/// <summary>A link for someone to choose a new password, shown to the administrator once.</summary>
public sealed record PasswordResetLink(Guid UserId, string Link, bool Emailed, bool EmailFailed = false);

/// <summary>Accounts in one partnership. Every method checks the person belongs to the partnership given.</summary>
public sealed partial class UserAdminService(
    LanternDbContext db,
    UserManager<LanternUser> users,
    SignInSessions sessions,
    IEmailOutbox email,
    IOptions<LanternOptions> options,
    TimeProvider time,
    AuditRecorder recorder,
    ILogger<UserAdminService> logger)
{
    public async Task<(WriteResult Result, Invitation? Invitation)> InviteUserAsync(InviteUserOptions invite, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (!await AgencyIsUsableAsync(invite.PartnershipId, invite.AgencyId, cancellationToken))
        {
            return (WriteResult.Refused("AgencyId", "Select the person's agency"), null);
        }

        var normalised = users.NormalizeEmail(invite.Email.Trim());
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalised, cancellationToken))
        {
            return (WriteResult.Refused("Email", "Someone already has an account with this email address"), null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var user = new LanternUser
        {
            Id = Guid.NewGuid(),
            UserName = invite.Email.Trim(),
            Email = invite.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = invite.DisplayName.Trim(),
            PartnershipId = invite.PartnershipId,
            AgencyId = invite.AgencyId,
            PartnershipRoles = invite.Roles,
            CreatedAt = now,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            var error = created.Errors.First();
            return (WriteResult.Refused(error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Email" : string.Empty, error.Description), null);
        }

        var token = await IssueInvitationLinkAsync(user.Id, now, cancellationToken);
        recorder.AuditUser(audit, AuditActions.UserInvited, user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (WriteResult.Done, await SendInvitationAsync(user, token, cancellationToken));
    }

    /// <summary>Withdraws any earlier invitation and issues a new one, for someone who has not yet set up
    /// their account.</summary>
    public async Task<(WriteResult Result, Invitation? Invitation)> ReissueInvitationAsync(Guid partnershipId, Guid userId, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(partnershipId, userId, cancellationToken);
        if (user is null)
        {
            return (WriteResult.Missing, null);
        }

        if (user.PasswordHash is not null)
        {
            return (WriteResult.Refused(string.Empty, "This person has already set their password. If they cannot sign in, reset their two-factor authentication instead"), null);
        }

        if (user.TwoFactorEnabled)
        {
            return (WriteResult.Refused(string.Empty, "This person has set up their account and is choosing a new password. Reset their password again to send a new link"), null);
        }

        if (user.IsDisabled)
        {
            return (WriteResult.Refused(string.Empty, "Enable this account before sending a new invitation"), null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var token = await IssueInvitationLinkAsync(user.Id, now, cancellationToken);
        recorder.AuditUser(audit, AuditActions.InvitationReissued, user);
        await db.SaveChangesAsync(cancellationToken);
        return (WriteResult.Done, await SendInvitationAsync(user, token, cancellationToken));
    }

    public async Task<WriteResult> ChangeUserAsync(ChangeUserOptions change, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(change.PartnershipId, change.UserId, cancellationToken);
        if (user is null)
        {
            return WriteResult.Missing;
        }

        if (user.ProfileVersion != change.ProfileVersion)
        {
            return WriteResult.Stale;
        }

        if (!await AgencyIsUsableAsync(change.PartnershipId, change.AgencyId, cancellationToken, allowInactive: user.AgencyId))
        {
            return WriteResult.Refused("AgencyId", "Select the person's agency");
        }

        var losesAdministrator = user.PartnershipRoles.HasFlag(PartnershipRoles.Administrator) && !change.Roles.HasFlag(PartnershipRoles.Administrator);
        user.DisplayName = change.DisplayName.Trim();
        user.AgencyId = change.AgencyId;
        user.PartnershipRoles = change.Roles;
        user.ProfileVersion = Guid.NewGuid();
        return await UpdateWithAuditAsync(user, AuditActions.UserChanged, audit, cancellationToken,
            keepAnAdministrator: losesAdministrator ? "Roles" : null);
    }

    public async Task<WriteResult> DisableUserAsync(Guid partnershipId, Guid userId, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(partnershipId, userId, cancellationToken);
        if (user is null)
        {
            return WriteResult.Missing;
        }

        if (user.Id == audit.UserId)
        {
            return WriteResult.Refused(string.Empty, "You cannot disable your own account");
        }

        user.IsDisabled = true;
        await RevokeInvitationsAsync(user.Id, cancellationToken);

        // A new security stamp ends every session the person has, at their next request.
        return await UpdateWithAuditAsync(user, AuditActions.UserDisabled, audit, cancellationToken, endSessions: true,
            keepAnAdministrator: user.PartnershipRoles.HasFlag(PartnershipRoles.Administrator) ? string.Empty : null);
    }

    public async Task<WriteResult> EnableUserAsync(Guid partnershipId, Guid userId, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(partnershipId, userId, cancellationToken);
        if (user is null)
        {
            return WriteResult.Missing;
        }

        user.IsDisabled = false;
        return await UpdateWithAuditAsync(user, AuditActions.UserEnabled, audit, cancellationToken);
    }

    /// <summary>For a lost phone: removes the authenticator and recovery codes and ends the person's
    /// sessions. They set up a new authenticator the next time they sign in with their password.</summary>
    public async Task<WriteResult> ResetTwoFactorAsync(Guid partnershipId, Guid userId, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(partnershipId, userId, cancellationToken);
        if (user is null)
        {
            return WriteResult.Missing;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, cancellationToken: cancellationToken);
        recorder.AuditUser(audit, AuditActions.TwoFactorReset, user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult.Done;
    }

    /// <summary>
    /// For a forgotten or exposed password: the current password stops working, every session the person has
    /// ends, and a one-time link (replacing any earlier one) lets them choose a new password. Their authenticator
    /// and recovery codes stay, so they still need their phone to sign in.
    /// </summary>
    public async Task<(WriteResult Result, PasswordResetLink? Link)> ResetPasswordAsync(Guid partnershipId, Guid userId, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(partnershipId, userId, cancellationToken);
        if (user is null)
        {
            return (WriteResult.Missing, null);
        }

        var refusal = user switch
        {
            _ when user.Id == audit.UserId => "You cannot reset your own password here. Change it from your account page instead",
            { IsDisabled: true } => "Enable this account before resetting its password",
            { PasswordHash: null, TwoFactorEnabled: false } => "This person has not set up their account yet. Send them a new invitation link instead",
            _ => null,
        };
        if (refusal is not null)
        {
            return (WriteResult.Refused(string.Empty, refusal), null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = user.PasswordHash is null ? await users.UpdateSecurityStampAsync(user) : await users.RemovePasswordAsync(user);
        if (!updated.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (WriteResult.Stale, null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var token = await IssueLinkAsync(OneTimeLinkPurpose.PasswordReset, user.Id, now, cancellationToken);
        await sessions.EndAllAsync(user.Id, cancellationToken: cancellationToken);
        recorder.AuditUser(audit, AuditActions.PasswordReset, user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var link = NewPasswordLink(token);
        var partnership = await PartnershipNameAsync(user, cancellationToken);
        var (emailed, failed) = await EmailAsync(user, "Choose a new Lantern password", $"""
            Hello {user.DisplayName},

            Your Lantern administrator at {partnership} has reset your Lantern password. Your old password no longer works.

            To choose a new one, open this link:

            {link}

            The link works once and stops working after 7 days. You will then sign in with the code from your authenticator app, as before.

            If you did not ask for this, tell your Lantern administrator.
            """, cancellationToken);
        return (WriteResult.Done, new PasswordResetLink(user.Id, link, emailed, failed));
    }

    public string InvitationLink(string token) => $"{options.Value.PublicUrl.TrimEnd('/')}/account/invitation/{token}";

    public string NewPasswordLink(string token) => $"{options.Value.PublicUrl.TrimEnd('/')}/account/new-password/{token}";
}
