namespace Lantern.Web.Pages.Reviews;

/// <summary>The reviews the signed-in person may see, and nothing else.</summary>
[PartnershipPage(PartnershipPermission.ListReviews)]
public sealed class IndexModel(ReviewService reviews, LanternDbContext db, AuditRecorder recorder) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReviewSort Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "closed")]
    public bool IncludeClosed { get; set; }

    /// <summary>From ?page= (see <see cref="Paging.RequestedPage"/>).</summary>
    public int PageNumber { get; private set; } = 1;

    public PagedResult<ReviewListItem> Reviews { get; private set; } = null!;

    public bool CanCreate { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        PageNumber = Request.RequestedPage();
        ModelState.Clear();
        if (!Enum.IsDefined(Sort))
        {
            Sort = ReviewSort.Newest;
        }

        var actor = User.RequireActor();
        CanCreate = AccessRules.Can(actor, actor.PartnershipId, PartnershipPermission.CreateReview);
        Reviews = await reviews.ListAsync(actor, Sort, IncludeClosed, PageNumber, HttpContext.RequestAborted);
        recorder.AuditPartnership(HttpContext.AuditActor(), AuditActions.ReviewListViewed, actor.PartnershipId);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }

    public string PageUrl(int page) => Paging.PageLink("/reviews", page, ("sort", Sort.ToString()), ("closed", IncludeClosed ? "true" : null));

    public string SortUrl(ReviewSort sort) => Url.Page("/Reviews/Index", new { sort, closed = IncludeClosed ? "true" : null })!;
}
