namespace Lantern.Web.Pages.Analysis.Conversations;

/// <summary>One conversation: its arrangements, the latest notes section by section, every earlier version
/// (the participant's corrections among them) and sending the notes to the participant. Each view is audited,
/// naming the conversation.</summary>
[ReviewPage(ReviewPermission.ViewConversationNotes, AuditActions.ConversationsViewed)]
public sealed class ConversationModel(ConversationService conversations, ConversationQueries queries, AnalysisService analysis, AnalysisQueries analysisQueries) : ReviewPageModel
{
    /// <summary>Statements from the conversation, each linked to the chronology entry it speaks to.</summary>
    public IReadOnlyList<EvidenceRow> Statements { get; private set; } = [];

    public ConversationRow Conversation { get; private set; } = null!;

    public string Purpose { get; private set; } = string.Empty;

    public DateOnly? BriefingSentOn { get; private set; }

    public bool HasAccount { get; private set; }

    public IReadOnlyList<NotesVersionRow> Versions { get; private set; } = [];

    public IReadOnlyList<string> Constraints { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    /// <summary>When, by whom and why the conversation was withdrawn; null while it stands.</summary>
    public Withdrawn.WithdrawnNote? Withdrawn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid conversationId)
    {
        if (!await LoadAsync(conversationId))
        {
            return NotFound();
        }

        await queries.AuditViewAsync(HttpContext.AuditActor(), Review.Id, Review.PartnershipId, conversationId, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Sends the latest notes to the participant to confirm or correct.</summary>
    [HandlerNeeds(ReviewPermission.EditAnalysis)]
    public async Task<IActionResult> OnPostAsync(Guid conversationId)
    {
        var result = await conversations.SendToParticipantAsync(Review.Viewer, Review.PartnershipId, conversationId, HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Notes sent to the participant to check";
            return Redirect(Link.Conversation(Review.Id, conversationId));
        }

        if (result.NotFound || !await LoadAsync(conversationId))
        {
            return NotFound();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    /// <summary>Removes a statement's link to the chronology.</summary>
    [HandlerNeeds(ReviewPermission.EditAnalysis)]
    public async Task<IActionResult> OnPostUnlinkAsync(Guid conversationId, Guid linkId)
    {
        var result = await analysis.UnlinkEvidenceAsync(new ItemRef(Review.Viewer, AnalysisItemKind.Conversation, conversationId), linkId,
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        Notice = "Statement no longer linked";
        return Redirect(Link.Conversation(Review.Id, conversationId) + "#statements");
    }

    private async Task<bool> LoadAsync(Guid conversationId)
    {
        var ct = HttpContext.RequestAborted;
        var row = (await queries.AllAsync(Review.Viewer, ct, includeWithdrawn: true)).FirstOrDefault(c => c.Id == conversationId);
        if (row is null)
        {
            return false;
        }

        Conversation = row;
        Withdrawn = await HttpContext.RequestServices.GetRequiredService<Withdrawn.WithdrawnItems>().NoteAsync(Review.Viewer, Analysis.Withdrawn.WithdrawableKind.Conversation, conversationId, ct);
        if (await queries.DetailsAsync(Review.Viewer, conversationId, ct) is not { } details)
        {
            return false;
        }

        (Purpose, BriefingSentOn, HasAccount) = (details.Purpose, details.BriefingSentOn, details.ParticipantUserId is not null);
        Versions = await queries.VersionsAsync(Review.Viewer, conversationId, ct);
        Constraints = await queries.ConstraintsAsync(Review.Id, ct);
        Statements = await analysisQueries.EvidenceAsync(Review.Viewer, [conversationId], ct);
        return true;
    }
}
