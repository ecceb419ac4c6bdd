namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>The entries of one version of an agency's chronology, read-only, a page at a time.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologySubmissionsViewed)]
[AlsoOpenTo(ReviewPermission.SubmitChronology)]
public sealed class VersionModel(LanternDbContext db, EventWordsService eventWords) : ReviewPageModel
{
    public const int PageSize = 50;

    public Guid AgencyId { get; private set; }

    public string AgencyName { get; private set; } = string.Empty;

    public SubmissionVersion Version { get; private set; } = null!;

    public bool IsCurrent { get; private set; }

    /// <summary>Current entries whose words match no event type, when this is the version in use and the person may map them.</summary>
    public int UnmappedEntries { get; private set; }

    public PagedResult<ChronologyEntry> Entries { get; private set; } = null!;

    /// <summary>The rows of the upload that arrived with a warning, in row order; kept for as long as the version is.</summary>
    public IReadOnlyList<ImportRow> WarningRows { get; private set; } = [];

    /// <summary>The file's headings that no Lantern column took, when the version came from an upload.</summary>
    public IReadOnlyList<string> LeftOutColumns { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public string PageUrl(int page) => Link.SubmissionVersion(Review.Id, AgencyId, Version.Number) + $"?page={page}";

    public async Task<IActionResult> OnGetAsync(Guid agencyId, int number)
    {
        var ct = HttpContext.RequestAborted;
        var agency = await SubmissionScope.VisibleAgencyAsync(db, Review, agencyId, ct);
        var submission = await db.ChronologySubmissions.AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(s => s.AgencyId == agencyId, ct);
        var version = submission is null ? null
            : await db.SubmissionVersions.AsNoTracking().VisibleTo(Review.Viewer, db).SingleOrDefaultAsync(v => v.SubmissionId == submission.Id && v.Number == number, ct);
        if (agency is null || version is null)
        {
            return NotFound();
        }

        (AgencyId, AgencyName, Version, IsCurrent) = (agency.Id, agency.Name, version, submission!.CurrentVersion == number);
        UnmappedEntries = IsCurrent && await SubmissionScope.MaySubmitForAsync(db, Review, agencyId, ct) ? await eventWords.UnmappedCountAsync(Review.Id, agencyId, ct) : 0;
        Entries = await db.ChronologyEntries.AsNoTracking().VisibleTo(Review.Viewer)
            .Where(e => e.SubmissionVersionId == version.Id)
            .OrderBy(e => e.Date).ThenBy(e => e.Time).ThenBy(e => e.RowNumber)
            .ToPageAsync(Request.RequestedPage(), PageSize, ct);
        var import = await db.ChronologyImports.AsNoTracking().VisibleTo(Review.Viewer).FirstOrDefaultAsync(i => i.SubmissionVersionId == version.Id, ct);
        if (import is not null)
        {
            // Warnings are a JSON column, so rows are narrowed here; an import holds only its own rows.
            WarningRows = (await db.ImportRows.AsNoTracking().Where(r => r.ImportId == import.Id && r.ExclusionReason == null).OrderBy(r => r.RowNumber).ToListAsync(ct))
                .Where(r => r.Warnings.Count > 0)
                .ToList();
            // The same rule the upload page used before applying; only headed columns, as the rows are not all kept.
            LeftOutColumns = ChronologySubmissionService.IgnoredColumns(import.Headers, import.Mapping, []).Select(c => c.Heading).ToList();
        }

        return Page();
    }
}
