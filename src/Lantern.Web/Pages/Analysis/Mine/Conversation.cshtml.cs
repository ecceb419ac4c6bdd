using Lantern.Web.Pages.Analysis.Conversations;

namespace Lantern.Web.Pages.Analysis.Mine;

/// <summary>The participant reads their own notes and confirms them as a fair record.</summary>
[ReviewPage(ReviewPermission.View, AuditActions.ConversationsViewed)]
public sealed class ConversationModel(ConversationService conversations, ConversationQueries queries, LanternDbContext db) : MineModel(queries, db)
{
    [TempData]
    public string? Notice { get; set; }

    [BindProperty(Name = "comment")]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid conversationId)
    {
        if (!await LoadAsync(conversationId))
        {
            return NotFound();
        }

        await Queries.AuditViewAsync(HttpContext.AuditActor(), Review.Id, Review.PartnershipId, conversationId, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Confirms the latest notes, with an optional comment.</summary>
    public async Task<IActionResult> OnPostAsync(Guid conversationId, int basedOn)
    {
        if (!await LoadAsync(conversationId))
        {
            return NotFound();
        }

        var result = await conversations.RespondAsync(new RespondToNotesOptions(Review.Viewer, Review.PartnershipId, conversationId, basedOn, null, Comment),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Thank you. You confirmed the notes";
            return Redirect(Link.MyConversation(Review.Id, conversationId));
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "The reviewers changed the notes while you were reading them. Read the latest version below before you confirm");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError("comment", message);
        }

        return Page();
    }
}
