using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>One row of a file of people: its cells in a form to correct, or a reason to leave it out.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.PeopleImportViewed)]
public sealed class RowModel(LanternDbContext db, PeopleImportService service) : PeopleImportPageModel(db)
{
    [BindProperty(Name = "Input")]
    public PeopleCellsInput Input { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public PeopleImportRow Row { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid peopleImportId, Guid peopleRowId)
    {
        if (RefuseWithoutIdentities() is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(peopleImportId, peopleRowId))
        {
            return NotFound();
        }

        Input = Cells();
        Reason = Row.ExclusionReason;
        foreach (var problem in Row.Problems)
        {
            ModelState.AddModelError($"Input.{PeopleCellsInput.Property(problem.Column)}", problem.Message);
        }

        return Page();
    }

    /// <summary>Saves the corrected cells, if they are now valid.</summary>
    public async Task<IActionResult> OnPostAsync(Guid peopleImportId, Guid peopleRowId)
    {
        if (RefuseWithoutIdentities() is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(peopleImportId, peopleRowId))
        {
            return NotFound();
        }

        var result = await service.FixRowAsync(new FixPersonRowOptions(Review.Id, Review.PartnershipId, peopleImportId, peopleRowId, Input.ToDictionary()),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"Row {Row.RowNumber} corrected";
            return Redirect(Link.PeopleImport(Review.Id, peopleImportId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this upload while you were correcting the row. Check it and save again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        result.AddPeopleCellErrors(ModelState);
        return Page();
    }

    public async Task<IActionResult> OnPostExcludeAsync(Guid peopleImportId, Guid peopleRowId)
    {
        if (RefuseWithoutIdentities() is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(peopleImportId, peopleRowId))
        {
            return NotFound();
        }

        ModelState.Clear();
        var result = await service.ExcludeRowAsync(new ExcludePersonRowOptions(Review.Id, Review.PartnershipId, peopleImportId, peopleRowId, Reason ?? string.Empty),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"Row {Row.RowNumber} left out";
            return Redirect(Link.PeopleImport(Review.Id, peopleImportId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this upload while you were looking at the row. Check it and try again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError(nameof(Reason), message);
        }

        Input = Cells();
        return Page();
    }

    private PeopleCellsInput Cells() => PeopleCellsInput.From(key => CellOf(Row, key));

    private async Task<bool> LoadAsync(Guid importId, Guid rowId)
    {
        Row = (await LoadImportAsync(importId) ? await FindRowAsync(rowId) : null)!;
        return Row is not null;
    }

    /// <summary>The file's cells that are not among the register's columns, shown so nothing in the row is hidden.</summary>
    public IEnumerable<(string Heading, string Value)> OtherCells() => OtherCells(Row);

    public static string Label(string key) => PeopleColumns.Find(key) is var c && c.Required ? c.Heading : c.Heading + " (optional)";

    public static string Hint(string key) => PeopleColumns.Find(key).Hint;
}
