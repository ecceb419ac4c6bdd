namespace Lantern.Core.Information.Merging;

/// <summary>One meeting: an unmerged entry, or a merged event counted once, with everyone any agency recorded there.</summary>
public sealed record MeetingHeld(Guid Id, bool IsMergedEvent, string EventType, DateOnly Date, IReadOnlySet<Guid> Attendees);

/// <summary>Someone who may appear as an attendee.</summary>
public sealed record Attendee(Guid Id, string Pseudonym, bool IsProfessional);

/// <summary>A meeting in its series with the share of its attendees who were at the previous one (null for the first).</summary>
public sealed record MeetingInSeries(MeetingHeld Meeting, double? ShareFromPrevious, bool BelowThreshold);

/// <summary>One series of meetings (one event type) and its attendees-by-meetings matrix.</summary>
public sealed record MeetingSeries(string EventType, IReadOnlyList<MeetingInSeries> Meetings, IReadOnlyList<Attendee> People)
{
    public bool Attended(Attendee person, MeetingInSeries meeting) => meeting.Meeting.Attendees.Contains(person.Id);
}

/// <summary>
/// Meeting continuity: for each kind of multi-agency meeting, the meetings in date order and, for each after
/// the first, the share of its attendees who were also at the one before. A low share means the people round
/// the table changed almost entirely, which is worth asking about.
/// </summary>
public static class MeetingContinuity
{
    public const int DefaultThresholdPercent = 50;

    public static IReadOnlyList<MeetingSeries> Build(IEnumerable<MeetingHeld> meetings, IReadOnlyDictionary<Guid, Attendee> people, int thresholdPercent = DefaultThresholdPercent)
    {
        var threshold = Math.Clamp(thresholdPercent, 0, 100) / 100.0;
        return meetings
            .GroupBy(m => MeetingTypes.Normalise(m.EventType))
            .Select(series =>
            {
                var ordered = series.OrderBy(m => m.Date).ThenBy(m => m.Id).ToList();
                var inSeries = new List<MeetingInSeries>();
                for (var i = 0; i < ordered.Count; i++)
                {
                    var share = i == 0 ? (double?)null : Share(ordered[i].Attendees, ordered[i - 1].Attendees);
                    inSeries.Add(new MeetingInSeries(ordered[i], share, share is { } s && s < threshold));
                }

                var attendees = ordered.SelectMany(m => m.Attendees).Distinct()
                    .Select(id => people.GetValueOrDefault(id))
                    .OfType<Attendee>()
                    .OrderByDescending(p => p.IsProfessional)
                    .ThenBy(p => p.Pseudonym, StringComparer.Ordinal)
                    .ToList();
                return new MeetingSeries(ordered[0].EventType.Trim(), inSeries, attendees);
            })
            .OrderBy(s => s.EventType, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The share of this meeting's attendees who were at the previous one; 0 when no one was recorded.</summary>
    public static double Share(IReadOnlySet<Guid> attendees, IReadOnlySet<Guid> previous) =>
        attendees.Count == 0 ? 0 : attendees.Count(previous.Contains) / (double)attendees.Count;
}
