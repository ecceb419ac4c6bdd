using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Data;
using Lantern.Web.Infrastructure.Access;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>The attendance register of a meeting one agency recorded, standing alone in the chronology.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyViewed)]
public sealed class EntryAttendanceModel(LanternDbContext db, AttendanceService service) : AttendancePageModel(db, service)
{
    protected override AttendanceTarget Target => AttendanceTarget.Entry;

    protected override string RouteKey => "entryId";
}
