using Lantern.Core.Deadlines;

namespace Lantern.Core.Tests.Deadlines;

/// <summary>One-off changes a partnership records, on top of the rules and the published changes.</summary>
public sealed class HolidayAdjustmentTests
{
    private const HolidayCalendar England = HolidayCalendar.EnglandAndWales;
    private static readonly DateOnly Aware = new(2026, 12, 23); // a Wednesday
    private static readonly DateOnly ChristmasEve = new(2026, 12, 24);
    private static readonly DateOnly BoxingDaySubstitute = new(2026, 12, 28);

    private static WorkingCalendar With(HolidayCalendar calendar, params HolidayAdjustment[] local) =>
        new(calendar, [.. HolidayAdjustment.Published, .. local]);

    private static HolidayAdjustment Change(DateOnly date, AdjustmentKind kind, HolidayCalendar calendar = England) =>
        new(date, calendar, kind, "Recorded by the partnership");

    [Fact]
    public void WithoutLocalChanges_NotificationIsDueMonday4January() =>
        Assert.Equal(new DateOnly(2027, 1, 4), With(England).AddWorkingDays(Aware, 5));

    [Fact]
    public void AddedDay_IsABankHoliday_AndPushesTheDeadlineBack()
    {
        var calendar = With(England, Change(ChristmasEve, AdjustmentKind.Add));

        Assert.True(calendar.IsBankHoliday(ChristmasEve));
        Assert.False(calendar.IsWorkingDay(ChristmasEve));
        Assert.Contains(ChristmasEve, calendar.BankHolidays(2026));
        // 24 Dec no longer counts: 29, 30, 31 Dec, 4 and 5 Jan.
        Assert.Equal(new DateOnly(2027, 1, 5), calendar.AddWorkingDays(Aware, 5));
        Assert.Equal(4, calendar.WorkingDaysBetween(Aware, new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public void RemovedDay_IsAWorkingDay_AndBringsTheDeadlineForward()
    {
        var calendar = With(England, Change(BoxingDaySubstitute, AdjustmentKind.Remove));

        Assert.False(calendar.IsBankHoliday(BoxingDaySubstitute));
        Assert.True(calendar.IsWorkingDay(BoxingDaySubstitute));
        Assert.DoesNotContain(BoxingDaySubstitute, calendar.BankHolidays(2026));
        Assert.Equal(7, calendar.BankHolidays(2026).Count);
        // 24, 28, 29, 30, 31 Dec.
        Assert.Equal(new DateOnly(2026, 12, 31), calendar.AddWorkingDays(Aware, 5));
    }

    [Fact]
    public void AddedDay_IsSortedIntoTheYear()
    {
        var extra = new DateOnly(2026, 9, 15);
        var holidays = With(England, Change(extra, AdjustmentKind.Add)).BankHolidays(2026);

        Assert.Equal(9, holidays.Count);
        Assert.Equal(holidays.Order(), holidays);
        Assert.Equal(extra, holidays[6]); // after 31 August, before Christmas
    }

    [Fact]
    public void AdjustmentForAnotherCalendar_HasNoEffect()
    {
        var calendar = With(
            England,
            Change(ChristmasEve, AdjustmentKind.Add, HolidayCalendar.Scotland),
            Change(BoxingDaySubstitute, AdjustmentKind.Remove, HolidayCalendar.NorthernIreland));

        Assert.Equal(WorkingCalendar.Standard(England).BankHolidays(2026), calendar.BankHolidays(2026));
        Assert.True(calendar.IsWorkingDay(ChristmasEve));
        Assert.True(calendar.IsBankHoliday(BoxingDaySubstitute));
        Assert.Equal(new DateOnly(2027, 1, 4), calendar.AddWorkingDays(Aware, 5));
    }

    [Fact]
    public void AdjustmentForAnotherCalendar_AppliesThere()
    {
        var scotland = With(HolidayCalendar.Scotland, Change(ChristmasEve, AdjustmentKind.Add, HolidayCalendar.Scotland));

        Assert.True(scotland.IsBankHoliday(ChristmasEve));
    }

    [Fact]
    public void SameDate_LaterAdjustmentWins()
    {
        var addedThenRemoved = With(England, Change(ChristmasEve, AdjustmentKind.Add), Change(ChristmasEve, AdjustmentKind.Remove));
        var removedThenAdded = With(England, Change(ChristmasEve, AdjustmentKind.Remove), Change(ChristmasEve, AdjustmentKind.Add));

        Assert.False(addedThenRemoved.IsBankHoliday(ChristmasEve));
        Assert.True(removedThenAdded.IsBankHoliday(ChristmasEve));
    }

    [Fact]
    public void SameDate_LaterAdjustmentWins_EvenAgainstARuleDate()
    {
        var removedThenRestored = With(England, Change(BoxingDaySubstitute, AdjustmentKind.Remove), Change(BoxingDaySubstitute, AdjustmentKind.Add));
        var restoredThenRemoved = With(England, Change(BoxingDaySubstitute, AdjustmentKind.Add), Change(BoxingDaySubstitute, AdjustmentKind.Remove));

        Assert.True(removedThenRestored.IsBankHoliday(BoxingDaySubstitute));
        Assert.False(restoredThenRemoved.IsBankHoliday(BoxingDaySubstitute));
    }

    [Fact]
    public void LocalChange_CanUndoAPublishedOne()
    {
        // The published list removes 4 May 2020 (moved to 8 May); a later local change adding it back wins.
        var calendar = With(England, Change(new DateOnly(2020, 5, 4), AdjustmentKind.Add), Change(new DateOnly(2020, 5, 8), AdjustmentKind.Remove));

        Assert.True(calendar.IsBankHoliday(new DateOnly(2020, 5, 4)));
        Assert.False(calendar.IsBankHoliday(new DateOnly(2020, 5, 8)));
        Assert.Equal(BankHolidays.ByRule(England, 2020), calendar.BankHolidays(2020));
    }

    [Fact]
    public void NoAdjustments_GivesTheRulesOnly()
    {
        var calendar = new WorkingCalendar(England, []);

        Assert.Equal(BankHolidays.ByRule(England, 2022), calendar.BankHolidays(2022));
        Assert.True(calendar.IsBankHoliday(new DateOnly(2022, 5, 30)));
        Assert.False(calendar.IsBankHoliday(new DateOnly(2022, 9, 19)));
    }

    [Fact]
    public void AdjustmentInAnotherYear_DoesNotLeakIntoThisOne()
    {
        var calendar = With(England, Change(new DateOnly(2027, 12, 24), AdjustmentKind.Add));

        Assert.Equal(WorkingCalendar.Standard(England).BankHolidays(2026), calendar.BankHolidays(2026));
        Assert.Contains(new DateOnly(2027, 12, 24), calendar.BankHolidays(2027));
    }

    [Fact]
    public void RemovingADayThatIsNotAHoliday_ChangesNothing()
    {
        var calendar = With(England, Change(ChristmasEve, AdjustmentKind.Remove));

        Assert.Equal(WorkingCalendar.Standard(England).BankHolidays(2026), calendar.BankHolidays(2026));
    }

    [Fact]
    public void HolidayChange_ToAdjustment_CopiesEveryField()
    {
        var change = new HolidayChange
        {
            Date = ChristmasEve,
            Calendar = HolidayCalendar.NorthernIreland,
            Kind = AdjustmentKind.Remove,
            Reason = "Local agreement",
        };

        Assert.Equal(new HolidayAdjustment(ChristmasEve, HolidayCalendar.NorthernIreland, AdjustmentKind.Remove, "Local agreement"), change.ToAdjustment());
    }
}
