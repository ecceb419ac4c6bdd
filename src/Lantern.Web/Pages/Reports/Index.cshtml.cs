using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>The review's report: its versions, newest first, and starting a new one. Board members, who may read a
/// version only once it has been presented to them, see those versions alone.</summary>
[ReviewPage(ReviewPermission.ViewReport, AuditActions.ReportViewed)]
[AlsoOpenTo(ReviewPermission.ReadPresentedReport)]
public sealed class IndexModel(ReportQueries queries, ReportService reports) : ReviewPageModel
{
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public bool BoardOnly => !Review.Can(ReviewPermission.ViewReport);

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>A form posted with no handler named: nothing to do, so show the page again.</summary>
    [HandlerNeeds(ReviewPermission.WriteReport)]
    public IActionResult OnPost() => Redirect(Link.Report(Review.Id));

    [HandlerNeeds(ReviewPermission.WriteReport)]
    public async Task<IActionResult> OnPostStartAsync()
    {
        var (result, number) = await reports.StartVersionAsync(new ReportScope(Review.Id, Review.PartnershipId, HttpContext.AuditActor()), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = number == 1 ? "Draft 1 started from the analysis" : $"Draft {number} started from draft {number - 1}";
            return Redirect(Link.ReportVersion(Review.Id, number));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else started a new version at the same moment. Open it from the list below");
        }
        else
        {
            result.AddAsIs(ModelState);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var all = await queries.VersionsAsync(Review.Id, HttpContext.RequestAborted);
        Versions = BoardOnly ? all.Where(v => ReportStatuses.BoardMayRead(v.Version.Status)).ToList() : all;
    }
}
