using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

public static class Readiness
{
    /// <summary>Any change to a version's text withdraws its editions' readiness, and any chair's override with it:
    /// each must be checked and marked ready again. Saved with the change that caused it.</summary>
    public static void WithdrawReadiness(this LanternDbContext db, Guid versionId) =>
        Withdraw(db.ReportEditions.Where(e => e.VersionId == versionId && e.ReadyAt != null));

    /// <summary>A change to the Board's response (a finding's answer, the meeting) withdraws the readiness of its
    /// written response, which must be checked and marked ready again.</summary>
    public static void WithdrawResponseReadiness(this LanternDbContext db, Guid reviewId) =>
        Withdraw(db.ReportEditions.Where(e => e.ReviewId == reviewId && e.Kind == EditionKind.BoardResponse && e.ReadyAt != null));

    private static void Withdraw(IQueryable<ReportEdition> editions)
    {
        foreach (var edition in editions.ToList())
        {
            edition.ReadyAt = null;
            edition.ReadyByUserId = null;
            edition.OverrideAt = null;
            edition.OverrideByUserId = null;
            edition.OverrideReason = null;
        }
    }
}
