namespace Lantern.Web.Pages.Information.Submissions;

public sealed record SubmissionRow(Guid AgencyId, string Agency, int CurrentVersion, int Entries, DateTime? LastAppliedAt, string? LastAppliedBy, int Waiting, Guid? WaitingImportId)
{
    /// <summary>Whether the terms of reference leave the agency out of scope.</summary>
    public bool OutsideTerms { get; init; }
}

/// <summary>Every agency's chronology for the review: its version in use, how many entries, when it was last
/// applied and by whom, and any upload waiting to be fixed. Agency contacts see only their own agency's.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologySubmissionsViewed)]
[AlsoOpenTo(ReviewPermission.SubmitChronology)]
public sealed class IndexModel(LanternDbContext db) : ReviewPageModel
{
    public IReadOnlyList<SubmissionRow> Rows { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var ordered = await SubmissionScope.AgenciesInOrderAsync(db, Review, ct);
        var agencies = ordered.Select(a => a.Agency).ToList();
        var outside = ordered.Where(a => a.OutsideTerms).Select(a => a.Agency.Id).ToHashSet();
        var submissions = await db.ChronologySubmissions.AsNoTracking()
            .VisibleTo(Review.Viewer)
            .Select(s => new
            {
                s.AgencyId,
                s.CurrentVersion,
                Last = db.SubmissionVersions.Where(v => v.SubmissionId == s.Id && v.Number == s.CurrentVersion)
                    .Select(v => new { v.AppliedAt, v.RowCount, By = db.Users.Where(u => u.Id == v.AppliedByUserId).Select(u => u.DisplayName).FirstOrDefault() })
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);
        var waiting = await db.ChronologyImports.AsNoTracking()
            .VisibleTo(Review.Viewer)
            .Where(i => i.Status == ImportStatus.NeedsMapping || i.Status == ImportStatus.Quarantined || i.Status == ImportStatus.Ready)
            .OrderByDescending(i => i.UploadedAt)
            .Select(i => new { i.AgencyId, i.Id })
            .ToListAsync(ct);

        Rows = agencies.Select(a =>
        {
            var s = submissions.FirstOrDefault(x => x.AgencyId == a.Id);
            var held = waiting.Where(w => w.AgencyId == a.Id).ToList();
            return new SubmissionRow(a.Id, a.Name, s?.CurrentVersion ?? 0, s?.Last?.RowCount ?? 0, s?.Last?.AppliedAt, s?.Last?.By, held.Count, held.FirstOrDefault()?.Id)
            {
                OutsideTerms = outside.Contains(a.Id),
            };
        })
        .Where(r => r.CurrentVersion > 0 || r.Waiting > 0 || agencies.Any(a => a.Id == r.AgencyId && a.IsActive))
        .ToList();
        return Page();
    }
}
