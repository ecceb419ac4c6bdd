namespace Lantern.Web.Pages.Analysis;

/// <summary>
/// Links evidence to an episode or finding: chronology entries found by words and dates (at most
/// <see cref="MaxResults"/> at a time, oldest first), and documents. Each selected item becomes one audited link.
/// </summary>
public abstract class EvidencePageModel(AnalysisService analysis, AnalysisQueries queries, LanternDbContext db) : ReviewPageModel
{
    public const int MaxResults = 50;

    protected abstract AnalysisItemKind Kind { get; }

    public string ItemLabel { get; private set; } = string.Empty;

    public string ItemPath { get; private set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(Name = "entries")]
    public List<Guid> Entries { get; set; } = [];

    [BindProperty(Name = "documents")]
    public List<Guid> Documents { get; set; } = [];

    [BindProperty(Name = "conversations")]
    public List<Guid> Conversations { get; set; } = [];

    [BindProperty(Name = "note")]
    public string? Note { get; set; }

    public IReadOnlyList<(Guid LineageId, string Label, string Text, bool Linked)> Results { get; private set; } = [];

    public int Matching { get; private set; }

    public IReadOnlyList<(Guid Id, string Title, bool Linked)> DocumentOptions { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title, bool Linked)> ConversationOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var itemId = ItemId;
        if (Entries.Count + Documents.Count + Conversations.Count == 0)
        {
            ModelState.AddModelError("entries", "Select at least one chronology entry, document or conversation to link");
            return Page();
        }

        var item = new ItemRef(Review.Viewer, Kind, itemId);
        var linked = 0;
        foreach (var (kind, id) in Entries.Select(e => (EvidenceKind.ChronologyEntry, e)).Concat(Documents.Select(d => (EvidenceKind.Document, d))).Concat(Conversations.Select(c => (EvidenceKind.Conversation, c))))
        {
            var result = await analysis.LinkEvidenceAsync(new LinkEvidenceOptions(item, kind, id, Note), HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                linked++;
            }
            else if (result.Errors.FirstOrDefault(e => e.Field == "Note") is { Message: { } tooLong })
            {
                ModelState.AddModelError("note", tooLong);
                return Page();
            }
        }

        TempData["Notice"] = linked == 1 ? "1 piece of evidence linked" : $"{linked} pieces of evidence linked";
        return Redirect(ItemPath);
    }

    /// <summary>The route value holding the item's id.</summary>
    protected virtual string RouteKey => Kind == AnalysisItemKind.Episode ? "episodeId" : "findingId";

    /// <summary>Where to go back to after linking.</summary>
    protected virtual string PathFor(Guid itemId) => Kind == AnalysisItemKind.Episode ? Link.Episode(Review.Id, itemId) : Link.Finding(Review.Id, itemId);

    /// <summary>Whether the item belongs where the route says (an account in the section of the route, say).</summary>
    protected virtual Task<bool> InRouteAsync(Guid itemId) => Task.FromResult(true);

    private Guid ItemId => Guid.Parse(RouteData.Values[RouteKey]!.ToString()!);

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var itemId = ItemId;
        var label = (await queries.ItemLabelsAsync(Review.Viewer, [itemId], ct)).GetValueOrDefault(itemId);
        if (label is null || !await InRouteAsync(itemId))
        {
            return false;
        }

        ItemLabel = label;
        ItemPath = PathFor(itemId);
        var linked = await db.AnalysisLinks.AsNoTracking().Where(l => l.FromId == itemId).Select(l => l.ToId).ToListAsync(ct);
        var (matching, results) = await queries.SearchEntriesAsync(Review.Viewer, Query, MaxResults, ct);
        Matching = matching;
        Results = results.Select(r => (r.LineageId, r.Label, r.Text, linked.Contains(r.LineageId))).ToList();
        DocumentOptions = (await db.Documents.AsNoTracking().Where(d => d.ReviewId == Review.Id).OrderBy(d => d.Title).Select(d => new { d.Id, d.Title }).ToListAsync(ct))
            .Select(d => (d.Id, d.Title, linked.Contains(d.Id))).ToList();
        ConversationOptions = (await db.Conversations.AsNoTracking().VisibleTo(Review.Viewer).OrderBy(c => c.Number)
                .Join(db.People, c => c.ParticipantPersonId, p => p.Id, (c, p) => new { c.Id, c.Number, p.Pseudonym }).ToListAsync(ct))
            .Select(c => (c.Id, $"Conversation {c.Number} with {c.Pseudonym}", linked.Contains(c.Id))).ToList();
        return true;
    }
}
