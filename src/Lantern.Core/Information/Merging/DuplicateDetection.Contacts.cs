namespace Lantern.Core.Information.Merging;

/// <summary>Ordinary contacts, proposed only on strong evidence.</summary>
public static partial class DuplicateDetection
{
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
}
