using Lantern.Core.Information.Import;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>Says which of a file's columns holds each of the register's, when its headings were not recognised.
/// Columns not chosen are ignored, and the page says so.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.PeopleImportViewed)]
public sealed class ColumnsModel(LanternDbContext db, PeopleImportService service) : PeopleImportPageModel(db)
{
    /// <summary>For each register column, the file column's index as text (empty for none).</summary>
    [BindProperty(Name = "Input")]
    public PeopleCellsInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public IReadOnlyList<string> Ignored { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Options(string key) => FileColumnOptions(Input[key]);

    public async Task<IActionResult> OnGetAsync(Guid peopleImportId)
    {
        if (await OpenImportAsync(peopleImportId) is { } refused)
        {
            return refused;
        }

        var mapping = Import.Mapping.Count > 0 ? Import.Mapping : PeopleColumns.AutoMap(Import.Headers);
        Input = PeopleCellsInput.From(key => mapping.TryGetValue(key, out var i) ? i.ToString(CultureInfo.InvariantCulture) : null);
        Version = Import.Version;
        Load();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid peopleImportId)
    {
        if (await OpenImportAsync(peopleImportId) is { } refused)
        {
            return refused;
        }

        var columns = PeopleColumns.All.ToDictionary(c => c.Key, c => int.TryParse(Input[c.Key], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? (int?)i : null);
        var result = await service.MapColumnsAsync(new MapPeopleColumnsOptions(Review.Id, Review.PartnershipId, peopleImportId, columns, Version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(Link.PeopleImport(Review.Id, peopleImportId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else matched these columns while you were choosing. Check them and save again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        result.AddPeopleCellErrors(ModelState);
        Load();
        return Page();
    }

    private void Load() => Ignored = HeadingsNotChosen(Input.ToDictionary().Values);
}
