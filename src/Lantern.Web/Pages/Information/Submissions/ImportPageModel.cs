using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>Base for the pages of one upload being checked: loads it from the route, "not found" when it is
/// not this review's, is no longer waiting, or belongs to an agency this person may not submit for.</summary>
public abstract class ImportPageModel(LanternDbContext db) : HeldImportPageModel<ChronologyImport, ImportRow>(db, ChronologyColumns.All)
{
    public string AgencyName { get; private set; } = string.Empty;

    public string Root => Link.Submissions(Review.Id);

    protected async Task<bool> LoadImportAsync(Guid importId)
    {
        var import = await Db.ChronologyImports.AsNoTracking().ChangeableBy(Review.Viewer).SingleOrDefaultAsync(i => i.Id == importId, HttpContext.RequestAborted);
        if (import is null || import.Status is ImportStatus.Applied or ImportStatus.Discarded)
        {
            return false;
        }

        Import = import;
        AgencyName = await Db.Agencies.Where(a => a.Id == import.AgencyId).Select(a => a.Name).SingleAsync(HttpContext.RequestAborted);
        return true;
    }
}
