namespace Lantern.Web.Pages.Dashboard;

/// <summary>The dashboard's reviews, with the same filters and order, as a CSV file.</summary>
[PartnershipPage(PartnershipPermission.ListReviews)]
public sealed class ExportModel(DashboardService dashboard) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var actor = User.RequireActor();
        var buffer = new MemoryStream();
        await dashboard.ExportAsync(actor, DashboardQuery.From(Request.Query), buffer, HttpContext.AuditActor(), HttpContext.RequestAborted);
        buffer.Position = 0;
        return File(buffer, "text/csv; charset=utf-8", $"lantern-dashboard-{dashboard.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }
}
