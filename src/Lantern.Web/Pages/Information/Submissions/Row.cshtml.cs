using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>One row of an upload being checked: its cells in a form to correct, or a reason to leave it out.</summary>
[ReviewPage(ReviewPermission.SubmitChronology, AuditActions.ChronologySubmissionsViewed)]
public sealed class RowModel(LanternDbContext db, ChronologySubmissionService service) : ImportPageModel(db)
{
    [BindProperty(Name = "Input")]
    public ChronologyCellsInput Input { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public ImportRow Row { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid importId, Guid rowId)
    {
        if (!await LoadAsync(importId, rowId))
        {
            return NotFound();
        }

        Input = Cells();
        Reason = Row.ExclusionReason;
        foreach (var problem in Row.Problems)
        {
            ModelState.AddModelError($"Input.{ChronologyCellsInput.Property(problem.Column)}", problem.Message);
        }

        return Page();
    }

    /// <summary>Saves the corrected cells, if they are now valid.</summary>
    public async Task<IActionResult> OnPostAsync(Guid importId, Guid rowId)
    {
        if (!await LoadAsync(importId, rowId))
        {
            return NotFound();
        }

        var result = await service.FixRowAsync(new FixRowOptions(Review.Viewer, Review.PartnershipId, importId, rowId, Input.ToDictionary()), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"Row {Row.RowNumber} corrected";
            return Redirect(Link.SubmissionImport(Review.Id, importId));
        }

        result.AddCellErrors(ModelState);
        return Page();
    }

    public async Task<IActionResult> OnPostExcludeAsync(Guid importId, Guid rowId)
    {
        if (!await LoadAsync(importId, rowId))
        {
            return NotFound();
        }

        ModelState.Clear();
        var result = await service.ExcludeRowAsync(new ExcludeRowOptions(Review.Viewer, Review.PartnershipId, importId, rowId, Reason ?? string.Empty), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"Row {Row.RowNumber} left out";
            return Redirect(Link.SubmissionImport(Review.Id, importId));
        }

        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError(nameof(Reason), message);
        }

        Input = Cells();
        return Page();
    }

    private ChronologyCellsInput Cells() => ChronologyCellsInput.From(key => Cell(Row, key));

    private async Task<bool> LoadAsync(Guid importId, Guid rowId)
    {
        Row = (await LoadImportAsync(importId) ? await FindRowAsync(rowId) : null)!;
        return Row is not null;
    }

    /// <summary>The file's cells that are not among Lantern's columns, shown so nothing in the row is hidden.</summary>
    public IEnumerable<(string Heading, string Value)> OtherCells() => OtherCells(Row);

    public static string Heading(string key) => ChronologyColumns.Find(key).Heading;
}
