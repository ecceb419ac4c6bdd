namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>
/// A file of people held apart from the register (the quarantine): the rows with problems, each with its row
/// number and a message per cell, to fix or leave out; the rows left out with their reasons; and, once nothing
/// is wrong, everyone who will be added with the pseudonym they will have, and the button that adds them. It
/// can also be thrown away.
/// </summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.PeopleImportViewed)]
public sealed class ImportModel(LanternDbContext db, PeopleImportService service) : PeopleImportPageModel(db)
{
    public const int ShownProblems = 100;

    public int RowCount { get; private set; }

    public IReadOnlyList<PeopleImportRow> ProblemRows { get; private set; } = [];

    public int ProblemCount { get; private set; }

    public IReadOnlyList<PeopleImportRow> ExcludedRows { get; private set; } = [];

    public IReadOnlyList<PersonToAdd>? ToAdd { get; private set; }

    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();

    public string? UploadedBy { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid peopleImportId)
    {
        if (await OpenImportAsync(peopleImportId) is { } refused)
        {
            return refused;
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>Adds everyone to the register.</summary>
    public async Task<IActionResult> OnPostAsync(Guid peopleImportId)
    {
        if (await OpenImportAsync(peopleImportId) is { } refused)
        {
            return refused;
        }

        var (result, added) = await service.ApplyAsync(new ApplyPeopleImportOptions(Review.Id, Review.PartnershipId, peopleImportId, Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = $"{(added == 1 ? "1 person" : $"{added:N0} people")} added to the register from {Import.FileName}";
            return Redirect(Root);
        }

        return await ShowProblemAsync(result, peopleImportId);
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid peopleImportId)
    {
        if (await OpenImportAsync(peopleImportId) is { } refused)
        {
            return refused;
        }

        var result = await service.DiscardAsync(new DiscardPeopleImportOptions(Review.Id, Review.PartnershipId, peopleImportId, Version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = $"The upload {Import.FileName} was discarded. No one from it was added.";
            return Redirect(Root);
        }

        return await ShowProblemAsync(result, peopleImportId);
    }

    private async Task<IActionResult> ShowProblemAsync(WriteResult result, Guid importId)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this upload while you were looking at it. Check it below and try again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            result.AddTo(ModelState, "Input");
        }

        // The import may have changed (rows held again), so it is read afresh.
        if (!await LoadImportAsync(importId))
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var rows = await Db.PeopleImportRows.AsNoTracking().Where(r => r.ImportId == Import.Id).OrderBy(r => r.RowNumber).ToListAsync(ct);
        RowCount = rows.Count;

        // Problems are a JSON column, so they are sorted out here rather than in the query.
        var problems = rows.Where(r => r.Problems.Count > 0 && r.ExclusionReason is null).ToList();
        ProblemCount = problems.Count;
        ProblemRows = problems.Take(ShownProblems).ToList();
        ExcludedRows = rows.Where(r => r.ExclusionReason is not null).ToList();
        ToAdd = await service.PreviewAsync(Import, Review.PartnershipId, ct);
        AgencyNames = await Db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        UploadedBy = await Db.Users.Where(u => u.Id == Import.UploadedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        Version = Import.Version;
    }
}
