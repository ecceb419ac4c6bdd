using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>
/// A meeting's attendance register: everyone in the people register (by pseudonym) with what is recorded about
/// them at this meeting. Anyone who may see the chronology sees it; those who keep the information change it,
/// all in one save. The register page of an entry and of a merged event differ only in what the meeting is.
/// </summary>
public abstract class AttendancePageModel(LanternDbContext db, AttendanceService service) : ReviewPageModel
{
    /// <summary>One person's line on the form.</summary>
    public sealed record RegisterLine(Guid PersonId, string Pseudonym, string? Description, PersonCategory Category, bool Named, AttendanceStatus? Status);

    public static IReadOnlyList<AttendanceStatus> Choices { get; } = Enum.GetValues<AttendanceStatus>();

    protected abstract AttendanceTarget Target { get; }

    /// <summary>The route value holding the entry's or merged event's id.</summary>
    protected abstract string RouteKey { get; }

    private Guid PageId => Guid.Parse(Convert.ToString(RouteData.Values[RouteKey], System.Globalization.CultureInfo.InvariantCulture)!);

    public RegisterMeeting Meeting { get; private set; } = null!;

    public IReadOnlyList<RegisterLine> Lines { get; private set; } = [];

    public bool CanEdit => Review.Can(ReviewPermission.EditInformation);

    public string Root => Link.Chronology(Review.Id);

    public string MeetingLink => Target == AttendanceTarget.MergedEvent ? Link.ChronologyEvent(Review.Id, Meeting.PageId) : Link.ChronologyEntry(Review.Id, Meeting.PageId);

    [BindProperty(Name = "Status")]
    public Dictionary<Guid, string?> Status { get; set; } = new();

    [BindProperty]
    public string Stamp { get; set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        return await LoadAsync(PageId) ? Page() : NotFound();
    }

    [HandlerNeeds(ReviewPermission.EditInformation)]
    public async Task<IActionResult> OnPostAsync()
    {
        var id = PageId;
        var submitted = Status;
        var stamp = Stamp; // loading the register sets the current one
        if (!await LoadAsync(id) || !Meeting.IsMeeting)
        {
            return NotFound();
        }

        var statuses = new Dictionary<Guid, AttendanceStatus?>();
        var names = Lines.ToDictionary(l => l.PersonId, l => l.Pseudonym);
        foreach (var (personId, value) in submitted)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                statuses[personId] = null;
            }
            else if (Enum.TryParse<AttendanceStatus>(value, out var status) && Enum.IsDefined(status) && !int.TryParse(value, out _))
            {
                statuses[personId] = status;
            }
            else
            {
                ModelState.AddModelError($"Status[{personId}]", $"Choose what is recorded about {names.GetValueOrDefault(personId, "this person")} from the list");
            }
        }

        if (!ModelState.IsValid)
        {
            Stamp = stamp;
            Lines = Lines.Select(l => submitted.TryGetValue(l.PersonId, out var v) && Enum.TryParse<AttendanceStatus>(v, out var s) ? l with { Status = s } : l).ToList();
            return Page();
        }

        var result = await service.RecordAttendanceAsync(new RecordAttendanceOptions(Review.Id, Review.PartnershipId, Target, id, statuses, stamp),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Attendance saved";
            return Redirect(HttpContext.Request.Path);
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.Clear();
            await LoadAsync(id);
            ModelState.AddModelError(string.Empty, "Someone else changed this meeting's attendance while you were editing it. Your changes were not saved. Check the register below and make your changes again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        return Page();
    }

    public static string Describe(AttendanceStatus status) => AttendanceWords.Describe(status);

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await AttendanceRegister.FindAsync(db, Review.Id, Target, id, ct) is not { } meeting)
        {
            return false;
        }

        Meeting = meeting;
        var lines = await AttendanceRegister.LinesAsync(db, Review.Id, meeting, ct);
        Stamp = AttendanceRegister.Stamp(lines);
        var statuses = AttendanceRegister.Statuses(lines, meeting.MeetingId);
        var lineages = meeting.LineageIds.ToList();
        var named = (await db.ChronologyEntries.AsNoTracking()
                .Where(e => e.ReviewId == Review.Id && e.IsCurrent && lineages.Contains(e.LineageId))
                .Join(db.EntryPeople, e => e.Id, p => p.EntryId, (e, p) => p.PersonId)
                .ToListAsync(ct))
            .ToHashSet();
        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == Review.Id)
            .Select(p => new
            {
                p.Id,
                p.Pseudonym,
                p.Category,
                p.Relationship,
                p.ProfessionalRole,
                Agency = db.Agencies.Where(a => a.Id == p.AgencyId).Select(a => a.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        Lines = people
            .Select(p => new RegisterLine(p.Id, p.Pseudonym,
                p.Category == PersonCategory.Professional ? string.Join(", ", new[] { p.ProfessionalRole, p.Agency }.Where(s => !string.IsNullOrWhiteSpace(s))) : p.Relationship,
                p.Category, named.Contains(p.Id), statuses.TryGetValue(p.Id, out var s) ? s : null))
            // Those the meeting's records name or the register mentions first, then professionals before others.
            .OrderBy(l => l.Named || l.Status is not null ? 0 : 1)
            .ThenBy(l => l.Category == PersonCategory.Professional ? 0 : 1)
            .ThenBy(l => l.Pseudonym, StringComparer.Ordinal)
            .ToList();
        return true;
    }
}
