namespace Lantern.Web.Pages.Reviews;

/// <summary>A review's front page: its details and its sections.</summary>
[ReviewPage(ReviewPermission.View, AuditActions.ReviewViewed)]
public sealed class ReviewModel(LanternDbContext db, ReviewService reviews) : ReviewPageModel
{
    public DateTime CreatedAt { get; private set; }

    public int MemberCount { get; private set; }

    /// <summary>Who in the business unit looks after the review, if anyone yet.</summary>
    public string? OwnerName { get; private set; }

    public bool CanViewAuditTrail { get; private set; }

    /// <summary>Whether the signed-in person took part in any of this review's conversations.</summary>
    public bool HasOwnConversations { get; private set; }

    /// <summary>Who withdrew the review, when and why; null while it stands.</summary>
    public WithdrawalRecord? Withdrawal { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public static readonly IReadOnlyList<(string Name, string Hint)> Sections =
    [
        ("Setting up", "Referral, decision, statutory deadlines, terms of reference, governance and plan"),
        ("Information", "People and their pseudonyms, the multi-agency chronology, documents and parallel processes"),
        ("Analysis", "Conversations with practitioners, key practice episodes, contributory factors and findings"),
        ("Report", "Drafts, the check that the report is safe to publish, the board's response and publication"),
        ("Actions", "Improvement actions, who owns them and whether they made a difference"),
        ("Quality", "The review's self-assessment against the 18 quality markers"),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        var review = await db.Reviews.Where(r => r.Id == Review.Id)
            .Select(r => new { r.CreatedAt, Owner = db.Users.Where(u => u.Id == r.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .SingleAsync();
        (CreatedAt, OwnerName) = (review.CreatedAt, review.Owner);
        MemberCount = await db.ReviewMembers.CountAsync(m => m.ReviewId == Review.Id);
        var actor = User.RequireActor();
        CanViewAuditTrail = AccessRules.Can(actor, actor.PartnershipId, PartnershipPermission.ViewAuditTrail);
        Withdrawal = await reviews.WithdrawalAsync(Review.Id, HttpContext.RequestAborted);
        HasOwnConversations = await db.Conversations.VisibleTo(Review.Viewer.AsParticipant()).AnyAsync();
        return Page();
    }
}
