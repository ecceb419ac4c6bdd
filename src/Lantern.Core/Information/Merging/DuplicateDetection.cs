namespace Lantern.Core.Information.Merging;

/// <summary>
/// Proposes likely duplicates among the current entries, in two kinds (documented with their measured
/// precision and recall in docs/duplicate-proposals.md):
/// <list type="number">
/// <item><b>Records of one meeting</b> (a multi-agency meeting type, such as a strategy discussion or a
/// conference): every record of that type within <c>windowDays</c> of the day most of them give, from any
/// agency, is one proposal, including a second record by the same agency when it is dated the same or the
/// next day. Words in the description ("cancelled", "postponed") do not matter: a cancelled meeting is
/// still a record of that meeting.</item>
/// <item><b>Ordinary contacts</b> (visits, calls, appointments...) only on strong evidence: the same type,
/// from different agencies, close in time (within an hour when both give a time; otherwise the same day,
/// or the next day with very alike words), and descriptions that share distinctive words
/// (<see cref="DescriptionWords"/>). People in common add to the score but never make a proposal alone:
/// most contacts name the same child.</item>
/// </list>
/// Entries already merged are left out, and no proposal ever holds two entries a reviewer said were different
/// events. Each entry is in at most one proposal. Meetings come first, then contacts, each best first.
/// </summary>
/// <remarks>
/// Entries are bucketed by event type and sorted by date, and each is compared only with the entries near it
/// in time, so the work grows with the number of near neighbours, not with the square of the chronology.
/// Words are read once, before any comparison, and only for contacts that have another agency's entry of their
/// type close enough in time to be compared.
/// </remarks>
public static partial class DuplicateDetection
{
    public const int DefaultWindowDays = 2;
    public const int MaxWindowDays = 31;

    /// <summary>Least word likeness for two contacts the same day (or within an hour when both give times).</summary>
    public const double SameDaySimilarity = 0.25;

    /// <summary>Least word likeness for two contacts on consecutive days without times.</summary>
    public const double NextDaySimilarity = 0.45;

    /// <summary>Times further apart than this are two contacts, even the same day.</summary>
    public const int CloseMinutes = 60;

    public static IReadOnlyList<DuplicateProposal> Propose(
        IEnumerable<EntryFacts> entries,
        IReadOnlySet<LineagePair> rejected,
        int windowDays = DefaultWindowDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(windowDays);
        var open = entries.Where(e => !e.IsMerged).ToArray();
        var prepared = open.Select((e, i) => new Prepared(e, i, Sorted(e.PersonIds))).ToArray();
        var buckets = prepared.GroupBy(p => MeetingTypes.Normalise(p.Facts.EventType))
            .Select(b => b.OrderBy(p => p.Facts.Date).ThenBy(p => p.Facts.Time).ToArray())
            .Select(sorted => (Sorted: sorted, Meeting: MeetingTypes.IsMeeting(sorted[0].Facts.EventType)))
            .ToList();
        var contactGap = Math.Min(windowDays, 1);

        // Only contacts with another agency's entry of their type close enough in time are read for words: the
        // rest could never be proposed, and reading words is most of the work.
        var wanted = new bool[open.Length];
        foreach (var (sorted, _) in buckets.Where(b => !b.Meeting))
        {
            MarkNeighbours(sorted, contactGap, wanted);
        }

        var words = DescriptionWords.Of(open.Select(e => e.Description).ToArray(), open.Select(e => e.Names).ToArray(), wanted);
        var meetings = new List<DuplicateProposal>();
        var candidates = new List<Candidate>();
        foreach (var (sorted, meeting) in buckets)
        {
            if (meeting)
            {
                meetings.AddRange(MeetingRecords(sorted, rejected, windowDays));
            }
            else
            {
                AddContactCandidates(sorted, rejected, contactGap, words, candidates);
            }
        }

        return meetings.OrderByDescending(p => p.Score).ThenBy(p => p.EntryIds[0])
            .Concat(GroupContacts(candidates, rejected))
            .ToList();
    }

    /// <summary>
    /// A contact pair's score: word likeness counts for half, closeness in time for 30% and the overlap of the
    /// people (shared over all named) for 20%.
    /// </summary>
    public static double ContactScore(double similarity, double closeness, double overlap) =>
        Math.Round((0.5 * similarity) + (0.3 * closeness) + (0.2 * overlap), 3);

    /// <summary>
    /// A meeting proposal's score: being records of one meeting gives 0.6, then closeness of the dates (the
    /// spread over the window) 0.2, and the overlap of people (the best pair) 0.2.
    /// </summary>
    public static double MeetingScore(int spreadDays, int windowDays, double overlap) =>
        Math.Round(0.6 + (0.2 * (1.0 - (spreadDays / (double)(windowDays + 1)))) + (0.2 * overlap), 3);
    /// <summary>How far apart two entries are in minutes, when both give a time.</summary>
    private static double? MinutesApart(EntryFacts a, EntryFacts b) =>
        a.Time is { } ta && b.Time is { } tb
            ? Math.Abs(((b.Date.DayNumber - a.Date.DayNumber) * 1440.0) + (tb.ToTimeSpan() - ta.ToTimeSpan()).TotalMinutes)
            : null;

    private static double Overlap(int shared, int peopleA, int peopleB)
    {
        var union = peopleA + peopleB - shared;
        return union == 0 ? 0 : shared / (double)union;
    }

    private static Guid[] Sorted(IReadOnlyCollection<Guid> ids)
    {
        var array = ids.Distinct().ToArray();
        Array.Sort(array);
        return array;
    }

    private static int CountShared(Guid[] a, Guid[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = a[i].CompareTo(b[j]);
            if (c == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    private sealed record Prepared(EntryFacts Facts, int Index, Guid[] People);

    private sealed record Candidate(Prepared A, Prepared B, double Score, int Shared, double Similarity, DuplicateReason Reasons);

    private sealed class Group
    {
        private readonly List<Prepared> members = [];

        public IEnumerable<Prepared> Members => members;

        public double Best { get; private set; }

        public double Similarity { get; private set; }

        public DuplicateReason Reasons { get; private set; }

        public int Shared { get; private set; }

        public void Add(Candidate candidate)
        {
            foreach (var member in new[] { candidate.A, candidate.B })
            {
                if (!members.Contains(member))
                {
                    members.Add(member);
                }
            }

            Best = Math.Max(Best, candidate.Score);
            Similarity = Math.Max(Similarity, candidate.Similarity);
            Reasons |= candidate.Reasons;
            Shared = Math.Max(Shared, candidate.Shared);
        }

        public bool Accepts(Prepared entry, IReadOnlySet<LineagePair> rejected, HashSet<(int, int)> pairs) =>
            members.All(m =>
                m.Facts.AgencyId != entry.Facts.AgencyId &&
                (pairs.Contains((m.Index, entry.Index)) || pairs.Contains((entry.Index, m.Index))) &&
                !rejected.Contains(LineagePair.Of(m.Facts.LineageId, entry.Facts.LineageId)));
    }
}
