namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>
/// An upload held apart from the chronology (the quarantine): the rows with problems, each with its row number
/// and a message per cell, to fix or leave out; the rows left out with their reasons; and, once nothing is
/// wrong, the button that applies it as the agency's next version. It can also be thrown away.
/// </summary>
[ReviewPage(ReviewPermission.SubmitChronology, AuditActions.ChronologySubmissionsViewed)]
public sealed class ImportModel(LanternDbContext db, ChronologySubmissionService service) : ImportPageModel(db)
{
    public const int ShownProblems = 100;

    public int RowCount { get; private set; }

    public IReadOnlyList<ImportRow> ProblemRows { get; private set; } = [];

    public int ProblemCount { get; private set; }

    public IReadOnlyList<ImportRow> ExcludedRows { get; private set; } = [];

    public int WarningCount { get; private set; }

    public IReadOnlyList<ImportRow> WarningRows { get; private set; } = [];

    public int CurrentVersion { get; private set; }

    /// <summary>The file's columns no Lantern column takes, with the first value found in each.</summary>
    public IReadOnlyList<(string Heading, string Example)> Ignored { get; private set; } = [];

    public string? UploadedBy { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public int ExpectedCurrentVersion { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid importId)
    {
        if (!await LoadImportAsync(importId))
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>Applies the upload as the agency's next version.</summary>
    public async Task<IActionResult> OnPostAsync(Guid importId)
    {
        if (!await LoadImportAsync(importId))
        {
            return NotFound();
        }

        var (result, version) = await service.ApplyImportAsync(new ApplyImportOptions(Review.Viewer, Review.PartnershipId, importId, Version, ExpectedCurrentVersion),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"Version {version!.Number} applied: {SubmissionScope.Describe(version.RowsAdded, version.RowsChanged, version.RowsRemoved)}";
            return Redirect(Link.SubmissionVersion(Review.Id, Import.AgencyId, version.Number));
        }

        return await ShowProblemAsync(result);
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid importId)
    {
        if (!await LoadImportAsync(importId))
        {
            return NotFound();
        }

        var result = await service.DiscardImportAsync(new DiscardImportOptions(Review.Viewer, Review.PartnershipId, importId, Version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"The upload {Import.FileName} was discarded. Nothing from it was added.";
            return Redirect(Link.AgencySubmission(Review.Id, Import.AgencyId));
        }

        return await ShowProblemAsync(result);
    }

    private async Task<IActionResult> ShowProblemAsync(WriteResult result)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this upload, or applied another version of the chronology, while you were looking at it. Check it below and try again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var rows = Db.ImportRows.AsNoTracking().Where(r => r.ImportId == Import.Id);
        RowCount = await rows.CountAsync(ct);

        // Problems and warnings are JSON columns, so they are sorted out here rather than in the query.
        var flagged = await rows.OrderBy(r => r.RowNumber).ToListAsync(ct);
        var problems = flagged.Where(r => r.Problems.Count > 0 && r.ExclusionReason is null).ToList();
        ProblemCount = problems.Count;
        ProblemRows = problems.Take(ShownProblems).ToList();
        ExcludedRows = flagged.Where(r => r.ExclusionReason is not null).ToList();
        var warnings = flagged.Where(r => r.Warnings.Count > 0 && r.ExclusionReason is null).ToList();
        WarningCount = warnings.Count;
        WarningRows = warnings.Take(ShownProblems).ToList();
        if (Import.Status != ImportStatus.NeedsMapping)
        {
            Ignored = ChronologySubmissionService.IgnoredColumns(Import.Headers, Import.Mapping, flagged.Select(r => r.Cells))
                .Select(c => (c.Heading, flagged.Select(r => c.Index < r.Cells.Count ? r.Cells[c.Index].Trim() : string.Empty).FirstOrDefault(v => v.Length > 0) ?? string.Empty))
                .ToList();
        }

        CurrentVersion = await Db.ChronologySubmissions.VisibleTo(Review.Viewer).Where(s => s.AgencyId == Import.AgencyId).Select(s => s.CurrentVersion).FirstOrDefaultAsync(ct);
        UploadedBy = await Db.Users.Where(u => u.Id == Import.UploadedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        Version = Import.Version;
        ExpectedCurrentVersion = CurrentVersion;
    }
}
