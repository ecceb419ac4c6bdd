namespace Lantern.Core.Information.Merging;

/// <summary>What duplicate detection needs to know about one current entry.</summary>
/// <param name="EventType">The Lantern type the entry is treated as (the mapped type, else the agency's words).</param>
/// <param name="PersonIds">The people linked to the entry, in any order.</param>
/// <param name="Names">The words in the description that matched people, left out when descriptions are compared.</param>
public sealed record EntryFacts(
    Guid Id,
    Guid AgencyId,
    Guid LineageId,
    DateOnly Date,
    string EventType,
    IReadOnlyCollection<Guid> PersonIds,
    bool IsMerged = false,
    TimeOnly? Time = null,
    string? Description = null,
    IReadOnlyCollection<string>? Names = null);

/// <summary>Why two or more entries look like one event.</summary>
[Flags]
public enum DuplicateReason
{
    None = 0,
    SameDay = 1,
    SharedPeople = 2,
    SameMeetingType = 4,

    /// <summary>The descriptions use the same distinctive words.</summary>
    SimilarWords = 8,

    /// <summary>Both give a time, within an hour of each other.</summary>
    CloseTimes = 16,

    /// <summary>One agency recorded the event more than once.</summary>
    SameAgency = 32,
}

/// <summary>Entries that look like one event, best first, with a score from 0 to 1.</summary>
/// <param name="Similarity">How alike the descriptions are (weighted Jaccard of their words, 0 to 1; the best pair).</param>
public sealed record DuplicateProposal(IReadOnlyList<Guid> EntryIds, double Score, DuplicateReason Reasons, int SharedPeople, double Similarity = 0)
{
    /// <summary>Records of one multi-agency meeting, proposed before ordinary contacts.</summary>
    public bool IsMeeting => Reasons.HasFlag(DuplicateReason.SameMeetingType);
}

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
public static class DuplicateDetection
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

    // The day most records of the type give seeds a meeting; records join it nearest first while they stay
    // within the window of every member (a second record of the same agency within a day of its first), and
    // were never rejected with a member. What is left seeds the next meeting.
    private static IEnumerable<DuplicateProposal> MeetingRecords(Prepared[] sorted, IReadOnlySet<LineagePair> rejected, int windowDays)
    {
        if (sorted.Length < 2)
        {
            yield break;
        }

        var taken = new bool[sorted.Length];

        // The days in order of how many records give them (most first, then earliest), each with its first record.
        var days = new List<(int Day, int First, int Count)>();
        for (var i = 0; i < sorted.Length; i++)
        {
            var day = sorted[i].Facts.Date.DayNumber;
            if (days.Count > 0 && days[^1].Day == day)
            {
                days[^1] = (day, days[^1].First, days[^1].Count + 1);
            }
            else
            {
                days.Add((day, i, 1));
            }
        }

        days.Sort((x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.Day.CompareTo(y.Day));
        var near = new List<int>();
        var members = new List<int>();
        foreach (var (day, first, _) in days)
        {
            // Nearest first: the seed day, then a day either side, and so on to the window.
            near.Clear();
            for (var i = first; i < sorted.Length && sorted[i].Facts.Date.DayNumber == day; i++)
            {
                near.Add(i);
            }

            int before = first - 1, after = first + near.Count;
            for (var distance = 1; distance <= windowDays; distance++)
            {
                for (; before >= 0 && day - sorted[before].Facts.Date.DayNumber == distance; before--)
                {
                    near.Add(before);
                }

                for (; after < sorted.Length && sorted[after].Facts.Date.DayNumber - day == distance; after++)
                {
                    near.Add(after);
                }
            }

            members.Clear();
            foreach (var i in near)
            {
                if (taken[i])
                {
                    continue;
                }

                var joining = sorted[i];
                var fits = true;
                foreach (var m in members)
                {
                    if (!SameMeetingPossible(sorted[m], joining, rejected, windowDays))
                    {
                        fits = false;
                        break;
                    }
                }

                if (fits)
                {
                    members.Add(i);
                }
            }

            if (members.Count < 2)
            {
                continue;
            }

            foreach (var i in members)
            {
                taken[i] = true;
            }

            yield return MeetingProposal(members.Select(i => sorted[i]).ToList(), windowDays);
        }
    }

    private static void MarkNeighbours(Prepared[] sorted, int maxGapDays, bool[] wanted)
    {
        for (var i = 0; i < sorted.Length; i++)
        {
            for (var j = i + 1; j < sorted.Length && sorted[j].Facts.Date.DayNumber - sorted[i].Facts.Date.DayNumber <= maxGapDays; j++)
            {
                if (sorted[i].Facts.AgencyId != sorted[j].Facts.AgencyId && MinutesApart(sorted[i].Facts, sorted[j].Facts) is null or <= CloseMinutes)
                {
                    wanted[sorted[i].Index] = true;
                    wanted[sorted[j].Index] = true;
                }
            }
        }
    }

    private static bool SameMeetingPossible(Prepared member, Prepared joining, IReadOnlySet<LineagePair> rejected, int windowDays)
    {
        var gap = Math.Abs(member.Facts.Date.DayNumber - joining.Facts.Date.DayNumber);
        return gap <= (member.Facts.AgencyId == joining.Facts.AgencyId ? Math.Min(windowDays, 1) : windowDays)
            && !rejected.Contains(LineagePair.Of(member.Facts.LineageId, joining.Facts.LineageId));
    }

    private static DuplicateProposal MeetingProposal(List<Prepared> members, int windowDays)
    {
        var reasons = DuplicateReason.SameMeetingType;
        double overlap = 0;
        var shared = 0;
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                var (a, b) = (members[i], members[j]);
                var common = CountShared(a.People, b.People);
                shared = Math.Max(shared, common);
                overlap = Math.Max(overlap, Overlap(common, a.People.Length, b.People.Length));
                if (a.Facts.AgencyId == b.Facts.AgencyId)
                {
                    reasons |= DuplicateReason.SameAgency;
                }
            }
        }

        var spread = members.Max(m => m.Facts.Date.DayNumber) - members.Min(m => m.Facts.Date.DayNumber);
        reasons |= (spread == 0 ? DuplicateReason.SameDay : 0) | (shared > 0 ? DuplicateReason.SharedPeople : 0);
        var ids = members.OrderBy(m => m.Facts.Date).ThenBy(m => m.Facts.Time).ThenBy(m => m.Facts.Id).Select(m => m.Facts.Id).ToList();
        return new DuplicateProposal(ids, MeetingScore(spread, windowDays, overlap), reasons, shared);
    }

    private static void AddContactCandidates(Prepared[] sorted, IReadOnlySet<LineagePair> rejected, int maxGapDays, DescriptionWords words, List<Candidate> candidates)
    {
        for (var i = 0; i < sorted.Length; i++)
        {
            var a = sorted[i];
            if (!words.HasWords(a.Index))
            {
                continue;
            }

            for (var j = i + 1; j < sorted.Length; j++)
            {
                var b = sorted[j];
                var gap = b.Facts.Date.DayNumber - a.Facts.Date.DayNumber;
                if (gap > maxGapDays)
                {
                    break;
                }

                if (a.Facts.AgencyId == b.Facts.AgencyId || !words.HasWords(b.Index))
                {
                    continue;
                }

                double closeness;
                var reasons = gap == 0 ? DuplicateReason.SameDay : DuplicateReason.None;
                double least;
                if (MinutesApart(a.Facts, b.Facts) is { } minutes)
                {
                    if (minutes > CloseMinutes)
                    {
                        continue;
                    }

                    closeness = 1.0 - (minutes / (2.0 * CloseMinutes));
                    reasons |= DuplicateReason.CloseTimes;
                    least = SameDaySimilarity;
                }
                else
                {
                    closeness = gap == 0 ? 0.75 : 0.25;
                    least = gap == 0 ? SameDaySimilarity : NextDaySimilarity;
                }

                var similarity = words.Similarity(a.Index, b.Index);
                if (similarity < least || rejected.Contains(LineagePair.Of(a.Facts.LineageId, b.Facts.LineageId)))
                {
                    continue;
                }

                var shared = CountShared(a.People, b.People);
                reasons |= DuplicateReason.SimilarWords | (shared > 0 ? DuplicateReason.SharedPeople : 0);
                candidates.Add(new Candidate(a, b, ContactScore(similarity, closeness, Overlap(shared, a.People.Length, b.People.Length)), shared, similarity, reasons));
            }
        }
    }

    // Greedy, best pair first: a pair starts a proposal, or joins one entry to its partner's proposal when that
    // adds a new agency and no member was rejected with it, and it is itself a candidate pair with every member.
    private static IEnumerable<DuplicateProposal> GroupContacts(List<Candidate> candidates, IReadOnlySet<LineagePair> rejected)
    {
        candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A.Facts.Date.CompareTo(y.A.Facts.Date));
        var pairs = candidates.Select(c => (c.A.Index, c.B.Index)).ToHashSet();
        var groupOf = new Dictionary<int, Group>();
        var groups = new List<Group>();
        foreach (var candidate in candidates)
        {
            var inA = groupOf.GetValueOrDefault(candidate.A.Index);
            var inB = groupOf.GetValueOrDefault(candidate.B.Index);
            if (inA is null && inB is null)
            {
                var group = new Group();
                group.Add(candidate);
                groups.Add(group);
                groupOf[candidate.A.Index] = group;
                groupOf[candidate.B.Index] = group;
            }
            else if ((inA is null) != (inB is null))
            {
                var group = (inA ?? inB)!;
                var joining = inA is null ? candidate.A : candidate.B;
                if (group.Accepts(joining, rejected, pairs))
                {
                    group.Add(candidate);
                    groupOf[joining.Index] = group;
                }
            }
        }

        return groups
            .Select(g => new DuplicateProposal(
                g.Members.OrderBy(m => m.Facts.Date).ThenBy(m => m.Facts.Time).ThenBy(m => m.Facts.Id).Select(m => m.Facts.Id).ToList(),
                g.Best, g.Reasons, g.Shared, Math.Round(g.Similarity, 3)))
            .OrderByDescending(p => p.Score);
    }

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
