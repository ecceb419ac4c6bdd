using Lantern.Core.Accounts;
using Lantern.Web.Hosting;
using Lantern.Web.Infrastructure.Email;
using Lantern.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Admin.Users;

/// <summary>One-time links, the emails that carry them, and the lookups the writes share.</summary>
public sealed partial class UserAdminService
{
    /// <param name="keepAnAdministrator">When the change could leave the partnership without an administrator,
    /// the field to show that refusal against ("" for the whole form); null when it cannot.</param>
    private async Task<WriteResult> UpdateWithAuditAsync(LanternUser user, string action, AuditActor audit, CancellationToken cancellationToken,
        bool endSessions = false, string? keepAnAdministrator = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (keepAnAdministrator is not null)
        {
            // Changing the partnership's version makes two such changes at the same moment conflict, so
            // two administrators cannot each remove the other.
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == user.PartnershipId, cancellationToken);
            partnership.Version = Guid.NewGuid();
            if (await IsLastAdministratorAsync(user, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return WriteResult.Refused(keepAnAdministrator, "The partnership must keep at least one administrator who can sign in. Make someone else an administrator first");
            }
        }

        var updated = endSessions ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? WriteResult.Stale
                : WriteResult.Refused(string.Empty, updated.Errors.First().Description);
        }

        if (endSessions)
        {
            await sessions.EndAllAsync(user.Id, cancellationToken: cancellationToken);
        }

        recorder.AuditUser(audit, action, user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult.Done;
    }

    private Task<string> IssueInvitationLinkAsync(Guid userId, DateTime now, CancellationToken cancellationToken) =>
        IssueLinkAsync(OneTimeLinkPurpose.Invitation, userId, now, cancellationToken);

    /// <summary>Withdraws every open link for the person, of any kind, and issues a new one.</summary>
    private async Task<string> IssueLinkAsync(OneTimeLinkPurpose purpose, Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        await RevokeInvitationsAsync(userId, cancellationToken);
        var (link, token) = OneTimeLink.Issue(purpose, userId, now);
        db.OneTimeLinks.Add(link);
        return token;
    }

    private async Task RevokeInvitationsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var open = await db.OneTimeLinks.Where(l => l.UserId == userId && l.UsedAt == null && l.RevokedAt == null).ToListAsync(cancellationToken);
        open.ForEach(l => l.Revoke(now));
    }

    private async Task<Invitation> SendInvitationAsync(LanternUser user, string token, CancellationToken cancellationToken)
    {
        var link = InvitationLink(token);
        var partnership = await PartnershipNameAsync(user, cancellationToken);
        var (emailed, failed) = await EmailAsync(user, "Your Lantern account", $"""
            Hello {user.DisplayName},

            You have been given an account on Lantern for {partnership}. Lantern is where the partnership runs its safeguarding case reviews.

            To start using it, open this link, choose a password and set up an authenticator app on your phone:

            {link}

            The link works once and stops working after 7 days. If it has expired, ask your Lantern administrator for a new one.

            If you were not expecting this email, you can ignore it. Nobody can use the account until the link is opened.
            """, cancellationToken);
        return new Invitation(user.Id, token, link, emailed, failed);
    }

    /// <summary>Sends a link to the person. Returns whether it left Lantern, and whether sending failed (the
    /// link is saved either way, and the administrator is shown it to pass on instead).</summary>
    private async Task<(bool Emailed, bool Failed)> EmailAsync(LanternUser user, string subject, string body, CancellationToken cancellationToken)
    {
        try
        {
            await email.SendAsync(new EmailMessage(user.Email!, subject, body), cancellationToken);
        }
        catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            logger.LogWarning(e, "The email \"{Subject}\" could not be sent", subject);
            return (false, true);
        }

        return (email.SendsEmail, false);
    }

    private Task<string> PartnershipNameAsync(LanternUser user, CancellationToken cancellationToken) =>
        db.Partnerships.Where(p => p.Id == user.PartnershipId).Select(p => p.Name).SingleAsync(cancellationToken);

    private Task<LanternUser?> FindAsync(Guid partnershipId, Guid userId, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.PartnershipId == partnershipId, cancellationToken);

    private Task<bool> AgencyIsUsableAsync(Guid partnershipId, Guid agencyId, CancellationToken cancellationToken, Guid? allowInactive = null) =>
        db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == partnershipId && (a.IsActive || a.Id == allowInactive), cancellationToken);

    /// <summary>True when nobody else in the partnership is an administrator who can sign in (an invited
    /// administrator who has not yet set up their account does not count).</summary>
    private async Task<bool> IsLastAdministratorAsync(LanternUser user, CancellationToken cancellationToken) =>
        !await db.Users.AnyAsync(u => u.Id != user.Id && u.PartnershipId == user.PartnershipId && !u.IsDisabled &&
                                      (u.PartnershipRoles & PartnershipRoles.Administrator) != 0 &&
                                      u.PasswordHash != null && u.TwoFactorEnabled, cancellationToken);
}
