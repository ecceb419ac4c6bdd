namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>Another merged event of the review that could be the same event, summarised for choosing.</summary>
public sealed record NearbyMergedEvent(Guid Id, DateOnly Date, string EventType, IReadOnlyList<string> Agencies);

/// <summary>Changing a merged event: join another merged event into it, add an entry standing alone, take one out.</summary>
public sealed partial class EventModel
{
    /// <summary>How far either side of the event's dates entries and other merged events are offered.</summary>
    public const int NearbyDays = 14;

    public const int MostOffered = 30;

    public IReadOnlyList<NearbyMergedEvent> OtherEvents { get; private set; } = [];

    public IReadOnlyList<EntryAccount> NearbyEntries { get; private set; } = [];

    [BindProperty]
    public Guid? OtherEventId { get; set; }

    [BindProperty]
    public Guid? AddEntryId { get; set; }

    [BindProperty]
    public Guid? RemoveEntryId { get; set; }

    [HandlerNeeds(ReviewPermission.EditInformation)]
    public async Task<IActionResult> OnPostJoinAsync(Guid eventId)
    {
        var result = await merges.JoinMergedEventsAsync(
            new JoinMergedEventsOptions(Review.Id, Review.PartnershipId, eventId, Version, OtherEventId), HttpContext.AuditActor(), HttpContext.RequestAborted);
        return await AfterChangeAsync(eventId, result, "The other merged event was joined into this one", nameof(OtherEventId));
    }

    [HandlerNeeds(ReviewPermission.EditInformation)]
    public async Task<IActionResult> OnPostAddAsync(Guid eventId)
    {
        var result = await merges.AddMergedEntryAsync(
            new ChangeMergedEntryOptions(Review.Id, Review.PartnershipId, eventId, Version, AddEntryId), HttpContext.AuditActor(), HttpContext.RequestAborted);
        return await AfterChangeAsync(eventId, result, "The entry was added to this event", nameof(AddEntryId));
    }

    [HandlerNeeds(ReviewPermission.EditInformation)]
    public async Task<IActionResult> OnPostRemoveAsync(Guid eventId)
    {
        var (result, undone) = await merges.RemoveMergedEntryAsync(
            new ChangeMergedEntryOptions(Review.Id, Review.PartnershipId, eventId, Version, RemoveEntryId), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded && undone)
        {
            Notice = "The entry was taken out. Only one entry was left, so the merge was undone and each entry stands on its own again";
            return Redirect(Link.Chronology(Review.Id));
        }

        return await AfterChangeAsync(eventId, result, "The entry was taken out of this event and stands on its own again", nameof(RemoveEntryId));
    }

    private async Task<IActionResult> AfterChangeAsync(Guid eventId, WriteResult result, string notice, string field)
    {
        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect(Link.ChronologyEvent(Review.Id, eventId));
        }

        if (result.NotFound || !await LoadAsync(eventId))
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, Merged.UndoneAt is not null
                ? "This merged event has been undone or joined into another since you opened it"
                : "Someone else changed this merged event, or the entry you chose, since you opened it. Check it below and try again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            foreach (var (_, message) in result.Errors)
            {
                ModelState.AddModelError(field, message);
            }
        }

        Version = Merged.Version;
        return Page();
    }

    // Other merged events and entries standing alone dated near this event, for joining and adding.
    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        if (Accounts.Count == 0)
        {
            return;
        }

        var from = Accounts.Min(a => a.Date).AddDays(-NearbyDays);
        var to = Accounts.Max(a => a.Date).AddDays(NearbyDays);
        var middle = Accounts[0].Date.DayNumber;
        var type = Accounts[0].EventType;
        var names = await queries.AgencyNamesAsync(Review.PartnershipId, ct);
        var others = await queries.Current(Review.Viewer)
            .Where(e => e.MergedEventId != null && e.MergedEventId != Merged.Id && e.Date >= from && e.Date <= to)
            .Where(e => db.MergedEvents.Any(m => m.Id == e.MergedEventId && m.UndoneAt == null))
            .Select(e => new { Id = e.MergedEventId!.Value, e.Date, e.EventType, e.AgencyId })
            .ToListAsync(ct);
        OtherEvents = others.GroupBy(e => e.Id)
            .Select(g => new NearbyMergedEvent(g.Key, g.Min(e => e.Date), g.OrderBy(e => e.Date).First().EventType,
                g.Select(e => names.GetValueOrDefault(e.AgencyId, "Unknown agency")).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList()))
            .OrderBy(e => Math.Abs(e.Date.DayNumber - middle)).ThenBy(e => e.Date)
            .Take(MostOffered)
            .ToList();
        var nearby = await queries.AccountsAsync(Review.Id, Review.PartnershipId,
            queries.Current(Review.Viewer).Where(e => e.MergedEventId == null && e.Date >= from && e.Date <= to), ct);
        NearbyEntries = nearby
            .OrderBy(a => string.Equals(a.EventType, type, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(a => Math.Abs(a.Date.DayNumber - middle)).ThenBy(a => a.Date).ThenBy(a => a.AgencyName, StringComparer.OrdinalIgnoreCase)
            .Take(MostOffered)
            .ToList();
    }
}
