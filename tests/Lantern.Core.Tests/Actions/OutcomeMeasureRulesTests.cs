using Lantern.Core.Actions;

namespace Lantern.Core.Tests.Actions;

public sealed class OutcomeMeasureRulesTests
{
    private static readonly DateOnly Today = new(2027, 6, 15);

    private static OutcomeMeasureInput Complete() => new(
        "Days from a strategy discussion to the child being seen", "Children's social care case records, monthly", "days",
        " 14 ", new(2027, 1, 31), "7", false);

    [Fact]
    public void Check_CompleteMeasure_ReadsBaselineAndTarget()
    {
        var entry = OutcomeMeasureRules.Check(Complete(), Today);

        Assert.True(entry.IsValid);
        Assert.Equal(((decimal?)14m, (decimal?)7m), (entry.Baseline, entry.Target));
    }

    [Fact]
    public void Check_Blank_AsksForEachAnswer()
    {
        var entry = OutcomeMeasureRules.Check(new OutcomeMeasureInput(" ", null, null, "", null, null, null), Today);

        Assert.Equal(
            [
                ("Measure", "Enter what will show whether children's experience has changed"),
                ("Source", "Enter where the figures will come from"),
                ("Baseline", "Enter the baseline"),
                ("Target", "Enter the target"),
                ("HigherIsBetter", "Select whether a higher or a lower figure is better"),
            ],
            entry.Problems);
    }

    [Fact]
    public void Check_MessyFigures_ReadOrRefusedLikeReadings()
    {
        var entry = OutcomeMeasureRules.Check(Complete() with { Unit = "%", Baseline = "45%", Target = "80 - 90", HigherIsBetter = true }, Today);

        Assert.Equal((decimal?)45m, entry.Baseline);
        Assert.Equal([("Target", "Enter one number for the target, not a range")], entry.Problems);
    }

    [Fact]
    public void Check_TargetTheWrongWay_Refused()
    {
        Assert.Equal([("Target", "The target must be the same as or lower than the baseline, as a lower figure is better")],
            OutcomeMeasureRules.Check(Complete() with { Target = "21" }, Today).Problems);
        Assert.Equal([("Target", "The target must be the same as or higher than the baseline, as a higher figure is better")],
            OutcomeMeasureRules.Check(Complete() with { HigherIsBetter = true }, Today).Problems);
    }

    [Fact]
    public void Check_TargetEqualToBaseline_AllowedForHoldingSteady()
    {
        Assert.True(OutcomeMeasureRules.Check(Complete() with { Target = "14.0" }, Today).IsValid);
    }

    [Fact]
    public void Check_NegativeFigures_Compared()
    {
        var input = Complete() with { Unit = null, Baseline = "\u22124", Target = "-2", HigherIsBetter = true };

        Assert.True(OutcomeMeasureRules.Check(input, Today).IsValid);
        Assert.Equal(["Target"], OutcomeMeasureRules.Check(input with { HigherIsBetter = false }, Today).Problems.Select(p => p.Field));
    }

    [Fact]
    public void Check_BaselineDate_NotInTheFuture_NorAfterTheFirstReading()
    {
        Assert.Equal([("BaselineOn", "The date of the baseline must be today or in the past")],
            OutcomeMeasureRules.Check(Complete() with { BaselineOn = Today.AddDays(1) }, Today).Problems);
        Assert.Equal([("BaselineOn", "The date of the baseline must be the same as or before the first reading, 28 February 2027")],
            OutcomeMeasureRules.Check(Complete() with { BaselineOn = new(2027, 3, 1) }, Today, new DateOnly(2027, 2, 28)).Problems);
        Assert.True(OutcomeMeasureRules.Check(Complete() with { BaselineOn = null }, Today, new DateOnly(2027, 2, 28)).IsValid);
    }

    [Fact]
    public void Check_TooLong_Refused()
    {
        var input = Complete() with
        {
            Measure = new string('m', OutcomeMeasure.MeasureMaxLength + 1),
            Source = new string('s', OutcomeMeasure.SourceMaxLength + 1),
            Unit = new string('u', OutcomeMeasure.UnitMaxLength + 1),
        };

        Assert.Equal(["Measure", "Source", "Unit"], OutcomeMeasureRules.Check(input, Today).Problems.Select(p => p.Field));
    }
}
