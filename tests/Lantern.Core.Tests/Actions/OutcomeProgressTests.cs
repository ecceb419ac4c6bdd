using Lantern.Core.Actions;

namespace Lantern.Core.Tests.Actions;

public sealed class OutcomeProgressTests
{
    private static readonly DateTime Recorded = new(2027, 7, 1, 9, 0, 0, DateTimeKind.Utc);

    private static OutcomeMeasure Measure(decimal baseline, decimal target, bool higherIsBetter, string? unit = null) =>
        new() { Measure = "Measure", Source = "Audit", Unit = unit, Baseline = baseline, Target = target, HigherIsBetter = higherIsBetter };

    private static OutcomeReading Reading(int year, int month, int day, decimal value, int minutesLater = 0) =>
        new() { Id = Guid.NewGuid(), TakenOn = new(year, month, day), Value = value, RecordedAt = Recorded.AddMinutes(minutesLater) };

    [Fact]
    public void Of_NoReadings_NothingToJudge()
    {
        var progress = OutcomeProgress.Of(Measure(45, 80, true), []);

        Assert.Equal(new OutcomeProgress(null, null, null, false), progress);
        Assert.Equal("No readings yet. The baseline is 45 and the target 80.", progress.Describe(Measure(45, 80, true)));
    }

    [Fact]
    public void Of_ReadingsOutOfOrder_LatestIsTheLastTaken()
    {
        var latest = Reading(2027, 6, 30, 62);

        var progress = OutcomeProgress.Of(Measure(45, 80, true), [Reading(2027, 3, 31, 50), latest, Reading(2027, 4, 30, 81)]);

        Assert.Same(latest, progress.Latest);
        Assert.Equal((17m, Movement.Better, false), (progress.ChangeFromBaseline, progress.Movement, progress.TargetMet));
    }

    [Fact]
    public void Of_TwoOnTheSameDay_TheLaterRecordedIsTheCorrection()
    {
        var correction = Reading(2027, 6, 30, 64, minutesLater: 30);

        Assert.Same(correction, OutcomeProgress.Of(Measure(45, 80, true), [correction, Reading(2027, 6, 30, 46)]).Latest);
    }

    [Theory]
    [InlineData(true, 80, true)]
    [InlineData(true, 79.9, false)]
    [InlineData(true, 95, true)]
    [InlineData(false, 80, true)]
    [InlineData(false, 80.1, false)]
    [InlineData(false, 12, true)]
    public void Of_TargetMet_RespectsWhichWayIsBetter(bool higherIsBetter, decimal latest, bool met)
    {
        var measure = higherIsBetter ? Measure(45, 80, true) : Measure(120, 80, false);

        Assert.Equal(met, OutcomeProgress.Of(measure, [Reading(2027, 6, 30, latest)]).TargetMet);
    }

    [Theory]
    [InlineData(true, 50, Movement.Better)]
    [InlineData(true, 40, Movement.Worse)]
    [InlineData(false, 40, Movement.Better)]
    [InlineData(false, 50, Movement.Worse)]
    [InlineData(false, 45, Movement.NoChange)]
    public void Of_Movement_RespectsWhichWayIsBetter(bool higherIsBetter, decimal latest, Movement movement)
    {
        var progress = OutcomeProgress.Of(Measure(45, higherIsBetter ? 80 : 10, higherIsBetter), [Reading(2027, 6, 30, latest)]);

        Assert.Equal((movement, latest - 45), (progress.Movement, progress.ChangeFromBaseline));
    }

    [Fact]
    public void Of_NegativeFigures_ChangeAndTarget()
    {
        var measure = Measure(-4, -1, true);

        var progress = OutcomeProgress.Of(measure, [Reading(2027, 6, 30, -0.5m)]);

        Assert.Equal((3.5m, Movement.Better, true), (progress.ChangeFromBaseline, progress.Movement, progress.TargetMet));
    }

    [Fact]
    public void Describe_PercentChange_InPercentagePoints()
    {
        var measure = Measure(45, 80, true, "%");

        Assert.Equal("62% on 30 June 2027, up 17 percentage points from the baseline of 45%. The target of 80% is not met yet.",
            OutcomeProgress.Of(measure, [Reading(2027, 6, 30, 62)]).Describe(measure));
    }

    [Fact]
    public void Describe_LowerIsBetter_DownAndMet()
    {
        var measure = Measure(14, 7, false, "days");

        Assert.Equal("6.5 days on 1 July 2027, down 7.5 days from the baseline of 14 days. The target of 7 days is met.",
            OutcomeProgress.Of(measure, [Reading(2027, 7, 1, 6.5m)]).Describe(measure));
    }
}
