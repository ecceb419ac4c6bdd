using Lantern.Core.Deadlines;

namespace Lantern.Core.Tests.Deadlines;

/// <summary>Every value of every deadline enum has words, and every "All" list is complete and in order.</summary>
public sealed class DeadlineNamesTests
{
    private static void AllNamed<T>(Func<T, string> name)
        where T : struct, Enum
    {
        var names = Enum.GetValues<T>().Select(name).ToList();

        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Confidence_EveryValueHasANameAndDescription()
    {
        AllNamed<Confidence>(c => c.DisplayName());
        AllNamed<Confidence>(c => c.Description());
        Assert.Equal(Enum.GetValues<Confidence>(), ConfidenceNames.All);
        Assert.Equal("Verified", Confidence.Verified.DisplayName());
        Assert.Equal("Medium", Confidence.Medium.DisplayName());
        Assert.Equal("Unverified", Confidence.Unverified.DisplayName());
    }

    [Fact]
    public void DeadlineTrigger_EveryValueHasAName()
    {
        AllNamed<DeadlineTrigger>(t => t.DisplayName());
        // Every trigger is offered for a partnership's rules except the referral, which only Lantern's task rules count from.
        Assert.Equal(Enum.GetValues<DeadlineTrigger>().Where(t => t != DeadlineTrigger.Referred), DeadlineTriggerNames.All);
        Assert.All(Enum.GetValues<DeadlineTrigger>(), t => Assert.StartsWith("the ", t.DisplayName(), StringComparison.Ordinal));
    }

    [Fact]
    public void DeadlineUnit_EveryValueHasSingularAndPlural()
    {
        AllNamed<DeadlineUnit>(u => u.DisplayName(1));
        AllNamed<DeadlineUnit>(u => u.DisplayName(2));
        Assert.Equal(Enum.GetValues<DeadlineUnit>(), DeadlineUnitNames.All);
        Assert.All(Enum.GetValues<DeadlineUnit>(), u => Assert.NotEqual(u.DisplayName(1), u.DisplayName(2)));
    }

    [Theory]
    [InlineData(DeadlineUnit.WorkingDays, 1, "working day")]
    [InlineData(DeadlineUnit.WorkingDays, -1, "working day")]
    [InlineData(DeadlineUnit.WorkingDays, 0, "working days")]
    [InlineData(DeadlineUnit.WorkingDays, 5, "working days")]
    [InlineData(DeadlineUnit.WorkingDays, -7, "working days")]
    [InlineData(DeadlineUnit.CalendarDays, 1, "calendar day")]
    [InlineData(DeadlineUnit.CalendarDays, 28, "calendar days")]
    [InlineData(DeadlineUnit.CalendarMonths, 1, "month")]
    [InlineData(DeadlineUnit.CalendarMonths, -1, "month")]
    [InlineData(DeadlineUnit.CalendarMonths, 6, "months")]
    public void DeadlineUnit_SingularAndPlural(DeadlineUnit unit, int count, string expected) =>
        Assert.Equal(expected, unit.DisplayName(count));

    [Fact]
    public void HolidayCalendar_EveryValueHasAName()
    {
        AllNamed<HolidayCalendar>(c => c.DisplayName());
        Assert.Equal(Enum.GetValues<HolidayCalendar>(), HolidayCalendarNames.All);
        Assert.Equal("England and Wales", HolidayCalendar.EnglandAndWales.DisplayName());
        Assert.Equal("Scotland", HolidayCalendar.Scotland.DisplayName());
        Assert.Equal("Northern Ireland", HolidayCalendar.NorthernIreland.DisplayName());
    }

    [Fact]
    public void Jurisdiction_EveryValueHasANameAndACalendar()
    {
        AllNamed<Jurisdiction>(j => j.DisplayName());
        Assert.Equal(Enum.GetValues<Jurisdiction>(), JurisdictionNames.All);
        Assert.All(Enum.GetValues<Jurisdiction>(), j => Assert.Contains(j.CalendarFor(), HolidayCalendarNames.All));
    }

    [Theory]
    [InlineData(Jurisdiction.England, HolidayCalendar.EnglandAndWales)]
    [InlineData(Jurisdiction.Wales, HolidayCalendar.EnglandAndWales)]
    [InlineData(Jurisdiction.Scotland, HolidayCalendar.Scotland)]
    [InlineData(Jurisdiction.NorthernIreland, HolidayCalendar.NorthernIreland)]
    public void Jurisdiction_CalendarFor(Jurisdiction jurisdiction, HolidayCalendar expected) =>
        Assert.Equal(expected, jurisdiction.CalendarFor());

    [Fact]
    public void AdjustmentKind_EveryValueHasAName()
    {
        AllNamed<AdjustmentKind>(k => k.DisplayName());
        Assert.Equal("Extra bank holiday", AdjustmentKind.Add.DisplayName());
        Assert.Equal("Not a bank holiday", AdjustmentKind.Remove.DisplayName());
    }

    [Fact]
    public void UnknownValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Confidence)99).DisplayName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Confidence)99).Description());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DeadlineTrigger)99).DisplayName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DeadlineUnit)99).DisplayName(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((HolidayCalendar)99).DisplayName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Jurisdiction)99).DisplayName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Jurisdiction)99).CalendarFor());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((AdjustmentKind)99).DisplayName());
    }
}
