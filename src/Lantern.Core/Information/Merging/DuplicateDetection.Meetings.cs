namespace Lantern.Core.Information.Merging;

/// <summary>Records of one multi-agency meeting.</summary>
public static partial class DuplicateDetection
{

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
}
