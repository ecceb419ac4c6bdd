namespace Lantern.Web.Pages.Analysis.Conversations;

/// <summary>The review's conversations with practitioners, and the participants' anonymous feedback once enough
/// have answered.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.ConversationsViewed)]
public sealed class IndexModel(ConversationQueries queries, LanternDbContext db) : ReviewPageModel
{
    public IReadOnlyList<ConversationRow> Conversations { get; private set; } = [];

    public IReadOnlyList<string> Constraints { get; private set; } = [];

    public int FeedbackCount { get; private set; }

    public IReadOnlyList<FeedbackSummary> Feedback { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Conversations = await queries.AllAsync(Review.Viewer, ct);
        Constraints = await queries.ConstraintsAsync(Review.Id, ct);
        var feedback = await db.ParticipantFeedback.AsNoTracking().Where(f => f.ReviewId == Review.Id).Select(f => f.Answers).ToListAsync(ct);
        FeedbackCount = feedback.Count;
        Feedback = AnonymousFeedback.Summarise(feedback.SelectMany(a => a));
    }
}
