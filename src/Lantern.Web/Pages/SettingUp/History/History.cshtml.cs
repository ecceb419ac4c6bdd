namespace Lantern.Web.Pages.SettingUp.History;

public sealed record HistoryItem(HistoryKind Kind, string Summary, string? Who, DateTime OccurredAt);

/// <summary>The review's setting-up timeline: what happened, who did it and when, newest first.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class HistoryModel(LanternDbContext db) : ReviewPageModel
{
    public const int PageSize = 50;

    public PagedResult<HistoryItem> Entries { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var page = Request.RequestedPage();
        var people = db.Users.Where(u => u.PartnershipId == Review.PartnershipId);
        Entries = await (
            from h in db.ReviewHistory.AsNoTracking()
            where h.ReviewId == Review.Id
            join u in people on h.UserId equals (Guid?)u.Id into who
            from u in who.DefaultIfEmpty()
            orderby h.OccurredAt descending, h.Id
            select new HistoryItem(h.Kind, h.Summary, u != null ? u.DisplayName : null, h.OccurredAt))
            .ToPageAsync(page, PageSize, HttpContext.RequestAborted);
        return Page();
    }

    public string PageUrl(int page) => Link.SettingUpHistory(Review.Id) + (page > 1 ? $"?page={page}" : string.Empty);
}
