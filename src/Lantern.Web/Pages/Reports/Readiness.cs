using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

public static class Readiness
{
    /// <summary>Any change to a version's text withdraws its editions' readiness, and any chair's override with it:
    /// each must be checked and marked ready again. Saved with the change that caused it.</summary>
    public static void WithdrawReadiness(this LanternDbContext db, Guid versionId)
    {
        foreach (var edition in db.ReportEditions.Where(e => e.VersionId == versionId && e.ReadyAt != null).ToList())
        {
            edition.ReadyAt = null;
            edition.ReadyByUserId = null;
            edition.OverrideAt = null;
            edition.OverrideByUserId = null;
            edition.OverrideReason = null;
        }
    }
}
