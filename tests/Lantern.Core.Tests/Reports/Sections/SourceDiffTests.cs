using Lantern.Core.Reports;

namespace Lantern.Core.Tests.Reports.Sections;

public sealed class SourceDiffTests
{
    private static readonly SourceLink Link = new(SourceItemKind.Finding, Guid.Parse("00000000-0000-4000-8000-000000000301"), "Finding 1");

    private static SectionSource Source(params (string Key, string Text)[] statements) =>
        new("findings", SectionSourceKind.Findings, [.. statements.Select(s => new SourceStatement(s.Key, s.Text, Link))]);

    private static string OldSide(IReadOnlyList<DiffRun> runs) => string.Concat(runs.Where(r => r.Kind != DiffRunKind.Inserted).Select(r => r.Text));

    private static string NewSide(IReadOnlyList<DiffRun> runs) => string.Concat(runs.Where(r => r.Kind != DiffRunKind.Deleted).Select(r => r.Text));

    [Fact]
    public void Between_SameSource_NoChanges()
    {
        var source = Source(("f/1/title", "A"), ("f/1/statement", "B"));

        var changes = SourceDiff.Between(source, Source(("f/1/title", "A"), ("f/1/statement", "B")));

        Assert.False(changes.Any);
    }

    [Fact]
    public void Between_AddedRemovedAndChanged_MatchedByKey()
    {
        var old = Source(("f/1/title", "Plans are reviewed by strangers"), ("f/1/issue-a", "Is this acceptable?"), ("f/2/title", "Withdrawn later"));
        var now = Source(("f/1/title", "Plans are reviewed by people new to the family"), ("f/1/issue-a", "Is this acceptable?"), ("f/1/issue-b", "What would it cost?"));

        var changes = SourceDiff.Between(old, now);

        Assert.Equal(["f/1/issue-b"], changes.Added.Select(s => s.Key));
        Assert.Equal(["f/2/title"], changes.Removed.Select(s => s.Key));
        var changed = Assert.Single(changes.Changed);
        Assert.Equal("f/1/title", changed.Now.Key);
        Assert.Equal("Plans are reviewed by strangers", changed.Old.Text);
        Assert.Equal(
            [new DiffRun(DiffRunKind.Same, "Plans are reviewed by "), new DiffRun(DiffRunKind.Deleted, "strangers"), new DiffRun(DiffRunKind.Inserted, "people new to the family")],
            changed.Runs);
        Assert.False(changes.Reordered);
        Assert.True(changes.Any);
    }

    [Fact]
    public void Between_SameStatementsInAnotherOrder_Reordered()
    {
        var changes = SourceDiff.Between(Source(("a", "1"), ("b", "2")), Source(("b", "2"), ("a", "1")));

        Assert.True(changes.Reordered);
        Assert.Empty(changes.Changed);
        Assert.True(changes.Any);
    }

    [Fact]
    public void Between_AddingAStatement_IsNotAReorder()
    {
        var changes = SourceDiff.Between(Source(("a", "1"), ("b", "2")), Source(("a", "1"), ("new", "x"), ("b", "2")));

        Assert.False(changes.Reordered);
        Assert.Single(changes.Added);
    }

    [Fact]
    public void Words_InsertionInTheMiddle()
    {
        var runs = SourceDiff.Words("The nurse was on leave.", "The school nurse was on leave that week.");

        Assert.Equal(
            [
                new DiffRun(DiffRunKind.Same, "The "), new DiffRun(DiffRunKind.Inserted, "school "), new DiffRun(DiffRunKind.Same, "nurse was on "),
                new DiffRun(DiffRunKind.Deleted, "leave."), new DiffRun(DiffRunKind.Inserted, "leave that week."),
            ],
            runs);
    }

    [Fact]
    public void Words_EveryWordReplaced_OneDeletionAndOneInsertion()
    {
        var runs = SourceDiff.Words("alpha beta gamma", "delta epsilon zeta");

        Assert.Equal([new DiffRun(DiffRunKind.Deleted, "alpha beta gamma"), new DiffRun(DiffRunKind.Inserted, "delta epsilon zeta")], runs);
    }

    [Theory]
    [InlineData("", "Something new.")]
    [InlineData("Something old.", "")]
    [InlineData("Line one.\nLine two.", "Line one.\n\nLine two, longer.")]
    [InlineData("Three  spaces   here", "Three spaces here")]
    [InlineData("a a a a b", "b a a a a")]
    [InlineData("Same text", "Same text")]
    public void Words_RunsJoinBackToBothTexts(string old, string now)
    {
        var runs = SourceDiff.Words(old, now);

        Assert.Equal(old, OldSide(runs));
        Assert.Equal(now, NewSide(runs));
        Assert.All(runs, r => Assert.NotEqual(string.Empty, r.Text));
        Assert.All(runs.Zip(runs.Skip(1)), p => Assert.False(p.First.Kind == p.Second.Kind && p.First.Kind == DiffRunKind.Same));
    }

    [Fact]
    public void Words_LongTexts_FastAndStillExact()
    {
        var words = Enumerable.Range(0, 1_800).Select(i => $"word{i % 97}").ToList();
        var old = string.Join(' ', words);
        var now = string.Join(' ', words.Select((w, i) => i % 50 == 0 ? "changed" : w));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var runs = SourceDiff.Words(old, now);
        watch.Stop();

        Assert.Equal(old, OldSide(runs));
        Assert.Equal(now, NewSide(runs));
        Assert.Equal(36, runs.Count(r => r.Kind == DiffRunKind.Inserted));
        Assert.True(watch.ElapsedMilliseconds < 2_000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Words_BeyondTheCellLimit_MiddleAsOneDeletionAndInsertion()
    {
        var old = "start " + string.Join(' ', Enumerable.Range(0, 4_100).Select(i => $"a{i}")) + " end";
        var now = "start " + string.Join(' ', Enumerable.Range(0, 4_100).Select(i => $"b{i}")) + " end";

        var runs = SourceDiff.Words(old, now);

        Assert.Equal([DiffRunKind.Same, DiffRunKind.Deleted, DiffRunKind.Inserted, DiffRunKind.Same], runs.Select(r => r.Kind));
        Assert.Equal(old, OldSide(runs));
        Assert.Equal(now, NewSide(runs));
    }
}
