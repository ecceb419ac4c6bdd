namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>Downloads the blank chronology template, as XLSX or CSV.</summary>
[ReviewPage(ReviewPermission.SubmitChronology, AuditActions.ChronologySubmissionsViewed)]
public sealed class TemplateModel : ReviewPageModel
{
    public IActionResult OnGet(string format) => format switch
    {
        "csv" => File(ChronologyTemplate.Csv(), "text/csv; charset=utf-8", "lantern-chronology-template.csv"),
        "xlsx" => File(ChronologyTemplate.Xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "lantern-chronology-template.xlsx"),
        _ => NotFound(),
    };
}
