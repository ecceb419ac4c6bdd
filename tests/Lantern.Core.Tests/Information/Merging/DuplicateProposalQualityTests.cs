using System.Globalization;
using Lantern.Core.Information.Merging;
using Xunit.Abstractions;

namespace Lantern.Core.Tests.Information.Merging;

/// <summary>
/// Precision and recall of duplicate proposals on the fictional case (<see cref="DuplicateCaseFixture"/>), counted
/// in pairs: every two entries in one proposal are a proposed pair, and every two entries that record one real
/// event are a true pair. Precision is the share of proposed pairs that are true; recall the share of true pairs
/// proposed. The figures are in docs/duplicate-proposals.md.
/// </summary>
public sealed class DuplicateProposalQualityTests(ITestOutputHelper output)
{
    public sealed record Quality(int Rows, int Proposals, int ProposedPairs, int TruePairs, int Found, int ExactGroups, int KeyGroups, int Decisions)
    {
        public double Precision => ProposedPairs == 0 ? 1 : (double)Found / ProposedPairs;

        public double Recall => TruePairs == 0 ? 1 : (double)Found / TruePairs;
    }

    public static Quality Measure(IReadOnlyList<CaseRow> rows, out List<string> mistakes)
    {
        var (facts, byId) = DuplicateCaseFixture.Facts(rows);
        var proposals = DuplicateDetection.Propose(facts, new HashSet<LineagePair>());
        var truePairs = facts.Where(f => byId[f.Id].Event is not null)
            .GroupBy(f => byId[f.Id].Event)
            .SelectMany(g => Pairs(g.Select(f => f.Id).ToList()))
            .ToHashSet();
        var keyGroups = facts.Where(f => byId[f.Id].Event is not null).GroupBy(f => byId[f.Id].Event).Select(g => g.Select(f => f.Id).Order().ToList()).ToList();
        var proposed = proposals.SelectMany(p => Pairs(p.EntryIds)).ToHashSet();
        mistakes = [];
        foreach (var (a, b) in proposed.Where(p => !truePairs.Contains(p)))
        {
            mistakes.Add($"proposed, not the same event: {Describe(byId[a])} | {Describe(byId[b])}");
        }

        foreach (var (a, b) in truePairs.Where(p => !proposed.Contains(p)))
        {
            mistakes.Add($"missed: {Describe(byId[a])} | {Describe(byId[b])}");
        }

        var exact = proposals.Count(p => keyGroups.Any(k => k.SequenceEqual(p.EntryIds.Order())));
        return new Quality(rows.Count, proposals.Count, proposed.Count, truePairs.Count, proposed.Count(truePairs.Contains), exact, keyGroups.Count,
            proposals.Count);
    }

    private static string Describe(CaseRow row) => $"{row.Agency} {row.Date:yyyy-MM-dd} {row.Words}: {row.Description[..Math.Min(50, row.Description.Length)]}";

    private static IEnumerable<(Guid, Guid)> Pairs(IReadOnlyList<Guid> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                yield return ids[i].CompareTo(ids[j]) < 0 ? (ids[i], ids[j]) : (ids[j], ids[i]);
            }
        }
    }

    [Fact]
    public void Propose_FictionalCaseOfSevenAgencies_AtLeast80PercentPrecisionAnd95PercentRecallInPairs()
    {
        var rows = DuplicateCaseFixture.Rows();

        var quality = Measure(rows, out var mistakes);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{quality.Rows} rows, {quality.KeyGroups} real events recorded more than once ({quality.TruePairs} true pairs); {quality.Proposals} proposals ({quality.ProposedPairs} pairs), {quality.ExactGroups} exactly one real event"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairwise precision {quality.Precision:P1}, pairwise recall {quality.Recall:P1}"));
        mistakes.ForEach(output.WriteLine);
        Assert.InRange(rows.Count, 300, 400);
        Assert.Equal(7, rows.Select(r => r.Agency).Distinct().Count());
        Assert.True(quality.Precision >= 0.80, $"precision {quality.Precision:P1}: {string.Join("; ", mistakes)}");
        Assert.True(quality.Recall >= 0.95, $"recall {quality.Recall:P1}: {string.Join("; ", mistakes)}");
    }

    [Fact]
    public void Propose_FictionalCase_EveryMeetingIsOneProposalOfAllItsRecords()
    {
        var rows = DuplicateCaseFixture.Rows();
        var (facts, byId) = DuplicateCaseFixture.Facts(rows);

        var proposals = DuplicateDetection.Propose(facts, new HashSet<LineagePair>());

        foreach (var meeting in new[] { "strategy", "icpc", "core group 1", "core group 4", "rcpc cancelled", "rcpc", "marac", "professionals" })
        {
            var records = facts.Where(f => byId[f.Id].Event == meeting).Select(f => f.Id).Order().ToList();
            var proposal = Assert.Single(proposals, p => p.EntryIds.Intersect(records).Any());
            Assert.Equal(records, proposal.EntryIds.Order());
            Assert.True(proposal.IsMeeting);
        }

        var firstContact = proposals.Select((p, i) => (p, i)).First(x => !x.p.IsMeeting).i;
        Assert.All(proposals.Take(firstContact), p => Assert.True(p.IsMeeting));
        Assert.All(proposals.Skip(firstContact), p => Assert.False(p.IsMeeting));
    }
}
