namespace Lantern.Web.Pages.Analysis.Shared;

/// <summary>One item shared with the case group, read-only, with its comment thread. An item that is not (or no
/// longer) shared is "page not found" here, whoever asks.</summary>
public abstract class SharedItemModel(AnalysisService analysis, AnalysisQueries queries) : ReviewPageModel
{
    protected AnalysisQueries Queries { get; } = queries;

    protected abstract AnalysisItemKind Kind { get; }

    protected abstract string RouteKey { get; }

    protected abstract Task<bool> LoadItemAsync(Guid itemId);

    protected Guid ItemId => Guid.Parse(RouteData.Values[RouteKey]!.ToString()!);

    public string ItemPath => Kind switch { AnalysisItemKind.Episode => Link.SharedEpisode(Review.Id, ItemId), AnalysisItemKind.NarrativeSection => Link.SharedNarrativeSection(Review.Id, ItemId), _ => Link.SharedFinding(Review.Id, ItemId) };

    public CommentThread Thread { get; private set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    [HandlerNeeds(ReviewPermission.CommentOnAnalysis)]
    public async Task<IActionResult> OnPostAsync(string? commentText)
    {
        var item = new ItemRef(Review.Viewer.InSharedView(), Kind, ItemId);
        var result = await analysis.CommentAsync(new CommentOptions(item, commentText), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Comment added";
            return Redirect(ItemPath);
        }

        if (result.NotFound || !await LoadAsync())
        {
            return NotFound();
        }

        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError("CommentText", message);
        }

        Thread.CommentText = commentText;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (!await LoadItemAsync(ItemId))
        {
            return false;
        }

        Thread = new CommentThread
        {
            Comments = await Queries.CommentsAsync(Review.Viewer.InSharedView(), ItemId, HttpContext.RequestAborted),
            CanComment = Review.Can(ReviewPermission.CommentOnAnalysis),
            Action = ItemPath,
        };
        return true;
    }
}
