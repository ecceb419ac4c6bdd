namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>Downloads the blank list of people, as XLSX or CSV; the example professional works for one of the
/// partnership's own agencies, so the example row can be uploaded as it is.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.PeopleImportViewed)]
public sealed class TemplateModel(LanternDbContext db) : PeopleImportPageModel(db)
{
    public async Task<IActionResult> OnGetAsync(string format)
    {
        if (RefuseWithoutIdentities() is { } refused)
        {
            return refused;
        }

        var agency = await Db.Agencies.Where(a => a.PartnershipId == Review.PartnershipId && a.IsActive).OrderBy(a => a.Name).Select(a => a.Name)
            .FirstOrDefaultAsync(HttpContext.RequestAborted) ?? "Health visiting service";
        return format switch
        {
            "csv" => File(PeopleTemplate.Csv(agency), "text/csv; charset=utf-8", "lantern-people-template.csv"),
            "xlsx" => File(PeopleTemplate.Xlsx(agency), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "lantern-people-template.xlsx"),
            _ => NotFound(),
        };
    }
}
