using Microsoft.Extensions.DependencyInjection;
using WithdrawableKind = Lantern.Web.Pages.Analysis.Withdrawn.WithdrawableKind;
using WithdrawnItems = Lantern.Web.Pages.Analysis.Withdrawn.WithdrawnItems;
using WithdrawnNote = Lantern.Web.Pages.Analysis.Withdrawn.WithdrawnNote;

namespace Lantern.Web.Pages.Analysis;

/// <summary>What the pages showing one analysis item share: its comment thread, sharing with the case group,
/// challenges and evidence links, each a handler needing the right permission.</summary>
public abstract class ItemPageModel(AnalysisService analysis, AnalysisQueries queries) : ReviewPageModel
{
    protected AnalysisQueries Queries { get; } = queries;

    protected abstract AnalysisItemKind Kind { get; }

    /// <summary>The route value holding the item's id ("episodeId", "findingId").</summary>
    protected abstract string RouteKey { get; }

    protected Guid ItemId => Guid.Parse(RouteData.Values[RouteKey]!.ToString()!);

    /// <summary>The item's page, for redirects after each write.</summary>
    protected abstract string ItemPath(Guid itemId);

    /// <summary>Loads the item and everything the page shows; false when it is not in this review.</summary>
    protected abstract Task<bool> LoadAsync(Guid itemId);

    public CommentThread Thread { get; private set; } = new();

    public IReadOnlyList<ChallengeRow> Challenges { get; private set; } = [];

    public IReadOnlyList<EvidenceRow> Evidence { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    /// <summary>When, by whom and why the item was withdrawn; null while it is live. A withdrawn item's page shows
    /// it as withdrawn and offers nothing to change.</summary>
    public WithdrawnNote? Withdrawn { get; private set; }

    /// <summary>Reads the thread, challenges and evidence (after the item itself).</summary>
    protected async Task LoadSharedPartsAsync(Guid itemId, string? commentText = null)
    {
        var ct = HttpContext.RequestAborted;
        Withdrawn = Kind switch
        {
            AnalysisItemKind.Episode => await WithdrawnNoteAsync(WithdrawableKind.Episode, itemId),
            AnalysisItemKind.Finding => await WithdrawnNoteAsync(WithdrawableKind.Finding, itemId),
            AnalysisItemKind.NarrativeSection => await WithdrawnNoteAsync(WithdrawableKind.NarrativeSection, itemId),
            _ => null,
        };
        Thread = new CommentThread
        {
            Comments = await Queries.CommentsAsync(Review.Viewer, itemId, ct),
            CanComment = Review.Can(ReviewPermission.CommentOnAnalysis) && Withdrawn is null,
            Action = $"{ItemPath(itemId)}?handler=Comment",
            CommentText = commentText,
        };
        Challenges = await Queries.ChallengesAsync(Review.Viewer, itemId, ct);
        Evidence = await Queries.EvidenceAsync(Review.Viewer, [itemId], ct);
    }

    private Task<WithdrawnNote?> WithdrawnNoteAsync(WithdrawableKind kind, Guid itemId) =>
        HttpContext.RequestServices.GetRequiredService<WithdrawnItems>().NoteAsync(Review.Viewer, kind, itemId, HttpContext.RequestAborted);

    protected ItemRef Ref(Guid itemId) => new(Review.Viewer, Kind, itemId);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(ItemId) ? Page() : NotFound();

    /// <summary>A form posted with no handler named: nothing to do, so show the item again.</summary>
    [HandlerNeeds(ReviewPermission.CommentOnAnalysis)]
    public IActionResult OnPost() => Redirect(ItemPath(ItemId));

    [HandlerNeeds(ReviewPermission.CommentOnAnalysis)]
    public async Task<IActionResult> OnPostCommentAsync(string? commentText)
    {
        var result = await analysis.CommentAsync(new CommentOptions(Ref(ItemId), commentText), HttpContext.AuditActor(), HttpContext.RequestAborted);
        return await AfterAsync(result, ItemId, "Comment added", "CommentText", commentText);
    }

    [HandlerNeeds(ReviewPermission.EditAnalysis)]
    public async Task<IActionResult> OnPostShareAsync(bool share)
    {
        var result = await analysis.ShareAsync(Ref(ItemId), share, HttpContext.AuditActor(), HttpContext.RequestAborted);
        return await AfterAsync(result, ItemId, share ? "Shared with the case group" : "No longer shared with the case group", string.Empty, null);
    }

    [HandlerNeeds(ReviewPermission.EditAnalysis)]
    public async Task<IActionResult> OnPostChallengeAsync(string? challengeText)
    {
        var result = await analysis.RaiseChallengeAsync(new ChallengeOptions(Ref(ItemId), challengeText), HttpContext.AuditActor(), HttpContext.RequestAborted);
        ChallengeText = challengeText;
        return await AfterAsync(result, ItemId, "Challenge added to the log", "ChallengeText", null);
    }

    [HandlerNeeds(ReviewPermission.EditAnalysis)]
    public async Task<IActionResult> OnPostUnlinkAsync(Guid linkId)
    {
        var result = await analysis.UnlinkEvidenceAsync(Ref(ItemId), linkId, HttpContext.AuditActor(), HttpContext.RequestAborted);
        return await AfterAsync(result, ItemId, "Evidence link removed", string.Empty, null);
    }

    /// <summary>What was typed in the challenge box, kept when the challenge is refused.</summary>
    public string? ChallengeText { get; set; }

    protected async Task<IActionResult> AfterAsync(WriteResult result, Guid itemId, string notice, string field, string? commentText)
    {
        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect(ItemPath(itemId));
        }

        if (result.NotFound || !await LoadAsync(itemId))
        {
            return NotFound();
        }

        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this item at the same moment. Nothing was changed: check it and try again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        if (commentText is not null)
        {
            Thread.CommentText = commentText;
        }

        return Page();
    }
}
