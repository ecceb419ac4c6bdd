using Lantern.Core.Information.Import;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>The register as the form gives it: each listed person's status, or null for "not recorded".</summary>
public sealed record RecordAttendanceOptions(Guid ReviewId, Guid PartnershipId, AttendanceTarget Target, Guid PageId,
    IReadOnlyDictionary<Guid, AttendanceStatus?> Statuses, string Stamp);

/// <summary>An attendance file as uploaded. Real names and other names are matched only for someone who may see them.</summary>
public sealed record ImportAttendanceOptions(Guid ReviewId, Guid PartnershipId, string FileName, byte[] Content, bool MatchRealNames);

/// <summary>A row of an attendance file that cannot be saved, with its number as a spreadsheet shows it.</summary>
public sealed record AttendanceRowProblem(int Row, string Message);

/// <summary>What an import did: saved every row, or saved nothing and says why (the whole file, or row by row).</summary>
public sealed record AttendanceImportOutcome(int Saved, int Meetings, string? FileError, IReadOnlyList<AttendanceRowProblem> Problems)
{
    public bool Succeeded => FileError is null && Problems.Count == 0;
}

/// <summary>
/// Writes to meetings' attendance registers: one meeting's register from its page, or many from a file. Each is
/// one save with its audit event; a file is saved whole or not at all.
/// </summary>
public sealed class AttendanceService(LanternDbContext db, AuditRecorder recorder, IOptions<ImportLimits> limits)
{
    public ImportLimits Limits => limits.Value;

    public async Task<WriteResult> RecordAttendanceAsync(RecordAttendanceOptions options, AuditActor audit, CancellationToken ct = default)
    {
        var meeting = await AttendanceRegister.FindAsync(db, options.ReviewId, options.Target, options.PageId, ct);
        if (meeting is null || !meeting.IsMeeting)
        {
            return WriteResult.Missing;
        }

        var lines = await AttendanceRegister.LinesAsync(db, options.ReviewId, meeting, ct);
        if (!string.Equals(AttendanceRegister.Stamp(lines), options.Stamp, StringComparison.Ordinal))
        {
            return WriteResult.Stale;
        }

        var ids = options.Statuses.Keys.ToList();
        var known = await db.People.Where(p => p.ReviewId == options.ReviewId && ids.Contains(p.Id)).CountAsync(ct);
        if (known != ids.Distinct().Count())
        {
            return WriteResult.Refused("Statuses", "Choose from the people in the register only");
        }

        var current = AttendanceRegister.Statuses(lines, meeting.MeetingId);
        foreach (var (personId, status) in options.Statuses)
        {
            if (current.TryGetValue(personId, out var was) ? status == was : status is null)
            {
                continue;
            }

            var own = lines.SingleOrDefault(l => l.MeetingId == meeting.MeetingId && l.PersonId == personId);
            if (status is { } chosen)
            {
                Set(own, options.ReviewId, meeting, personId, chosen, AttendanceSource.Form, audit.UserId ?? Guid.Empty);
            }
            else
            {
                // "Not recorded" clears the person from this meeting, including lines from before a merge.
                db.MeetingAttendance.RemoveRange(lines.Where(l => l.PersonId == personId));
            }
        }

        recorder.Audit(audit, AuditActions.AttendanceRecorded, options.ReviewId, options.PartnershipId,
            meeting.Target == AttendanceTarget.MergedEvent ? "MergedEvent" : "ChronologyEntry", meeting.PageId);
        return await SaveAsync(ct);
    }

    public async Task<AttendanceImportOutcome> ImportAttendanceAsync(ImportAttendanceOptions options, AuditActor audit, CancellationToken ct = default)
    {
        var read = ChronologyFileReader.Read(options.Content, options.FileName, Limits);
        if (read.Table is not { } table)
        {
            return Refused(Reword(read.Error!));
        }

        var columns = AttendanceColumns.Map(table.Headings);
        if (AttendanceColumns.Missing(columns) is { Count: > 0 } missing)
        {
            return Refused($"The file has no column for {Join(missing.Select(c => c.Heading.ToLowerInvariant()))}. The headings must include " +
                $"{Join(AttendanceColumns.All.Select(c => c.Heading))}; the file's headings are {Join(table.Headings.Where(h => h.Trim().Length > 0).Select(h => $"\u201C{h.Trim()}\u201D"))}.");
        }

        var meetings = await MeetingFinder.LoadAsync(db, options.ReviewId, ct);
        var people = await PersonFinder.LoadAsync(db, options.ReviewId, options.MatchRealNames, ct);
        var problems = new List<AttendanceRowProblem>();
        var chosen = new Dictionary<(RegisterMeeting Meeting, Guid Person), (AttendanceStatus Status, int Row)>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var cells = table.Rows[i];
            var number = i + 2; // the heading is row 1, as a spreadsheet numbers it
            string Cell(string key) => columns[key] < cells.Length ? cells[columns[key]].Trim() : string.Empty;
            var errors = new List<string>();
            var meeting = meetings.Find(Cell(AttendanceColumns.MeetingDate), Cell(AttendanceColumns.MeetingType), errors);
            var person = people.Find(Cell(AttendanceColumns.Person), errors);
            var statusText = Cell(AttendanceColumns.Status);
            var status = AttendanceWords.Parse(statusText);
            if (status is null)
            {
                errors.Add(statusText.Length == 0
                    ? "Enter the attendance: attended, sent report, did not attend or named only"
                    : $"\u201C{statusText}\u201D is not an attendance Lantern knows. Use attended, sent report, did not attend or named only");
            }

            if (errors.Count == 0 && chosen.TryGetValue((meeting!, person!.Value), out var earlier) && earlier.Status != status)
            {
                errors.Add($"Row {earlier.Row} gives a different attendance for the same person at the same meeting");
            }

            if (errors.Count > 0)
            {
                problems.Add(new AttendanceRowProblem(number, string.Join(". ", errors)));
            }
            else
            {
                chosen.TryAdd((meeting!, person!.Value), (status!.Value, number));
            }
        }

        if (table.Rows.Count == 0)
        {
            return Refused("The file has headings but no rows. Add a row for each person at each meeting.");
        }

        if (problems.Count > 0)
        {
            return new AttendanceImportOutcome(0, 0, null, problems);
        }

        var meetingIds = chosen.Keys.Select(k => k.Meeting.MeetingId).Distinct().ToList();
        var existing = await db.MeetingAttendance.Where(a => a.ReviewId == options.ReviewId && meetingIds.Contains(a.MeetingId)).ToListAsync(ct);
        var byKey = existing.ToDictionary(a => (a.MeetingId, a.PersonId));
        foreach (var ((meeting, personId), (status, _)) in chosen)
        {
            Set(byKey.GetValueOrDefault((meeting.MeetingId, personId)), options.ReviewId, meeting, personId, status, AttendanceSource.Import, audit.UserId ?? Guid.Empty);
        }

        recorder.Audit(audit, AuditActions.AttendanceImported, options.ReviewId, options.PartnershipId, "Review", options.ReviewId);
        var saved = await SaveAsync(ct);
        return saved.Succeeded
            ? new AttendanceImportOutcome(chosen.Count, meetingIds.Count, null, [])
            : Refused("Someone else changed the attendance of these meetings at the same moment. Nothing was saved. Upload the file again.");
    }

    private void Set(MeetingAttendance? line, Guid reviewId, RegisterMeeting meeting, Guid personId, AttendanceStatus status, AttendanceSource source, Guid userId)
    {
        if (line is null)
        {
            line = new MeetingAttendance { Id = Guid.NewGuid(), ReviewId = reviewId, Target = meeting.Target, MeetingId = meeting.MeetingId, PersonId = personId };
            db.MeetingAttendance.Add(line);
        }
        else
        {
            line.Version = Guid.NewGuid();
        }

        line.Status = status;
        line.Source = source;
        line.RecordedByUserId = userId;
        line.RecordedAt = recorder.Now;
    }

    /// <summary>Saves, treating a line someone else added for the same person at the same moment as a conflict.</summary>
    private async Task<WriteResult> SaveAsync(CancellationToken ct)
    {
        try
        {
            return await db.SaveOrConflictAsync(ct);
        }
        catch (DbUpdateException)
        {
            return WriteResult.Stale;
        }
    }

    private static AttendanceImportOutcome Refused(string message) => new(0, 0, message, []);

    // The file reader speaks of chronologies; here the file is an attendance list.
    private static string Reword(string message) => message
        .Replace("Add the chronology's entries under the headings", "Add a row for each person at each meeting", StringComparison.Ordinal)
        .Replace("Split the chronology into parts", "Split the file into parts", StringComparison.Ordinal)
        .Replace("Upload the chronology again", "Upload the file again", StringComparison.Ordinal);

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Join(string.Empty, list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }
}
