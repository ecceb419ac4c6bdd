namespace Lantern.Web.Pages.Information.Submissions;

public sealed record VersionRow(int Number, SubmissionSource Source, string? FileName, int RowCount, int Added, int Changed, int Removed, DateTime AppliedAt, string? AppliedBy);

public sealed record WaitingImport(Guid Id, string FileName, ImportStatus Status, DateTime UploadedAt, string? UploadedBy);

/// <summary>One agency's chronology: every version with what changed, and uploads still being checked.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologySubmissionsViewed)]
[AlsoOpenTo(ReviewPermission.SubmitChronology)]
public sealed class AgencyModel(LanternDbContext db, EventWordsService eventWords) : ReviewPageModel
{
    public Guid AgencyId { get; private set; }

    public string AgencyName { get; private set; } = string.Empty;

    public int CurrentVersion { get; private set; }

    public bool MaySubmit { get; private set; }

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    /// <summary>Current entries whose words match no event type (counted for those who may map them).</summary>
    public int UnmappedEntries { get; private set; }

    public IReadOnlyList<WaitingImport> Waiting { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId)
    {
        var ct = HttpContext.RequestAborted;
        var agency = await SubmissionScope.VisibleAgencyAsync(db, Review, agencyId, ct);
        if (agency is null)
        {
            return NotFound();
        }

        (AgencyId, AgencyName) = (agency.Id, agency.Name);
        MaySubmit = await SubmissionScope.MaySubmitForAsync(db, Review, agencyId, ct);
        UnmappedEntries = MaySubmit ? await eventWords.UnmappedCountAsync(Review.Id, agencyId, ct) : 0;
        var submission = await db.ChronologySubmissions.AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(s => s.AgencyId == agencyId, ct);
        CurrentVersion = submission?.CurrentVersion ?? 0;
        if (submission is not null)
        {
            Versions = await db.SubmissionVersions.AsNoTracking().VisibleTo(Review.Viewer, db)
                .Where(v => v.SubmissionId == submission.Id)
                .OrderByDescending(v => v.Number)
                .Select(v => new VersionRow(v.Number, v.Source, v.FileName, v.RowCount, v.RowsAdded, v.RowsChanged, v.RowsRemoved, v.AppliedAt,
                    db.Users.Where(u => u.Id == v.AppliedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
                .ToListAsync(ct);
        }

        Waiting = await db.ChronologyImports.AsNoTracking()
            .VisibleTo(Review.Viewer)
            .Where(i => i.AgencyId == agencyId &&
                (i.Status == ImportStatus.NeedsMapping || i.Status == ImportStatus.Quarantined || i.Status == ImportStatus.Ready))
            .OrderByDescending(i => i.UploadedAt)
            .Select(i => new WaitingImport(i.Id, i.FileName, i.Status, i.UploadedAt, db.Users.Where(u => u.Id == i.UploadedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        return Page();
    }
}
