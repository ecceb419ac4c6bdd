using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

public sealed class SwimlaneLayoutTests
{
    [Fact]
    public void X_PeriodEnds_FallInsideThePlot()
    {
        var layout = new SwimlaneLayout(new(2024, 1, 1), new(2024, 12, 31), 3);

        Assert.InRange(layout.X(layout.From), layout.PlotLeft, layout.PlotLeft + 2);
        Assert.InRange(layout.X(layout.To), layout.PlotRight - 2, layout.PlotRight);
        Assert.True(layout.X(new(2024, 6, 1)) < layout.X(new(2024, 6, 2)));
    }

    [Theory]
    [InlineData("Police")]
    [InlineData("Northshire Community Health NHS Foundation Trust")]
    [InlineData("Westbury and District Children's Social Care, Early Help and Family Support Service")]
    public void Labels_NeverReachTheFirstMark(string longest)
    {
        foreach (var (from, to) in new[] { (new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 7)), (new DateOnly(2020, 1, 1), new DateOnly(2024, 12, 31)) })
        {
            var layout = new SwimlaneLayout(from, to, 3, ["GP", longest, "School"]);

            var labelRight = SwimlaneLayout.LabelLeft + layout.LabelLines(longest).Max(SwimlaneLayout.LabelExtent);
            var firstMarkLeft = layout.X(layout.From) - SwimlaneLayout.MarkRadius;

            Assert.True(labelRight + SwimlaneLayout.LabelGap <= layout.LabelWidth, $"label ends at {labelRight}, column {layout.LabelWidth}");
            Assert.True(layout.LabelWidth <= firstMarkLeft, $"column {layout.LabelWidth}, first mark from {firstMarkLeft}");
        }
    }

    [Fact]
    public void LabelWidth_FitsTheLongestLabel_WithinLimits()
    {
        var shortOnes = new SwimlaneLayout(new(2024, 1, 1), new(2024, 12, 31), 2, ["GP", "Police"]);
        var longer = new SwimlaneLayout(new(2024, 1, 1), new(2024, 12, 31), 2, ["GP", "Northshire Community Health NHS Foundation Trust"]);
        var veryLong = new SwimlaneLayout(new(2024, 1, 1), new(2024, 12, 31), 1, [new string('W', 200)]);

        Assert.Equal(SwimlaneLayout.MinLabelWidth, shortOnes.LabelWidth);
        Assert.Equal(["Northshire Community Health", "NHS Foundation Trust"], longer.LabelLines("Northshire Community Health NHS Foundation Trust"));
        Assert.Equal(SwimlaneLayout.MaxLabelWidth, veryLong.LabelWidth);
    }

    [Fact]
    public void LabelLines_TooLongForTwoLines_SecondIsCutAtAWordWithAnEllipsis()
    {
        var name = "Westbury and District Children's Social Care, Early Help and Family Support Service";
        var layout = new SwimlaneLayout(new(2024, 1, 1), new(2024, 12, 31), 1, [name]);

        var lines = layout.LabelLines(name);

        Assert.Equal(2, lines.Count);
        Assert.Equal("Westbury and District", lines[0]);
        Assert.EndsWith("\u2026", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(" \u2026", lines[1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= layout.MaxLabelChars, l));
    }

    [Fact]
    public void Height_GrowsWithLanes()
    {
        var one = new SwimlaneLayout(new(2024, 1, 1), new(2024, 2, 1), 1);
        var four = new SwimlaneLayout(new(2024, 1, 1), new(2024, 2, 1), 4);

        Assert.Equal(3 * SwimlaneLayout.LaneHeight, four.Height - one.Height);
        Assert.Equal(four.LaneTop(2) + (SwimlaneLayout.LaneHeight / 2), four.LaneMiddle(2));
    }

    [Fact]
    public void Ticks_AYear_MonthTicksWithTheYearAtJanuary()
    {
        var ticks = new SwimlaneLayout(new(2023, 12, 1), new(2024, 11, 30), 2).Ticks();

        Assert.Equal(12, ticks.Count);
        Assert.Equal("Dec", ticks[0].Label);
        Assert.Equal("Jan 2024", ticks[1].Label);
        Assert.True(ticks[1].IsYear);
    }

    [Fact]
    public void Ticks_FiveYears_YearTicks()
    {
        var ticks = new SwimlaneLayout(new(2020, 3, 1), new(2025, 2, 28), 2).Ticks();

        Assert.Equal(["2021", "2022", "2023", "2024", "2025"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void Ticks_AMonth_WeeklyTicks()
    {
        var ticks = new SwimlaneLayout(new(2024, 3, 1), new(2024, 3, 31), 2).Ticks();

        Assert.Equal(5, ticks.Count);
        Assert.Equal("1 Mar", ticks[0].Label);
    }

    [Fact]
    public void Zoom_InHalvesAndOutDoubles_AboutTheMiddle()
    {
        var layout = new SwimlaneLayout(new(2024, 1, 1), new(2024, 12, 31), 1);

        var (inFrom, inTo) = layout.ZoomIn();
        var (outFrom, outTo) = layout.ZoomOut();

        Assert.InRange(inTo.DayNumber - inFrom.DayNumber, 180, 186);
        Assert.True(inFrom > layout.From && inTo < layout.To);
        Assert.InRange(outTo.DayNumber - outFrom.DayNumber, 725, 735);
    }

    [Fact]
    public void Whole_RoundsToWholeMonths()
    {
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 4, 30)), SwimlaneLayout.Whole(new(2024, 2, 14), new(2024, 4, 2)));
    }

    [Fact]
    public void Constructor_BackwardsPeriod_TurnedRound()
    {
        var layout = new SwimlaneLayout(new(2024, 5, 1), new(2024, 1, 1), 1);

        Assert.True(layout.From < layout.To);
    }
}
