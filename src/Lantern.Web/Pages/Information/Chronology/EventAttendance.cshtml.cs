namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>The attendance register of a merged event: the meeting as several agencies recorded it.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyViewed)]
public sealed class EventAttendanceModel(LanternDbContext db, AttendanceService service) : AttendancePageModel(db, service)
{
    protected override AttendanceTarget Target => AttendanceTarget.MergedEvent;

    protected override string RouteKey => "eventId";
}
