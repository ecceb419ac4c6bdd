namespace Lantern.Web.Pages.Information;

/// <summary>The information section of a review: the people register, chronologies, documents, the index of
/// material and parallel processes, each with how much it holds so far.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.InformationViewed)]
public sealed class IndexModel(LanternDbContext db) : ReviewPageModel
{
    public int PeopleCount { get; private set; }

    public int AgenciesSubmitted { get; private set; }

    public int EntryCount { get; private set; }

    public int MergedCount { get; private set; }

    public int DocumentCount { get; private set; }

    public int MaterialCount { get; private set; }

    public int ProcessCount { get; private set; }

    /// <summary>Uploads not yet applied or discarded: columns to match, rows to fix, or ready to apply.</summary>
    public int UploadsWaiting { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        PeopleCount = await db.People.CountAsync(p => p.ReviewId == Review.Id, ct);
        AgenciesSubmitted = await db.ChronologySubmissions.VisibleTo(Review.Viewer).CountAsync(s => s.CurrentVersion > 0, ct);
        UploadsWaiting = await db.ChronologyImports.VisibleTo(Review.Viewer).CountAsync(
            i => i.Status != Lantern.Core.Information.ImportStatus.Applied && i.Status != Lantern.Core.Information.ImportStatus.Discarded, ct);
        EntryCount = await db.ChronologyEntries.VisibleTo(Review.Viewer).CountAsync(e => e.IsCurrent, ct);
        MergedCount = await db.MergedEvents.CountAsync(m => m.ReviewId == Review.Id && m.UndoneAt == null, ct);
        DocumentCount = await db.Documents.CountAsync(d => d.ReviewId == Review.Id, ct);
        MaterialCount = await db.MaterialItems.CountAsync(m => m.ReviewId == Review.Id, ct) +
            await db.ChronologySubmissions.VisibleTo(Review.Viewer).CountAsync(s => s.CurrentVersion > 0 && !db.MaterialItems.Any(m => m.SubmissionId == s.Id), ct);
        ProcessCount = await db.ParallelProcesses.CountAsync(p => p.ReviewId == Review.Id, ct);
        return Page();
    }
}
