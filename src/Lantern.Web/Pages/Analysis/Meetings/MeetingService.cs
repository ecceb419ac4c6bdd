using static Lantern.Web.Infrastructure.Saves;
using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis.Meetings;

/// <summary>A meeting as the forms give it. Attendance, notes and decisions are empty when it is first arranged.</summary>
public sealed record MeetingDetails(
    Guid ReviewId,
    Guid PartnershipId,
    MeetingKind? Kind,
    DateOnly? HeldOn,
    TimeOnly? StartsAt,
    string? Place,
    string? Agenda,
    IReadOnlyList<Guid> InviteeUserIds,
    IReadOnlyDictionary<Guid, Attendance>? Attendance = null,
    string? Notes = null,
    string? Decisions = null);

public sealed record RecordMeetingOptions(Viewer Viewer, Guid MeetingId, Guid Version, MeetingDetails Details);

/// <summary>Writes to review team and case group meetings: arranging one, then recording who came, the notes
/// and the decisions. Each write is one audited save.</summary>
public sealed class MeetingService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<(WriteResult Result, Guid? MeetingId)> ArrangeAsync(MeetingDetails details, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A meeting is arranged by a signed-in person.");
        var errors = await CheckAsync(details, cancellationToken);
        if (errors.Count > 0)
        {
            return (new WriteResult(false, errors), null);
        }

        var meeting = new Meeting { Id = Guid.NewGuid(), ReviewId = details.ReviewId, CreatedByUserId = userId, CreatedAt = recorder.Now };
        Record(meeting, details, userId);
        db.Meetings.Add(meeting);
        recorder.Audit(audit, AuditActions.MeetingArranged, details.ReviewId, details.PartnershipId, "Meeting", meeting.Id);
        var result = await db.SaveOrConflictAsync(cancellationToken);
        return (result, result.Succeeded ? meeting.Id : null);
    }

    /// <summary>Saves a meeting's arrangements, attendance, notes and decisions; refused as stale when someone
    /// else saved it since <see cref="RecordMeetingOptions.Version"/>.</summary>
    public async Task<WriteResult> RecordAsync(RecordMeetingOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var details = options.Details;
        var meeting = await db.Meetings.ChangeableBy(options.Viewer).SingleOrDefaultAsync(m => m.Id == options.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return WriteResult.Missing;
        }

        return await ChangeVersionedAsync(db, meeting, options.Version, await CheckAsync(details, cancellationToken), m => Record(m, details, audit.UserId!.Value),
            () => recorder.Audit(audit, AuditActions.MeetingRecorded, details.ReviewId, details.PartnershipId, "Meeting", meeting.Id), cancellationToken);
    }

    private async Task<List<(string, string)>> CheckAsync(MeetingDetails details, CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        if (details.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(("Kind", "Select the kind of meeting"));
        }

        if (details.HeldOn is null)
        {
            errors.Add(("HeldOn", "Enter the date of the meeting"));
        }

        Text(errors, "Place", details.Place, Meeting.PlaceMaxLength, null, "Where the meeting is");
        Text(errors, "Agenda", details.Agenda, Meeting.AgendaMaxLength, "Enter the agenda", "The agenda");
        var invitees = details.InviteeUserIds.Distinct().ToList();
        if (invitees.Count == 0)
        {
            errors.Add(("InviteeUserIds", "Select who is invited"));
        }
        else if (await db.ReviewMembers.CountAsync(m => m.ReviewId == details.ReviewId && invitees.Contains(m.UserId), cancellationToken) != invitees.Count)
        {
            errors.Add(("InviteeUserIds", "Select people from the list: only members of the review can be invited"));
        }

        var held = details.HeldOn is { } on && on <= recorder.Today;
        var attendance = details.Attendance ?? new Dictionary<Guid, Attendance>();
        if (attendance.Any(a => !Enum.IsDefined(a.Value)))
        {
            errors.Add(("Attendees", "Select whether each person attended"));
        }
        else if (!held && attendance.Values.Any(a => a != Attendance.Invited))
        {
            errors.Add(("Attendees", "Record who attended once the meeting has taken place"));
        }

        Text(errors, "Notes", details.Notes, Meeting.NotesMaxLength, null, "The notes");
        var decisions = MeetingNames.Lines(details.Decisions);
        if (decisions.Count > Meeting.MaxDecisions)
        {
            errors.Add(("Decisions", $"Record at most {Meeting.MaxDecisions} decisions"));
        }
        else if (decisions.FirstOrDefault(d => d.Length > Meeting.DecisionMaxLength) is { } tooLong)
        {
            errors.Add(("Decisions", $"Each decision must be {Meeting.DecisionMaxLength} characters or fewer; shorten \"{tooLong[..40]}…\""));
        }

        if (!held && (!string.IsNullOrWhiteSpace(details.Notes) || decisions.Count > 0))
        {
            errors.Add(("Notes", "Record notes and decisions once the meeting has taken place"));
        }

        return errors;
    }

    private void Record(Meeting meeting, MeetingDetails details, Guid userId) =>
        meeting.Record(details.Kind!.Value, details.HeldOn!.Value, details.StartsAt, details.Place, details.Agenda!, details.InviteeUserIds,
            details.Attendance, details.Notes, details.Decisions, userId, recorder.Now);
}
