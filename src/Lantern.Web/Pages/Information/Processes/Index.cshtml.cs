namespace Lantern.Web.Pages.Information.Processes;

public sealed record ProcessRow(ParallelProcess Process, int ActiveConstraints, ReviewHold Holds);

/// <summary>The processes running alongside the review, with the holds they put on it.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ProcessesViewed)]
public sealed class IndexModel(LanternDbContext db) : ReviewPageModel
{
    public IReadOnlyList<ProcessRow> Processes { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var processes = await db.ParallelProcesses.AsNoTracking().Where(p => p.ReviewId == Review.Id).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var active = await db.ProcessConstraints.AsNoTracking().Where(c => c.ReviewId == Review.Id && c.LiftedOn == null).ToListAsync(ct);
        Processes = processes
            .Select(p => new ProcessRow(p, active.Count(c => c.ProcessId == p.Id), active.Where(c => c.ProcessId == p.Id).Aggregate(ReviewHold.None, (all, c) => all | c.Holds)))
            .ToList();
        return Page();
    }
}
