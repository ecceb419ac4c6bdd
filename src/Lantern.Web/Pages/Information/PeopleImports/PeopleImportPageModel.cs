using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>
/// Base for the pages of a file of people. They hold real names, so besides adding people (the page's own
/// permission) they need the right to see real identities on this review: without it they are refused (403),
/// as the form to change a person is. An import is loaded from the route, "not found" once applied or discarded.
/// </summary>
public abstract class PeopleImportPageModel(LanternDbContext db) : HeldImportPageModel<PeopleImport, PeopleImportRow>(db, PeopleColumns.All)
{
    public string Root => Link.People(Review.Id);

    /// <summary>A 403 for someone who may not see real identities; null when they may.</summary>
    protected IActionResult? RefuseWithoutIdentities() =>
        Review.Can(ReviewPermission.ViewRealIdentities) ? null : StatusCode(StatusCodes.Status403Forbidden);

    /// <summary>A 403 for someone who may not see real identities, a 404 for an import not waiting here; null once
    /// the import is loaded.</summary>
    protected async Task<IActionResult?> OpenImportAsync(Guid importId) =>
        RefuseWithoutIdentities() ?? (await LoadImportAsync(importId) ? null : NotFound());

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

    /// <summary>A cell of a row by the register column it holds, or empty.</summary>
    public string CellOf(PeopleImportRow row, string key) => Cell(row, key) ?? string.Empty;
}
