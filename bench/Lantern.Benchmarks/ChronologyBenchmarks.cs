using BenchmarkDotNet.Attributes;
using Lantern.Core.Information.Merging;

namespace Lantern.Benchmarks;

/// <summary>
/// Duplicate detection over a review's chronology (issue 4: 5,000 entries in at most 200 ms). The baseline is
/// the least any detection must do, in the same run: bucket the entries by event type and sort each by date.
/// The rule before issue 14 (<see cref="PreviousDuplicateDetection"/>) runs in the same run for comparison;
/// it never read descriptions, the new rule compares their words.
/// </summary>
[MemoryDiagnoser]
public class DuplicateDetectionBenchmarks
{
    private static readonly string[] Phrases =
    [
        "Home visit, children seen", "mother upset about the flat", "bruise on the arm photographed", "no answer at the door",
        "Ruby late to school without breakfast", "Alfie weighed at clinic", "food bank voucher given", "police called by a neighbour",
        "GP reviewed medication", "attendance letter sent home", "core group plan reviewed", "strategy discussion held by phone",
    ];

    private static readonly string[] Types =
        ["Home visit", "Phone call", "Strategy discussion", "Core group meeting", "School attendance", "GP appointment", "Referral", "Hospital attendance"];

    private readonly HashSet<LineagePair> rejected = [];
    private List<EntryFacts> entries = [];

    [Params(5_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Five agencies over three years, two of forty people named on each entry, as the HTTP benchmark seeds.
        var random = new Random(4);
        var agencies = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        var people = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToArray();
        var start = new DateOnly(2021, 1, 1);
        entries = Enumerable.Range(0, Entries)
            .Select(_ => new EntryFacts(Guid.NewGuid(), agencies[random.Next(agencies.Length)], Guid.NewGuid(), start.AddDays(random.Next(1100)),
                Types[random.Next(Types.Length)], [people[random.Next(people.Length)], people[random.Next(people.Length)]],
                Time: random.Next(3) == 0 ? null : new TimeOnly(random.Next(8, 20), random.Next(60)),
                Description: $"{Phrases[random.Next(Phrases.Length)]}; {Phrases[random.Next(Phrases.Length)]}. {Phrases[random.Next(Phrases.Length)]}."))
            .ToList();
        foreach (var pair in entries.Take(200).Zip(entries.Skip(200).Take(200)))
        {
            rejected.Add(LineagePair.Of(pair.First.LineageId, pair.Second.LineageId));
        }
    }

    [Benchmark(Baseline = true)]
    public int BucketAndSort() =>
        entries.GroupBy(e => MeetingTypes.Normalise(e.EventType)).Sum(g => g.OrderBy(e => e.Date).Count());

    [Benchmark]
    public int ReadDescriptionWords() => DescriptionWords.Of(entries.Select(e => e.Description).ToArray(), entries.Select(e => e.Names).ToArray()).HasWords(0) ? 1 : 0;

    [Benchmark]
    public int ProposeAsBeforeIssue14() => PreviousDuplicateDetection.Propose(entries, rejected).Count;

    [Benchmark]
    public int Propose() => DuplicateDetection.Propose(entries, rejected).Count;

    [Benchmark]
    public int ProposeWithAWeekWindow() => DuplicateDetection.Propose(entries, rejected, 7).Count;
}
