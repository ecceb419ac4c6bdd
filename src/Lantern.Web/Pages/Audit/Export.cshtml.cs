namespace Lantern.Web.Pages.Audit;

/// <summary>One review's whole audit trail as a CSV file.</summary>
[PartnershipPage(PartnershipPermission.ViewAuditTrail)]
public sealed class ExportModel(AuditTrailService trail, LanternDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid reviewId)
    {
        var actor = User.RequireActor();
        if (!await db.Reviews.AnyAsync(r => r.Id == reviewId && r.PartnershipId == actor.PartnershipId))
        {
            return NotFound();
        }

        var buffer = new MemoryStream();
        await trail.ExportReviewAsync(actor.PartnershipId, reviewId, buffer, HttpContext.AuditActor(), HttpContext.RequestAborted);
        buffer.Position = 0;
        return File(buffer, "text/csv; charset=utf-8", $"audit-trail-{reviewId:N}.csv");
    }
}
