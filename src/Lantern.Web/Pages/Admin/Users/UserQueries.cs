namespace Lantern.Web.Pages.Admin.Users;

public enum AccountStatus
{
    Active,
    Invited,
    NeedsAuthenticator,
    Disabled,

    /// <summary>An administrator reset the password; the person has not yet chosen a new one. Their authenticator stays.</summary>
    PasswordReset,
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
        AccountStatus.PasswordReset => "Password reset",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static TagColour Colour(this AccountStatus status) => status switch
    {
        AccountStatus.Active => TagColour.Green,
        AccountStatus.Invited => TagColour.Blue,
        AccountStatus.NeedsAuthenticator => TagColour.Yellow,
        _ => TagColour.Grey,
    };
}

public sealed class UserQueries(LanternDbContext db)
{
    // Filtering and sorting happen on this shape, which EF Core can translate; UserRow is made last.
    private IQueryable<Row> Rows(Guid partnershipId) =>
        from u in db.Users.AsNoTracking()
        join a in db.Agencies on u.AgencyId equals a.Id
        where u.PartnershipId == partnershipId
        select new Row
        {
            Id = u.Id,
            Name = u.DisplayName,
            Email = u.Email ?? string.Empty,
            Agency = a.Name,
            Roles = u.PartnershipRoles,
            Status = u.IsDisabled ? AccountStatus.Disabled
                : u.PasswordHash == null ? (u.TwoFactorEnabled ? AccountStatus.PasswordReset : AccountStatus.Invited)
                : !u.TwoFactorEnabled ? AccountStatus.NeedsAuthenticator
                : AccountStatus.Active,
        };

    public Task<PagedResult<UserRow>> ListAsync(Guid partnershipId, UserSort sort, int page, CancellationToken cancellationToken = default)
    {
        var rows = Rows(partnershipId);
        var ordered = sort switch
        {
            UserSort.Agency => rows.OrderBy(r => r.Agency).ThenBy(r => r.Name),
            UserSort.Status => rows.OrderBy(r => r.Status).ThenBy(r => r.Name),
            _ => rows.OrderBy(r => r.Name).ThenBy(r => r.Email),
        };
        return ordered.Select(r => new UserRow(r.Id, r.Name, r.Email, r.Agency, r.Roles, r.Status)).ToPageAsync(page, 25, cancellationToken);
    }

    public Task<UserRow?> FindAsync(Guid partnershipId, Guid userId, CancellationToken cancellationToken = default) =>
        Rows(partnershipId).Where(r => r.Id == userId)
            .Select(r => new UserRow(r.Id, r.Name, r.Email, r.Agency, r.Roles, r.Status))
            .FirstOrDefaultAsync(cancellationToken);

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = string.Empty;
        public string Email { get; init; } = string.Empty;
        public string Agency { get; init; } = string.Empty;
        public PartnershipRoles Roles { get; init; }
        public AccountStatus Status { get; init; }
    }
}
