using Lantern.Web.Pages.Analysis.Conversations;

namespace Lantern.Web.Pages.Analysis.Mine;

/// <summary>The participant suggests corrections to their notes: their version is kept alongside the
/// interviewers', never over it.</summary>
[ReviewPage(ReviewPermission.View, AuditActions.ConversationsViewed)]
public sealed class CorrectModel(ConversationService conversations, ConversationQueries queries, LanternDbContext db) : MineModel(queries, db)
{
    [BindProperty(Name = "Sections")]
    public Dictionary<string, string?> Sections { get; set; } = [];

    [BindProperty(Name = "BasedOn")]
    public int BasedOn { get; set; }

    [BindProperty(Name = "comment")]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid conversationId)
    {
        if (!await LoadAsync(conversationId))
        {
            return NotFound();
        }

        if (!CanRespond)
        {
            // Their last correction is still with the reviewers: the notes page says so.
            return Redirect(Link.MyConversation(Review.Id, conversationId));
        }

        Sections = Latest.Sections.ToDictionary(s => s.Key, s => (string?)s.Value);
        BasedOn = Latest.Number;
        await Queries.AuditViewAsync(HttpContext.AuditActor(), Review.Id, Review.PartnershipId, conversationId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid conversationId)
    {
        if (!await LoadAsync(conversationId))
        {
            return NotFound();
        }

        if (!CanRespond)
        {
            // Their last correction is still with the reviewers: the notes page says so.
            return Redirect(Link.MyConversation(Review.Id, conversationId));
        }

        var result = await conversations.RespondAsync(new RespondToNotesOptions(Review.Viewer, Review.PartnershipId, conversationId, BasedOn, Sections, Comment),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Thank you. Your corrections were sent to the reviewers";
            return Redirect(Link.MyConversations(Review.Id));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.Remove("BasedOn");
            BasedOn = Latest.Number;
            ModelState.AddModelError(string.Empty, "The reviewers changed the notes while you were correcting them. Your corrections are still below: check them against the latest version, then send them again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field == "Comment" ? "comment" : $"section-{field}", message);
        }

        return Page();
    }
}
