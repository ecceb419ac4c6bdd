using Lantern.Core.Information.Merging;

namespace Lantern.Benchmarks;

/// <summary>
/// Duplicate detection as it was before issue 14 (a person in common or the same meeting type was enough), kept
/// only as the same-run baseline that the benchmark compares the new rule with.
/// Proposes likely duplicates among the current entries of different agencies: the same event type (ignoring
/// case), dates within <c>windowDays</c> of each other, and either a person in common or both being a
/// multi-agency meeting of that type. Entries already merged are left out, and so is any pair a reviewer has
/// rejected. Each entry is in at most one proposal, and a proposal holds at most one entry per agency.
/// </summary>
/// <remarks>
/// Entries are bucketed by event type and sorted by date, and each is compared only with the entries after it
/// inside the window, so the work grows with the number of near neighbours, not with the square of the whole
/// chronology.
/// </remarks>
public static class PreviousDuplicateDetection
{
    public const int DefaultWindowDays = 2;
    public const int MaxWindowDays = 31;

    public static IReadOnlyList<DuplicateProposal> Propose(
        IEnumerable<EntryFacts> entries,
        IReadOnlySet<LineagePair> rejected,
        int windowDays = DefaultWindowDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(windowDays);
        var candidates = new List<Candidate>();
        foreach (var bucket in entries.Where(e => !e.IsMerged).GroupBy(e => MeetingTypes.Normalise(e.EventType)))
        {
            var meeting = MeetingTypes.IsMeeting(bucket.First().EventType);
            var sorted = bucket.Select(e => new Prepared(e, Sorted(e.PersonIds))).OrderBy(p => p.Facts.Date).ToArray();
            for (var i = 0; i < sorted.Length; i++)
            {
                var a = sorted[i];
                for (var j = i + 1; j < sorted.Length; j++)
                {
                    var b = sorted[j];
                    var gap = b.Facts.Date.DayNumber - a.Facts.Date.DayNumber;
                    if (gap > windowDays)
                    {
                        break;
                    }

                    if (a.Facts.AgencyId == b.Facts.AgencyId || rejected.Contains(LineagePair.Of(a.Facts.LineageId, b.Facts.LineageId)))
                    {
                        continue;
                    }

                    var shared = CountShared(a.People, b.People);
                    if (shared == 0 && !meeting)
                    {
                        continue;
                    }

                    candidates.Add(new Candidate(a.Facts, b.Facts, Score(gap, windowDays, shared, a.People.Length, b.People.Length, meeting), shared,
                        (gap == 0 ? DuplicateReason.SameDay : 0) | (shared > 0 ? DuplicateReason.SharedPeople : 0) | (meeting ? DuplicateReason.SameMeetingType : 0)));
                }
            }
        }

        return GroupCandidates(candidates, rejected, windowDays);
    }

    /// <summary>
    /// Closeness in time counts for 40%, the overlap of the people (shared over all named, Jaccard) for 40%,
    /// and being the same kind of multi-agency meeting for 20%.
    /// </summary>
    public static double Score(int gapDays, int windowDays, int shared, int peopleA, int peopleB, bool meeting)
    {
        var closeness = 1.0 - (gapDays / (double)(windowDays + 1));
        var union = peopleA + peopleB - shared;
        var overlap = union == 0 ? 0 : shared / (double)union;
        return Math.Round((0.4 * closeness) + (0.4 * overlap) + (meeting ? 0.2 : 0), 3);
    }

    // Greedy, best pair first: a pair starts a proposal, or joins one entry to its partner's proposal when
    // that adds a new agency, stays inside the window of every member and no member was rejected with it.
    private static List<DuplicateProposal> GroupCandidates(List<Candidate> candidates, IReadOnlySet<LineagePair> rejected, int windowDays)
    {
        candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A.Date.CompareTo(y.A.Date));
        var groupOf = new Dictionary<Guid, Group>();
        var groups = new List<Group>();
        foreach (var candidate in candidates)
        {
            var inA = groupOf.GetValueOrDefault(candidate.A.Id);
            var inB = groupOf.GetValueOrDefault(candidate.B.Id);
            if (inA is null && inB is null)
            {
                var group = new Group();
                group.Add(candidate);
                groups.Add(group);
                groupOf[candidate.A.Id] = group;
                groupOf[candidate.B.Id] = group;
            }
            else if ((inA is null) != (inB is null))
            {
                var group = (inA ?? inB)!;
                var joining = inA is null ? candidate.A : candidate.B;
                if (group.Accepts(joining, rejected, windowDays))
                {
                    group.Add(candidate);
                    groupOf[joining.Id] = group;
                }
            }
        }

        return groups
            .Select(g => new DuplicateProposal(g.Members.OrderBy(m => m.Date).ThenBy(m => m.Id).Select(m => m.Id).ToList(), g.Best, g.Reasons, g.Shared))
            .OrderByDescending(p => p.Score)
            .ToList();
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

    private sealed record Prepared(EntryFacts Facts, Guid[] People);

    private sealed record Candidate(EntryFacts A, EntryFacts B, double Score, int Shared, DuplicateReason Reasons);

    private sealed class Group
    {
        private readonly Dictionary<Guid, EntryFacts> byId = [];

        public IEnumerable<EntryFacts> Members => byId.Values;

        public double Best { get; private set; }

        public DuplicateReason Reasons { get; private set; }

        public int Shared { get; private set; }

        public void Add(Candidate candidate)
        {
            byId[candidate.A.Id] = candidate.A;
            byId[candidate.B.Id] = candidate.B;
            Best = Math.Max(Best, candidate.Score);
            Reasons |= candidate.Reasons;
            Shared = Math.Max(Shared, candidate.Shared);
        }

        public bool Accepts(EntryFacts entry, IReadOnlySet<LineagePair> rejected, int windowDays) =>
            byId.Values.All(m =>
                m.AgencyId != entry.AgencyId &&
                Math.Abs(m.Date.DayNumber - entry.Date.DayNumber) <= windowDays &&
                !rejected.Contains(LineagePair.Of(m.LineageId, entry.LineageId)));
    }
}
