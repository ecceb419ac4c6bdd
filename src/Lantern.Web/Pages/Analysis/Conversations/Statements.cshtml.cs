namespace Lantern.Web.Pages.Analysis.Conversations;

/// <summary>Links a statement from a conversation to the chronology entry it speaks to, found by words.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.ConversationsViewed)]
public sealed class StatementsModel(AnalysisService analysis, AnalysisQueries queries, ConversationQueries conversations) : ReviewPageModel
{
    public ConversationRow Conversation { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(Name = "Statement")]
    public string? Statement { get; set; }

    [BindProperty(Name = "Entry")]
    public Guid? Entry { get; set; }

    public int Matching { get; private set; }

    public IReadOnlyList<(Guid LineageId, string Label, string Text)> Results { get; private set; } = [];

    public string ConversationPath => Link.Conversation(Review.Id, Conversation.Id);

    public async Task<IActionResult> OnGetAsync(Guid conversationId) => await LoadAsync(conversationId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid conversationId)
    {
        if (!await LoadAsync(conversationId))
        {
            return NotFound();
        }

        var result = await analysis.LinkStatementAsync(Review.Viewer, conversationId, Entry, Statement, HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Statement linked to the chronology";
            return Redirect(Link.Conversation(Review.Id, Conversation.Id) + "#statements");
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field == "ToId" ? "Entry" : "Statement", message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid conversationId)
    {
        var ct = HttpContext.RequestAborted;
        var row = (await conversations.AllAsync(Review.Viewer, ct)).FirstOrDefault(c => c.Id == conversationId);
        if (row is null)
        {
            return false;
        }

        Conversation = row;
        (Matching, var results) = await queries.SearchEntriesAsync(Review.Viewer, Query, EvidencePageModel.MaxResults, ct);
        Results = results;
        return true;
    }
}
