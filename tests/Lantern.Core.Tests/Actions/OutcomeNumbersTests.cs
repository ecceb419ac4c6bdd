using System.Globalization;
using Lantern.Core.Actions;

namespace Lantern.Core.Tests.Actions;

public sealed class OutcomeNumbersTests
{
    [Theory]
    [InlineData("12", null, "12")]
    [InlineData("12.5", null, "12.5")]
    [InlineData(" 1,200 ", null, "1200")]
    [InlineData("1,234,567.25", null, "1234567.25")]
    [InlineData("45%", "%", "45")]
    [InlineData("45 %", "per cent", "45")]
    [InlineData("\u22123", null, "-3")]
    [InlineData("\u2013 3", null, "-3")]
    [InlineData("-0.5", "days", "-0.5")]
    [InlineData("+7", null, "7")]
    [InlineData(".5", null, "0.5")]
    [InlineData("\u00A012\u00A0", null, "12")]
    [InlineData("0.1234", null, "0.1234")]
    [InlineData("12.50000", null, "12.5")]
    [InlineData("1000000000", null, "1000000000")]
    public void Read_WhatPeopleType_Read(string text, string? unit, string expected)
    {
        Assert.Equal(NumberProblem.None, OutcomeNumbers.Read(text, unit, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData(null, NumberProblem.Missing)]
    [InlineData("", NumberProblem.Missing)]
    [InlineData("   ", NumberProblem.Missing)]
    [InlineData("n/a", NumberProblem.NotANumber)]
    [InlineData("about 10", NumberProblem.NotANumber)]
    [InlineData("10ish", NumberProblem.NotANumber)]
    [InlineData("1,2", NumberProblem.NotANumber)]
    [InlineData("12,34", NumberProblem.NotANumber)]
    [InlineData("1 200", NumberProblem.NotANumber)]
    [InlineData("1e3", NumberProblem.NotANumber)]
    [InlineData("(3)", NumberProblem.NotANumber)]
    [InlineData("--3", NumberProblem.NotANumber)]
    [InlineData("%", NumberProblem.NotANumber)]
    [InlineData("\u0663", NumberProblem.NotANumber)]
    [InlineData("10-12", NumberProblem.Range)]
    [InlineData("10 \u2013 12", NumberProblem.Range)]
    [InlineData("10 to 12", NumberProblem.Range)]
    [InlineData("-5 - -2", NumberProblem.Range)]
    [InlineData("£1,000", NumberProblem.Currency)]
    [InlineData("1000 \u20AC", NumberProblem.Currency)]
    [InlineData("45%", NumberProblem.UnexpectedPercent)]
    [InlineData("12.34567", NumberProblem.TooManyDecimalPlaces)]
    [InlineData("1,000,000,001", NumberProblem.TooLarge)]
    [InlineData("-99999999999999999999999999999999", NumberProblem.TooLarge)]
    public void Read_NotAFigure_Refused(string? text, NumberProblem problem)
    {
        Assert.Equal(problem, OutcomeNumbers.Read(text, "referrals", out var value));
        Assert.Equal(0m, value);
    }

    [Fact]
    public void Read_MinusZero_IsZero()
    {
        OutcomeNumbers.Read("-0", null, out var value);

        Assert.Equal("0", OutcomeNumbers.Format(value, null));
    }

    [Theory]
    [InlineData("1200", null, "1,200")]
    [InlineData("-3.25", null, "-3.25")]
    [InlineData("45", "%", "45%")]
    [InlineData("45.50", "Percentage", "45.5%")]
    [InlineData("12", " days ", "12 days")]
    public void Format_AsPeopleReadIt(string value, string? unit, string expected)
    {
        Assert.Equal(expected, OutcomeNumbers.Format(decimal.Parse(value, CultureInfo.InvariantCulture), unit));
    }

    [Fact]
    public void Message_NamesTheFigure_InGovukStyle()
    {
        Assert.Equal("Enter the baseline", NumberProblem.Missing.Message("baseline"));
        Assert.Equal("Enter one number for the value, not a range", NumberProblem.Range.Message("value"));
        Assert.Equal("The target must be a number, like 12, 12.5 or 1,200", NumberProblem.NotANumber.Message("target"));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberProblem.None.Message("value"));
    }
}
