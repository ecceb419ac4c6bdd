namespace Lantern.Web.Pages.Analysis.Withdrawn;

/// <summary>Confirms withdrawing one analysis item made in error, with the reason. Those who may change an item may
/// withdraw it. When someone changed the item while this page was open, nothing is withdrawn and the page says so.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class WithdrawModel(WithdrawalService withdrawals, WithdrawnItems items, LanternDbContext db) : ReviewPageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>The title as this person saw it, to show beside the saved one when someone changed the item meanwhile.</summary>
    [BindProperty]
    public string? SeenTitle { get; set; }

    public WithdrawableItem Item { get; private set; } = null!;

    public Conflict? Conflict { get; private set; }

    /// <summary>Where the page's "Cancel" and the item's name lead.</summary>
    public string BackPath => Item.Href ?? Link.Analysis(Review.Id);

    public async Task<IActionResult> OnGetAsync(string itemKind, Guid analysisItemId)
    {
        if (await LoadAsync(itemKind, analysisItemId) is not { } item)
        {
            return NotFound();
        }

        Version = item.Version;
        SeenTitle = item.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string itemKind, Guid analysisItemId)
    {
        if (await LoadAsync(itemKind, analysisItemId) is not { } item)
        {
            return NotFound();
        }

        var result = await withdrawals.WithdrawAsync(new WithdrawItemOptions(Review.Viewer, Review.PartnershipId, item.Kind, item.Id, Version, Reason),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = $"{item.Label} withdrawn. It is kept in the records and listed under withdrawn items.";
            return Redirect(Link.Withdrawn(Review.Id));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            Conflict = await ConflictResponse.ShowAsync(this, db, item.Kind.DisplayName().ToLowerInvariant(), item.UpdatedByUserId, item.UpdatedAt,
                [new ConflictRow("Title", SeenTitle, item.Title)], HttpContext.RequestAborted);
            ModelState.Remove(nameof(Version));
            Version = item.Version;
            SeenTitle = item.Title;
            return Page();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        return Page();
    }

    /// <summary>The item, live or withdrawn (a withdrawn one is shown as such, with nothing to confirm).</summary>
    private async Task<WithdrawableItem?> LoadAsync(string itemKind, Guid itemId)
    {
        if (WithdrawableKinds.FromSlug(itemKind) is not { } kind || await items.FindAsync(Review.Viewer, kind, itemId, HttpContext.RequestAborted) is not { } item)
        {
            return null;
        }

        Item = item;
        return item;
    }
}
