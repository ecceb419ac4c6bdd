using Lantern.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Pages.Setup;

public enum SetupLinkState
{
    Usable,
    NotFound,
    Expired,
    Used,
    AlreadySetUp,
}

public sealed record CompleteSetupOptions(
    string Token,
    string PartnershipName,
    string AgencyName,
    AgencyType AgencyType,
    string FullName,
    string Email,
    string Password);

public sealed record SetupResult(LanternUser? Administrator, SetupLinkState LinkState, IReadOnlyList<IdentityError> Errors)
{
    public bool Succeeded => Administrator is not null;
}

/// <summary>
/// The first run. While no administrator exists, Lantern issues a one-time setup link (24 hours, single use)
/// that creates the partnership, the administrator's agency and the administrator. There is never a default
/// password.
/// </summary>
public sealed class SetupService(LanternDbContext db, UserManager<LanternUser> users, TimeProvider time, AuditRecorder recorder)
{
    public Task<bool> AdministratorExistsAsync(CancellationToken cancellationToken = default) =>
        db.Users.AnyAsync(u => !u.IsDisabled && (u.PartnershipRoles & PartnershipRoles.Administrator) != 0, cancellationToken);

    /// <summary>Issues a new setup link and withdraws any earlier one. Returns the token for the URL.</summary>
    public async Task<string> IssueSetupLinkAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var earlier = await db.OneTimeLinks
            .Where(l => l.Purpose == OneTimeLinkPurpose.FirstAdministrator && l.UsedAt == null && l.RevokedAt == null)
            .ToListAsync(cancellationToken);
        earlier.ForEach(l => l.Revoke(now));

        var (link, token) = OneTimeLink.Issue(OneTimeLinkPurpose.FirstAdministrator, null, now);
        db.OneTimeLinks.Add(link);
        recorder.Audit(AuditActor.System, AuditActions.SetupLinkIssued, new AuditSubject("OneTimeLink", link.Id));
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<SetupLinkState> CheckLinkAsync(string token, CancellationToken cancellationToken = default)
    {
        var (state, _) = await FindLinkAsync(token, cancellationToken);
        return state;
    }

    public async Task<SetupResult> CompleteSetupAsync(CompleteSetupOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (state, link) = await FindLinkAsync(options.Token, cancellationToken);
        if (state != SetupLinkState.Usable || link is null)
        {
            return new SetupResult(null, state, []);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var partnership = new Partnership(Guid.NewGuid(), options.PartnershipName, now);
        var agency = new Agency(Guid.NewGuid(), partnership.Id, options.AgencyName, options.AgencyType);
        db.Partnerships.Add(partnership);
        db.Agencies.Add(agency);
        db.ReviewTypes.AddRange(ReviewType.CreateDefaults(partnership.Id));
        await db.SaveChangesAsync(cancellationToken);

        var administrator = new LanternUser
        {
            Id = Guid.NewGuid(),
            UserName = options.Email.Trim(),
            Email = options.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = options.FullName.Trim(),
            PartnershipId = partnership.Id,
            AgencyId = agency.Id,
            PartnershipRoles = PartnershipRoles.Administrator,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(administrator, options.Password);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new SetupResult(null, SetupLinkState.Usable, created.Errors.ToList());
        }

        link.MarkUsed(now);
        recorder.AuditPartnership(audit with { UserId = administrator.Id, AgencyId = agency.Id, PartnershipId = partnership.Id },
            AuditActions.SetupCompleted, partnership.Id, "Partnership", partnership.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone used the same link a moment earlier: theirs stands, this one is undone.
            await transaction.RollbackAsync(cancellationToken);
            return new SetupResult(null, SetupLinkState.Used, []);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SetupResult(administrator, SetupLinkState.Usable, []);
    }

    private async Task<(SetupLinkState, OneTimeLink?)> FindLinkAsync(string token, CancellationToken cancellationToken)
    {
        if (!OneTimeLink.LooksLikeToken(token))
        {
            return (SetupLinkState.NotFound, null);
        }

        var hash = OneTimeLink.HashToken(token);
        var link = await db.OneTimeLinks.SingleOrDefaultAsync(
            l => l.TokenHash == hash && l.Purpose == OneTimeLinkPurpose.FirstAdministrator, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (link is null || link.RevokedAt is not null)
        {
            return (SetupLinkState.NotFound, null);
        }

        if (link.UsedAt is not null)
        {
            return (SetupLinkState.Used, null);
        }

        if (!link.IsUsable(now))
        {
            return (SetupLinkState.Expired, null);
        }

        if (await AdministratorExistsAsync(cancellationToken))
        {
            return (SetupLinkState.AlreadySetUp, null);
        }

        return (SetupLinkState.Usable, link);
    }
}
