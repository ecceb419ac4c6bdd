namespace Lantern.Web.Pages.Analysis.Conversations;

/// <summary>Writes a conversation's notes under the conversation structure's headings. Every save is a new
/// version; a save from an out-of-date page keeps what was typed and shows the newer version beside it.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.ConversationsViewed)]
public sealed class NotesModel(ConversationService conversations, ConversationQueries queries) : ReviewPageModel
{
    public ConversationRow Conversation { get; private set; } = null!;

    public IReadOnlyList<string> Constraints { get; private set; } = [];

    [BindProperty(Name = "Sections")]
    public Dictionary<string, string?> Sections { get; set; } = [];

    [BindProperty(Name = "BasedOn")]
    public int BasedOn { get; set; }

    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid conversationId)
    {
        if (!await LoadAsync(conversationId))
        {
            return NotFound();
        }

        var latest = (await queries.VersionsAsync(Review.Viewer, conversationId, HttpContext.RequestAborted)).FirstOrDefault();
        Sections = latest?.Sections.ToDictionary(s => s.Key, s => (string?)s.Value) ?? [];
        BasedOn = latest?.Number ?? 0;
        await queries.AuditViewAsync(HttpContext.AuditActor(), Review.Id, Review.PartnershipId, conversationId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid conversationId)
    {
        if (!await LoadAsync(conversationId))
        {
            return NotFound();
        }

        var result = await conversations.WriteNotesAsync(new WriteNotesOptions(Review.Viewer, Review.PartnershipId, conversationId, BasedOn, Sections),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Notes saved as a new version";
            return Redirect(Link.Conversation(Review.Id, conversationId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            var latest = (await queries.VersionsAsync(Review.Viewer, conversationId, HttpContext.RequestAborted)).First();
            Conflict = Conflict.Of(latest.WrittenBy, latest.WrittenAt,
                ConversationStructure.Sections.Select(s => new ConflictRow(s.Heading, Sections.GetValueOrDefault(s.Key), latest.Sections.GetValueOrDefault(s.Key))));
            ModelState.Remove("BasedOn");
            BasedOn = latest.Number;
            ModelState.AddModelError(string.Empty, $"{latest.WrittenBy} saved version {latest.Number} of these notes while you were writing. Your notes are not saved yet: compare the two below, then save again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"section-{field}", message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid conversationId)
    {
        var row = (await queries.AllAsync(Review.Viewer, HttpContext.RequestAborted)).FirstOrDefault(c => c.Id == conversationId);
        Conversation = row!;
        Constraints = row is null ? [] : await queries.ConstraintsAsync(Review.Id, HttpContext.RequestAborted);
        return row is not null;
    }
}
