namespace Lantern.Web.Pages.Information.Processes;

/// <summary>One parallel process: its details, its constraints (in force and lifted) and the liaison log.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ProcessesViewed)]
public sealed class ProcessModel(LanternDbContext db) : ReviewPageModel
{
    public ParallelProcess Current { get; private set; } = null!;

    public IReadOnlyList<ProcessConstraint> Constraints { get; private set; } = [];

    public IReadOnlyList<LiaisonEntry> Liaison { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid processId)
    {
        var ct = HttpContext.RequestAborted;
        var process = await db.ParallelProcesses.AsNoTracking().SingleOrDefaultAsync(p => p.Id == processId && p.ReviewId == Review.Id, ct);
        if (process is null)
        {
            return NotFound();
        }

        Current = process;
        Constraints = await db.ProcessConstraints.AsNoTracking().Where(c => c.ProcessId == processId)
            .OrderBy(c => c.LiftedOn != null).ThenBy(c => c.AgreedOn).ToListAsync(ct);
        Liaison = await db.LiaisonEntries.AsNoTracking().Where(l => l.ProcessId == processId)
            .OrderByDescending(l => l.OccurredOn).ThenByDescending(l => l.RecordedAt).ToListAsync(ct);
        return Page();
    }
}
