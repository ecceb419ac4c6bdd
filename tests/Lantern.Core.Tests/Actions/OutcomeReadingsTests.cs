using Lantern.Core.Actions;

namespace Lantern.Core.Tests.Actions;

public sealed class OutcomeReadingsTests
{
    private static readonly DateOnly Today = new(2027, 6, 15);

    private static OutcomeMeasure Measure(string? unit = "%", DateOnly? baselineOn = null) => new()
    {
        Measure = "Pre-birth referrals made before 20 weeks",
        Source = "Midwifery audit",
        Unit = unit,
        Baseline = 45,
        BaselineOn = baselineOn ?? new DateOnly(2027, 1, 31),
        Target = 80,
        HigherIsBetter = true,
    };

    [Theory]
    [InlineData("31/03/2027", " 62% ")]
    [InlineData("2027-03-31", "62")]
    [InlineData("31 March 2027", "62.0")]
    [InlineData("31/3/27", "62")]
    public void Parse_DateAndValueAsTyped_Read(string date, string value)
    {
        var entry = OutcomeReadings.Parse(date, value, Measure(), Today);

        Assert.True(entry.IsValid);
        Assert.Equal(((DateOnly?)new DateOnly(2027, 3, 31), (decimal?)62m), (entry.TakenOn, entry.Value));
    }

    [Fact]
    public void Parse_NoDate_Refused_ValueStillRead()
    {
        var entry = OutcomeReadings.Parse("  ", "62", Measure(), Today);

        Assert.Equal([("TakenOn", "Enter the date the reading was taken")], entry.Problems);
        Assert.Equal(62m, entry.Value);
    }

    [Theory]
    [InlineData("31/02/2027", "31/02/2027 is not a real date")]
    [InlineData("last week", "is not a date Lantern can read")]
    [InlineData("March 2027", "Enter the day the reading was taken, not only the month")]
    public void Parse_UnreadableDate_RefusedWithTheReason(string date, string message)
    {
        var problem = Assert.Single(OutcomeReadings.Parse(date, "62", Measure(), Today).Problems);

        Assert.Equal("TakenOn", problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n/a", "The value must be a number, like 12, 12.5 or 1,200")]
    [InlineData("about 60", "The value must be a number, like 12, 12.5 or 1,200")]
    [InlineData("60-65", "Enter one number for the value, not a range")]
    [InlineData("", "Enter the value")]
    [InlineData("£60", "Enter the value as a number without a currency sign, like 1000")]
    public void Parse_ValueNotANumber_RefusedWithAClearMessage(string value, string message)
    {
        var entry = OutcomeReadings.Parse("31/03/2027", value, Measure(), Today);

        Assert.Equal([("Value", message)], entry.Problems);
        Assert.Null(entry.Value);
    }

    [Fact]
    public void Parse_PercentSignForACount_Refused()
    {
        var entry = OutcomeReadings.Parse("31/03/2027", "12%", Measure(unit: "referrals"), Today);

        Assert.Equal(["Value"], entry.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Check_Tomorrow_Refused_Today_Accepted()
    {
        Assert.Equal([("TakenOn", "The date of the reading must be today or in the past")], OutcomeReadings.Check(Today.AddDays(1), "62", Measure(), Today).Problems);
        Assert.True(OutcomeReadings.Check(Today, "62", Measure(), Today).IsValid);
    }

    [Fact]
    public void Check_BeforeTheBaselineDate_Refused_OnIt_Accepted()
    {
        var measure = Measure(baselineOn: new(2027, 1, 31));

        Assert.Equal([("TakenOn", "The date of the reading must be the same as or after the date of the baseline, 31 January 2027")],
            OutcomeReadings.Check(new(2027, 1, 30), "50", measure, Today).Problems);
        Assert.True(OutcomeReadings.Check(new(2027, 1, 31), "50", measure, Today).IsValid);
    }

    [Fact]
    public void Check_NoBaselineDate_AnyPastDateAccepted()
    {
        var measure = Measure();
        measure.BaselineOn = null;

        Assert.True(OutcomeReadings.Check(new(2019, 4, 1), "50", measure, Today).IsValid);
    }

    [Fact]
    public void Check_NoteTooLong_Refused()
    {
        var entry = OutcomeReadings.Check(Today, "62", Measure(), Today, new string('n', OutcomeReading.NoteMaxLength + 1));

        Assert.Equal([("Note", "The note must be 1,000 characters or fewer")], entry.Problems);
    }

    [Fact]
    public void Parse_BothMissing_BothReported_DateFirst()
    {
        Assert.Equal(["TakenOn", "Value"], OutcomeReadings.Parse(null, null, Measure(), Today).Problems.Select(p => p.Field));
        Assert.Equal(["TakenOn", "Value"], OutcomeReadings.Parse("Q1", "lots", Measure(), Today).Problems.Select(p => p.Field));
    }
}
