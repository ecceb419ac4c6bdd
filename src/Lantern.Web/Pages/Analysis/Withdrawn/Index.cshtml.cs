namespace Lantern.Web.Pages.Analysis.Withdrawn;

/// <summary>The review's withdrawn analysis items: what each was, who withdrew it, when and why. They are kept in
/// the records for anyone who may see the analysis, though left out of everything else.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class IndexModel(WithdrawnItems items) : ReviewPageModel
{
    public IReadOnlyList<WithdrawableItem> Items { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Items = await items.AllAsync(Review.Viewer, HttpContext.RequestAborted);

    /// <summary>Where an item's own page is, for those who may open it (conversations need the right to read notes).</summary>
    public string? HrefFor(WithdrawableItem item) =>
        item.Kind == WithdrawableKind.Conversation && !Review.Can(ReviewPermission.ViewConversationNotes) ? null : item.Href;
}
