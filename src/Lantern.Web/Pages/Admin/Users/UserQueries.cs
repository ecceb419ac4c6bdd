using Lantern.Core.Organisation;
using Lantern.Data;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Admin.Users;

public enum AccountStatus
{
    Active,
    Invited,
    NeedsAuthenticator,
    Disabled,
}

public sealed record UserRow(Guid Id, string Name, string Email, string Agency, PartnershipRoles Roles, AccountStatus Status);

public enum UserSort
{
    Name,
    Agency,
    Status,
}

public static class AccountStatusNames
{
    public static string DisplayName(this AccountStatus status) => status switch
    {
        AccountStatus.Active => "Active",
        AccountStatus.Invited => "Invited",
        AccountStatus.NeedsAuthenticator => "Authenticator not set up",
        AccountStatus.Disabled => "Disabled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Colour(this AccountStatus status) => status switch
    {
        AccountStatus.Active => "green",
        AccountStatus.Invited => "blue",
        AccountStatus.NeedsAuthenticator => "yellow",
        _ => "grey",
    };
}

public sealed class UserQueries(LanternDbContext db)
{
    private IQueryable<UserRow> Rows(Guid partnershipId) =>
        from u in db.Users.AsNoTracking()
        join a in db.Agencies on u.AgencyId equals a.Id
        where u.PartnershipId == partnershipId
        select new UserRow(u.Id, u.DisplayName, u.Email ?? string.Empty, a.Name, u.PartnershipRoles,
            u.IsDisabled ? AccountStatus.Disabled
            : u.PasswordHash == null ? AccountStatus.Invited
            : !u.TwoFactorEnabled ? AccountStatus.NeedsAuthenticator
            : AccountStatus.Active);

    public Task<PagedResult<UserRow>> ListAsync(Guid partnershipId, UserSort sort, int page, CancellationToken cancellationToken = default)
    {
        var rows = Rows(partnershipId);
        var ordered = sort switch
        {
            UserSort.Agency => rows.OrderBy(r => r.Agency).ThenBy(r => r.Name),
            UserSort.Status => rows.OrderBy(r => r.Status).ThenBy(r => r.Name),
            _ => rows.OrderBy(r => r.Name).ThenBy(r => r.Email),
        };
        return ordered.ToPageAsync(page, 25, cancellationToken);
    }

    public Task<UserRow?> FindAsync(Guid partnershipId, Guid userId, CancellationToken cancellationToken = default) =>
        Rows(partnershipId).FirstOrDefaultAsync(r => r.Id == userId, cancellationToken);
}
