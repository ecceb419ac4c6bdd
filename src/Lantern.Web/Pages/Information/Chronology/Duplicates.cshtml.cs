using Lantern.Core.Information.Merging;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>Likely duplicates: records of one meeting first, then other entries that look like one event, each
/// agency's account side by side, to merge (all, or only the ticked entries) or to reject.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyDuplicatesViewed)]
public sealed class DuplicatesModel(ChronologyQueries queries, MergeService merges) : ReviewPageModel
{
    public const int Shown = 25;

    public int Window { get; private set; } = DuplicateDetection.DefaultWindowDays;

    public int ProposalCount { get; private set; }

    public IReadOnlyList<(DuplicateProposal Proposal, IReadOnlyList<EntryAccount> Accounts)> Proposals { get; private set; } = [];

    public bool CanEdit => Review.Can(ReviewPermission.EditInformation);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string? window)
    {
        if (!ReadWindow(window))
        {
            ModelState.AddModelError("window", $"Enter a number of days from 0 to {DuplicateDetection.MaxWindowDays}");
        }

        await LoadAsync();
        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditInformation)]
    /// <param name="entries">The ticked entries.</param>
    /// <param name="proposal">Every entry of the proposal as it was shown (older forms sent only <paramref name="entries"/>).</param>
    public async Task<IActionResult> OnPostAsync([FromForm] List<Guid> entries, [FromForm] List<Guid> proposal, [FromForm] string? decision, [FromForm] string? window)
    {
        if (proposal.Count == 0)
        {
            proposal = entries;
        }

        ReadWindow(window);
        var audit = HttpContext.AuditActor();
        var ct = HttpContext.RequestAborted;
        WriteResult result;
        Guid? mergedId = null;
        if (decision == "confirm" && entries.Except(proposal).Any())
        {
            result = WriteResult.Refused("Entries", "Tick entries of this proposal only");
        }
        else if (decision == "confirm")
        {
            (result, mergedId) = await merges.ConfirmMergeAsync(
                new ConfirmMergeOptions(Review.Id, Review.PartnershipId, entries, proposal.Except(entries).ToList()), audit, ct);
        }
        else if (decision == "reject")
        {
            result = await merges.RejectMergeAsync(new RejectMergeOptions(Review.Id, Review.PartnershipId, proposal), audit, ct);
        }
        else
        {
            result = WriteResult.Refused("Entries", "Choose whether these entries are the same event");
        }

        if (result.Succeeded)
        {
            if (mergedId is { } id)
            {
                Notice = "Merged as one event. Any differences between the agencies' accounts are listed below";
                return Redirect(Link.ChronologyEvent(Review.Id, id));
            }

            Notice = "Marked as different events. They will not be proposed together again";
            return Redirect(Link.ChronologyDuplicates(Review.Id) + WindowQuery);
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else has merged these entries, or an agency has sent a new version of its chronology, since you opened this page. Check the proposals below and try again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            foreach (var (_, message) in result.Errors)
            {
                ModelState.AddModelError(string.Empty, message);
            }
        }

        await LoadAsync();
        return Page();
    }

    public string WindowQuery => Window == DuplicateDetection.DefaultWindowDays ? string.Empty : $"?window={Window}";

    private bool ReadWindow(string? window)
    {
        if (string.IsNullOrWhiteSpace(window))
        {
            return true;
        }

        if (int.TryParse(window, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) && days <= DuplicateDetection.MaxWindowDays)
        {
            Window = days;
            return true;
        }

        return false;
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var (facts, rejected) = await queries.DetectionInputAsync(Review.Viewer, ct);
        var proposals = DuplicateDetection.Propose(facts, rejected, Window);
        ProposalCount = proposals.Count;
        var shown = proposals.Take(Shown).ToList();
        var ids = shown.SelectMany(p => p.EntryIds).ToList();
        if (!Review.Can(ReviewPermission.ViewRealIdentities))
        {
            await queries.UsePseudonymsAsync(Review.Id, ct);
        }

        var accounts = (await queries.AccountsAsync(Review.Id, Review.PartnershipId, queries.Current(Review.Viewer).Where(e => ids.Contains(e.Id)), ct))
            .ToDictionary(a => a.EntryId);
        Proposals = shown
            .Where(p => p.EntryIds.All(accounts.ContainsKey))
            .Select(p => (p, (IReadOnlyList<EntryAccount>)p.EntryIds.Select(id => accounts[id]).ToList()))
            .OrderBy(p => p.p.IsMeeting ? 0 : 1).ThenBy(p => p.Item2[0].Date)
            .ToList();
    }
}
