using Lantern.Web.Pages.Analysis.Conversations;

namespace Lantern.Web.Pages.Analysis.Mine;

/// <summary>Anonymous feedback from a participant on taking part: five ratings, stored without anything that
/// links them to the person or the conversation.</summary>
[ReviewPage(ReviewPermission.View, AuditActions.ConversationsViewed)]
public sealed class FeedbackModel(ConversationService conversations, ConversationQueries queries, LanternDbContext db) : MineModel(queries, db)
{
    public static IReadOnlyList<(int Value, string Text)> Scale { get; } =
        [(1, "Strongly disagree"), (2, "Disagree"), (3, "Neither agree nor disagree"), (4, "Agree"), (5, "Strongly agree")];

    [BindProperty(Name = "Ratings")]
    public Dictionary<string, int?> Ratings { get; set; } = [];

    /// <summary>Where "Back" and a sent form lead: the notes when the participant can read them, else their conversations.</summary>
    public string ReturnPath => CanRead ? Link.MyConversation(Review.Id, Conversation.Id) : Link.MyConversations(Review.Id);

    public async Task<IActionResult> OnGetAsync(Guid conversationId) => await LoadAsync(conversationId, forFeedback: true) && !Conversation.FeedbackGiven ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid conversationId)
    {
        if (!await LoadAsync(conversationId, forFeedback: true))
        {
            return NotFound();
        }

        var result = await conversations.GiveFeedbackAsync(Review.Viewer, Review.PartnershipId, conversationId, Ratings, HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Thank you for your feedback";
            return Redirect(ReturnPath);
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field.Length == 0 ? string.Empty : $"rating-{field}", message);
        }

        return Page();
    }
}
