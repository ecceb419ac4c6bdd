using Lantern.Core.Information;
using Lantern.Core.Information.Import;

namespace Lantern.Core.Tests.Information;

public sealed class RowValidatorTests
{
    // Date, Time, Date precision, Event type, Description, People involved, Author role, Source record reference
    private static readonly IReadOnlyDictionary<string, int> Standard = ChronologyColumns.AutoMap(
        ["Date", "Time", "Date precision", "Event type", "Description", "People involved", "Author role", "Source record reference"]).Columns;

    private static RowCheck Check(string date, string description = "Seen at home", string type = "Home visit", string time = "", string precision = "",
        DateOnly? incident = null) =>
        new RowValidator(Standard, incident).Check(7, [date, time, precision, type, description, "Alex Sample", "Health visitor", "HV-7"]);

    [Theory]
    [InlineData("31/01/2024", 2024, 1, 31)]
    [InlineData("3/2/24", 2024, 2, 3)]
    [InlineData("03-02-2024", 2024, 2, 3)]
    [InlineData("03.02.2024", 2024, 2, 3)]
    [InlineData("2024-02-03", 2024, 2, 3)]
    [InlineData("3 February 2024", 2024, 2, 3)]
    [InlineData("3 Feb 2024", 2024, 2, 3)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    [InlineData("2024-02-03 00:00", 2024, 2, 3)]
    public void Check_UkDayFormats_AreRead(string text, int year, int month, int day)
    {
        var check = Check(text);

        Assert.True(check.IsValid, string.Join("; ", check.Problems));
        Assert.Equal(new DateOnly(year, month, day), check.Row!.Date);
        Assert.Equal(DatePrecision.Day, check.Row.Precision);
        Assert.Equal(7, check.Row.RowNumber);
    }

    [Theory]
    [InlineData("03/2024")]
    [InlineData("2024-03")]
    [InlineData("March 2024")]
    public void Check_MonthOnly_IsMonthPrecisionOnTheFirst(string text)
    {
        var check = Check(text);

        Assert.Equal((new DateOnly(2024, 3, 1), DatePrecision.Month), (check.Row!.Date, check.Row.Precision));
    }

    [Fact]
    public void Check_MonthOnlyButPrecisionDay_AsksForTheDay()
    {
        var problem = Assert.Single(Check("03/2024", precision: "day").Problems);

        Assert.Equal(new CellProblem("date", "03/2024 has no day. Give the day, or put \u201Cmonth\u201D in the date precision column"), problem);
    }

    [Theory]
    [InlineData("31/02/2024", "31/02/2024 is not a real date")]
    [InlineData("29/02/2023", "29/02/2023 is not a real date")]
    [InlineData("00/01/2024", "00/01/2024 is not a real date")]
    [InlineData("12/13/2024", "12/13/2024 is not a real date")]
    [InlineData("next Tuesday", "\u201Cnext Tuesday\u201D is not a date Lantern can read. Write it as day/month/year, for example 31/01/2024, or month/year for a month")]
    [InlineData("", "Enter the date")]
    public void Check_ImpossibleOrMissingDates_SayWhy(string text, string message)
    {
        var check = Check(text);

        Assert.Null(check.Row);
        Assert.Equal(new CellProblem("date", message), Assert.Single(check.Problems));
    }

    [Fact]
    public void Check_EmptyType_IsAProblem_EmptyDescriptionOnlyAWarningThatFlagsTheRow()
    {
        var noType = Check("03/02/2024", description: "  ", type: "");
        Assert.Equal([new CellProblem("event-type", "Enter the event type, for example Home visit")], noType.Problems);

        var noDescription = Check("03/02/2024", description: "  ");
        Assert.True(noDescription.IsValid);
        Assert.Equal(string.Empty, noDescription.Row!.Description);
        Assert.Equal(EntryFlags.EmptyDescription, noDescription.Row.Flags);
        Assert.Equal("description", Assert.Single(noDescription.Warnings).Column);
    }

    [Fact]
    public void Check_DatesOutsideThePeriodOrAfterTheIncident_AreFlaggedEachWithAWarning()
    {
        var validator = new RowValidator(Standard, new DateOnly(2024, 3, 1), new DateOnly(2023, 6, 1), new DateOnly(2024, 2, 29));
        static string[] Row(string date, string description = "Seen") => [date, "", "", "Home visit", description, "", "", ""];

        Assert.Equal(EntryFlags.None, validator.Check(1, Row("15/01/2024")).Row!.Flags);
        Assert.Equal(EntryFlags.OutsideReviewPeriod, validator.Check(2, Row("31/05/2023")).Row!.Flags);
        Assert.Equal(EntryFlags.None, validator.Check(3, Row("01/06/2023")).Row!.Flags);
        Assert.Equal(EntryFlags.None, validator.Check(4, Row("29/02/2024")).Row!.Flags);
        var late = validator.Check(5, Row("02/03/2024", ""));
        Assert.Equal(EntryFlags.AfterIncident | EntryFlags.OutsideReviewPeriod | EntryFlags.EmptyDescription, late.Row!.Flags);
        Assert.Equal(3, late.Warnings.Count);
        Assert.Contains("outside the period under review (1 June 2023 to 29 February 2024)", late.Warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DateAfterTheIncident_IsAWarningNotAnError()
    {
        var check = Check("05/02/2024", incident: new DateOnly(2024, 2, 4));

        Assert.True(check.IsValid);
        Assert.NotNull(check.Row);
        Assert.Equal(
            new CellProblem("date", "This is after the incident on 4 February 2024. Check the date; the row will still be added"),
            Assert.Single(check.Warnings));
        Assert.Empty(Check("04/02/2024", incident: new DateOnly(2024, 2, 4)).Warnings);
    }

    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData("9:05", 9, 5)]
    [InlineData("0930", 9, 30)]
    [InlineData("2:15pm", 14, 15)]
    public void Check_Times_AreRead(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), Check("03/02/2024", time: text).Row!.Time);

    [Fact]
    public void Check_BadTimeAndPrecision_SayWhy()
    {
        var check = Check("03/02/2024", time: "25:00", precision: "roughly");

        Assert.Equal(
            [
                new CellProblem("time", "\u201C25:00\u201D is not a time. Use the 24-hour clock, for example 14:30"),
                new CellProblem("precision", "The date precision must be day, month or approximate"),
            ],
            check.Problems);
    }

    [Fact]
    public void Check_ApproximateDate_KeepsTheDayAndListedTypeSpelling()
    {
        var row = Check("15/06/2023", precision: "approx", type: "home VISIT").Row!;

        Assert.Equal((new DateOnly(2023, 6, 15), DatePrecision.Approximate, "Home visit"), (row.Date, row.Precision, row.EventType));
        Assert.Equal(("Alex Sample", "Health visitor", "HV-7"), (row.PeopleInvolved, row.AuthorRole, row.SourceReference));
    }

    [Fact]
    public void Check_TooLongDescription_IsRefused() =>
        Assert.Equal("description", Assert.Single(Check("03/02/2024", description: new string('a', 8001)).Problems).Column);

    [Fact]
    public void Check_ShortRow_TreatsMissingCellsAsEmpty()
    {
        var check = new RowValidator(Standard, null).Check(1, ["03/02/2024"]);

        Assert.Equal(["event-type"], check.Problems.Select(p => p.Column));
    }
}
