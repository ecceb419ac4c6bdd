using Lantern.Core.Information.Import;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>Says which of a file's columns holds each of Lantern's, when its headings were not recognised.
/// Columns not chosen are ignored, and the page says so.</summary>
[ReviewPage(ReviewPermission.SubmitChronology, AuditActions.ChronologySubmissionsViewed)]
public sealed class ColumnsModel(LanternDbContext db, ChronologySubmissionService service) : ImportPageModel(db)
{
    /// <summary>For each Lantern column, the file column's index as text (empty for none).</summary>
    [BindProperty(Name = "Input")]
    public ChronologyCellsInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public IReadOnlyList<string> Ignored { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Options(string key) => FileColumnOptions(Input[key]);

    public async Task<IActionResult> OnGetAsync(Guid importId)
    {
        if (!await LoadImportAsync(importId))
        {
            return NotFound();
        }

        var mapping = Import.Mapping.Count > 0 ? Import.Mapping : ChronologyColumns.AutoMap(Import.Headers).Columns;
        Input = ChronologyCellsInput.From(key => mapping.TryGetValue(key, out var i) ? i.ToString(CultureInfo.InvariantCulture) : null);
        Version = Import.Version;
        Load();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid importId)
    {
        if (!await LoadImportAsync(importId))
        {
            return NotFound();
        }

        var columns = ChronologyColumns.All.ToDictionary(c => c.Key, c => int.TryParse(Input[c.Key], out var i) ? (int?)i : null);
        var result = await service.MapColumnsAsync(new MapColumnsOptions(Review.Viewer, Review.PartnershipId, importId, columns, Version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(Link.SubmissionImport(Review.Id, importId));
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

        result.AddCellErrors(ModelState);
        Load();
        return Page();
    }

    private void Load() => Ignored = HeadingsNotChosen(Input.ToDictionary().Values);
}
