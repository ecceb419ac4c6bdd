using Lantern.Core.Information.Merging;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>A merged event: every agency's account side by side, the differences to explore, and undoing the merge;
/// changing the event (joining another into it, adding or taking out an entry) is in Event.Changes.cs.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyViewed)]
public sealed partial class EventModel(LanternDbContext db, ChronologyQueries queries, MergeService merges) : ReviewPageModel
{
    public Core.Information.MergedEvent Merged { get; private set; } = null!;

    public IReadOnlyList<EntryAccount> Accounts { get; private set; } = [];

    public IReadOnlyList<AccountDiscrepancy> Differences { get; private set; } = [];

    public string? ConfirmedBy { get; private set; }

    public bool CanEdit => Review.Can(ReviewPermission.EditInformation);

    [BindProperty]
    public Guid Version { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid eventId)
    {
        if (!await LoadAsync(eventId))
        {
            return NotFound();
        }

        Version = Merged.Version;
        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditInformation)]
    public async Task<IActionResult> OnPostAsync(Guid eventId)
    {
        var result = await merges.UndoMergeAsync(new UndoMergeOptions(Review.Id, Review.PartnershipId, eventId, Version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "The merge was undone. Each agency's entry stands on its own again";
            return Redirect(Link.Chronology(Review.Id));
        }

        if (result.NotFound || !await LoadAsync(eventId))
        {
            return NotFound();
        }

        ModelState.AddModelError(string.Empty, Merged.UndoneAt is not null
            ? "Someone else has already undone this merge"
            : "Someone else changed this merged event since you opened it. Check it below and try again");
        Version = Merged.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid eventId)
    {
        var ct = HttpContext.RequestAborted;
        var merged = await db.MergedEvents.AsNoTracking().SingleOrDefaultAsync(m => m.Id == eventId && m.ReviewId == Review.Id, ct);
        if (merged is null)
        {
            return false;
        }

        Merged = merged;
        ConfirmedBy = await db.Users.Where(u => u.Id == merged.ConfirmedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        if (!Review.Can(ReviewPermission.ViewRealIdentities))
        {
            await queries.UsePseudonymsAsync(Review.Id, ct);
        }

        Accounts = (await queries.AccountsAsync(Review.Id, Review.PartnershipId, queries.Current(Review.Viewer).Where(e => e.MergedEventId == eventId), ct))
            .OrderBy(a => a.Date).ThenBy(a => a.AgencyName, StringComparer.OrdinalIgnoreCase).ToList();
        Differences = Discrepancies.Find(Accounts.Select(a => a.ToAgencyAccount()).ToList());
        if (merged.UndoneAt is null && CanEdit)
        {
            await LoadChoicesAsync(ct);
        }

        return true;
    }
}
