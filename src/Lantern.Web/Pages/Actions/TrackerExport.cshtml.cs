namespace Lantern.Web.Pages.Actions;

/// <summary>The tracker's actions, with the same filters and order, as CSV or XLSX.</summary>
[PartnershipPage(PartnershipPermission.ViewActionTracker)]
public sealed class TrackerExportModel(ActionTracker tracker) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IActionResult> OnGetAsync(string format)
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        var actor = User.RequireActor();
        var buffer = new MemoryStream();
        await tracker.ExportAsync(actor.PartnershipId, TrackerQuery.From(Request.Query), xlsx, buffer, HttpContext.AuditActor(), HttpContext.RequestAborted);
        buffer.Position = 0;
        var name = $"lantern-actions-{tracker.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return xlsx ? File(buffer, XlsxType, name + ".xlsx") : File(buffer, "text/csv; charset=utf-8", name + ".csv");
    }
}
