using Lantern.Core.Deadlines;
using Lantern.Web.Pages.SettingUp.Deadlines;

namespace Lantern.Web.Pages.SettingUp;

/// <summary>The setting-up section of a review: its deadlines, open tasks and where each part stands.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class IndexModel(DeadlineService deadlines, SettingUpQueries queries, LanternDbContext db) : ReviewPageModel
{
    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];

    public IReadOnlyList<PendingDeadline> Pending { get; private set; } = [];

    public IReadOnlyList<TaskRow> Tasks { get; private set; } = [];

    public IReadOnlyList<PartStatus> Parts { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var jurisdiction = await db.Partnerships.Where(p => p.Id == Review.PartnershipId).Select(p => p.Jurisdiction).SingleAsync();
        (Deadlines, Pending) = await deadlines.ForReviewAsync(Review.Id, HttpContext.RequestAborted);
        Tasks = await queries.OpenTasksAsync(Review.Id, HttpContext.RequestAborted);
        Parts = await queries.PartsAsync(Review.Id, jurisdiction == Jurisdiction.England, HttpContext.RequestAborted);
        return Page();
    }
}
