using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>
/// Base for the pages of a file of people. They hold real names, so besides adding people (the page's own
/// permission) they need the right to see real identities on this review: without it they are refused (403),
/// as the form to change a person is. An import is loaded from the route, "not found" once applied or discarded.
/// </summary>
public abstract class PeopleImportPageModel(LanternDbContext db) : ReviewPageModel
{
    protected LanternDbContext Db { get; } = db;

    public PeopleImport Import { get; private set; } = null!;

    public string Root => Link.People(Review.Id);

    /// <summary>A 403 for someone who may not see real identities; null when they may.</summary>
    protected IActionResult? RefuseWithoutIdentities() =>
        Review.Can(ReviewPermission.ViewRealIdentities) ? null : StatusCode(StatusCodes.Status403Forbidden);

    protected async Task<bool> LoadImportAsync(Guid importId)
    {
        var import = await Db.PeopleImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId && i.ReviewId == Review.Id, HttpContext.RequestAborted);
        if (import is null || import.Status is ImportStatus.Applied or ImportStatus.Discarded)
        {
            return false;
        }

        Import = import;
        return true;
    }

    /// <summary>The heading of a register column as the file called it, for messages about a cell.</summary>
    public string ColumnName(string key)
    {
        var heading = PeopleColumns.Find(key).Heading;
        return Import.Mapping.TryGetValue(key, out var index) && index < Import.Headers.Count && !string.Equals(Import.Headers[index], heading, StringComparison.OrdinalIgnoreCase)
            ? $"{heading} (\u201C{Import.Headers[index]}\u201D)"
            : heading;
    }

    /// <summary>A cell of a row by the register column it holds, or empty.</summary>
    public string CellOf(PeopleImportRow row, string key) =>
        Import.Mapping.TryGetValue(key, out var i) && i < row.Cells.Count ? row.Cells[i] : string.Empty;
}
