namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>The attendance register of a meeting one agency recorded, standing alone in the chronology.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyViewed)]
public sealed class EntryAttendanceModel(LanternDbContext db, AttendanceService service) : AttendancePageModel(db, service)
{
    protected override AttendanceTarget Target => AttendanceTarget.Entry;

    protected override string RouteKey => "entryId";
}
