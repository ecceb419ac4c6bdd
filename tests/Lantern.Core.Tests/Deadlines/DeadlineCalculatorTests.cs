using Lantern.Core.Deadlines;

namespace Lantern.Core.Tests.Deadlines;

/// <summary>The default rules worked through by hand, and the calculator's handling of missing or wrong input.</summary>
public sealed class DeadlineCalculatorTests
{
    private static readonly WorkingCalendar England = WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales);

    private static DeadlineRule Rule(string key) => DeadlineRules.Defaults.Single(r => r.Key == key);

    private static DateOnly Due(string key, DateOnly trigger) => DeadlineCalculator.Compute(Rule(key), trigger, England)!.Due;

    private static DeadlineRule Custom(int offset, DeadlineUnit unit, HolidayCalendar calendar = HolidayCalendar.EnglandAndWales) =>
        new("test.rule", Jurisdiction.England, null, "Test rule", DeadlineTrigger.NotificationSent, offset, unit, calendar, "Test source", Confidence.Unverified);

    [Theory]
    // Wed 23 Dec 2026: Thu 24 (1), Fri 25 Christmas, Mon 28 Boxing Day substitute, Tue 29 (2), Wed 30 (3),
    // Thu 31 (4), Fri 1 Jan New Year's Day, Mon 4 Jan (5).
    [InlineData("2026-12-23", "2027-01-04")]
    // Mon 8 Jun 2026: Tue 9 to Mon 15 June, no holidays.
    [InlineData("2026-06-08", "2026-06-15")]
    // Thu 2 Apr 2026: Good Friday and Easter Monday skipped: Tue 7 (1) to Fri 10 (4), Mon 13 (5).
    [InlineData("2026-04-02", "2026-04-13")]
    // Seen on a Saturday: Mon 12 (1) to Fri 16 Jan (5).
    [InlineData("2026-01-10", "2026-01-16")]
    public void Notification_FiveWorkingDays(string aware, string due) =>
        Assert.Equal(Date(due), Due(DeadlineRules.Notification, Date(aware)));

    [Theory]
    // From Wed 23 Dec 2026: the fifth working day is Mon 4 Jan; then Tue 5 to Fri 8 (6-9), Mon 11 to Fri 15
    // (10-14), Mon 18 Jan (15).
    [InlineData("2026-12-23", "2027-01-18")]
    // Mon 1 Jun 2026: three whole weeks, no holidays.
    [InlineData("2026-06-01", "2026-06-22")]
    // Mon 20 Apr 2026: 21 Apr to 8 May, less the early May bank holiday (4 May), is 13; Mon 11 (14), Tue 12 May (15).
    [InlineData("2026-04-20", "2026-05-12")]
    public void RapidReview_FifteenWorkingDays(string aware, string due) =>
        Assert.Equal(Date(due), Due(DeadlineRules.RapidReview, Date(aware)));

    [Theory]
    [InlineData(DeadlineRules.LcsprPublication, "2026-01-15", "2026-07-15")]
    [InlineData(DeadlineRules.LcsprPublication, "2025-08-31", "2026-02-28")] // clamped to the end of February
    [InlineData(DeadlineRules.LcsprPublication, "2027-08-31", "2028-02-29")] // leap year
    [InlineData(DeadlineRules.LcsprPublication, "2026-02-01", "2026-08-01")] // a Saturday: not moved
    [InlineData(DeadlineRules.LcsprPublication, "2026-06-25", "2026-12-25")] // Christmas Day: not moved
    [InlineData(DeadlineRules.SarCompletion, "2026-03-31", "2026-09-30")]
    [InlineData(DeadlineRules.SarCompletion, "2026-12-31", "2027-06-30")]
    [InlineData(DeadlineRules.DhrCompletion, "2026-05-31", "2026-11-30")]
    [InlineData(DeadlineRules.DhrDecision, "2026-01-31", "2026-02-28")]
    [InlineData(DeadlineRules.DhrDecision, "2026-04-25", "2026-05-25")] // spring bank holiday: not moved
    [InlineData(DeadlineRules.DhrDecision, "2026-12-23", "2027-01-23")] // a Saturday
    public void CalendarMonthRules(string key, string trigger, string due) =>
        Assert.Equal(Date(due), Due(key, Date(trigger)));

    [Theory]
    // Wed 3 Jun 2026: Tue 2 (1), Mon 1 (2), Fri 29 (3), Thu 28 (4), Wed 27 (5), Tue 26 (6), Mon 25 May spring
    // bank holiday, Fri 22 May (7).
    [InlineData("2026-06-03", "2026-05-22")]
    // Mon 11 Jan 2027: Fri 8 (1) to Tue 5 (4), Mon 4 (5), Fri 1 Jan New Year's Day, Thu 31 Dec (6), Wed 30 Dec (7).
    [InlineData("2027-01-11", "2026-12-30")]
    // Planned for a Saturday (13 Jun 2026): Fri 12 (1) back to Fri 5 June (6), Thu 4 June (7).
    [InlineData("2026-06-13", "2026-06-04")]
    public void ReportToPanel_SevenWorkingDaysBeforePlannedPublication(string planned, string due) =>
        Assert.Equal(Date(due), Due(DeadlineRules.LcsprReportToPanel, Date(planned)));

    [Theory]
    [InlineData(28, "2026-11-27", "2026-12-25")] // lands on Christmas Day and stays there
    [InlineData(1, "2026-01-09", "2026-01-10")] // lands on a Saturday and stays there
    [InlineData(-3, "2026-01-12", "2026-01-09")]
    [InlineData(0, "2026-01-10", "2026-01-10")]
    public void CalendarDays_AreNotMovedOffWeekendsOrHolidays(int offset, string trigger, string due) =>
        Assert.Equal(Date(due), DeadlineCalculator.Compute(Custom(offset, DeadlineUnit.CalendarDays), Date(trigger), England)!.Due);

    [Fact]
    public void CalendarMonths_Negative_ClampsToo() =>
        Assert.Equal(new DateOnly(2026, 2, 28), DeadlineCalculator.Compute(Custom(-1, DeadlineUnit.CalendarMonths), new DateOnly(2026, 3, 31), England)!.Due);

    [Fact]
    public void Compute_KeepsRuleAndTrigger()
    {
        var rule = Rule(DeadlineRules.Notification);
        var deadline = DeadlineCalculator.Compute(rule, new DateOnly(2026, 12, 23), England);

        Assert.NotNull(deadline);
        Assert.Same(rule, deadline.Rule);
        Assert.Equal(new DateOnly(2026, 12, 23), deadline.TriggerDate);
    }

    [Fact]
    public void Compute_NullTrigger_GivesNull()
    {
        foreach (var rule in DeadlineRules.Defaults)
        {
            Assert.Null(DeadlineCalculator.Compute(rule, null, England));
        }
    }

    [Fact]
    public void Compute_WorkingDaysOnTheWrongCalendar_Throws()
    {
        var scotland = WorkingCalendar.Standard(HolidayCalendar.Scotland);

        var error = Assert.Throws<ArgumentException>(() => DeadlineCalculator.Compute(Rule(DeadlineRules.Notification), new DateOnly(2026, 12, 23), scotland));
        Assert.Equal("calendar", error.ParamName);
        Assert.Contains("England and Wales", error.Message, StringComparison.Ordinal);
        Assert.Contains("Scotland", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_WrongCalendarWithNullTrigger_GivesNull() =>
        Assert.Null(DeadlineCalculator.Compute(Rule(DeadlineRules.Notification), null, WorkingCalendar.Standard(HolidayCalendar.Scotland)));

    [Fact]
    public void Compute_WorkingDaysOnTheRulesOwnCalendar_UsesThatCalendar()
    {
        // The same rule counted on Scotland's calendar: 4 January is the 2 January substitute there.
        var scotland = WorkingCalendar.Standard(HolidayCalendar.Scotland);
        var rule = Custom(5, DeadlineUnit.WorkingDays, HolidayCalendar.Scotland);

        Assert.Equal(new DateOnly(2027, 1, 5), DeadlineCalculator.Compute(rule, new DateOnly(2026, 12, 23), scotland)!.Due);
    }

    [Fact]
    public void Compute_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => DeadlineCalculator.Compute(null!, new DateOnly(2026, 1, 1), England));
        Assert.Throws<ArgumentNullException>(() => DeadlineCalculator.Compute(Rule(DeadlineRules.Notification), new DateOnly(2026, 1, 1), null!));
    }

    [Fact]
    public void ComputeAll_SkipsRulesWithoutATrigger_AndOrdersSoonestFirst()
    {
        var triggers = new Dictionary<DeadlineTrigger, DateOnly>
        {
            [DeadlineTrigger.PartnershipAware] = new(2026, 12, 23),
            [DeadlineTrigger.DecisionToReview] = new(2027, 1, 10),
        };
        var asked = new List<HolidayCalendar>();

        var deadlines = DeadlineCalculator.ComputeAll(DeadlineRules.Defaults, triggers, c =>
        {
            asked.Add(c);
            return WorkingCalendar.Standard(c);
        });

        // No planned publication date, so no report-to-panel deadline; the three six-month deadlines tie on
        // 10 July 2027 and are ordered by key.
        Assert.Equal(
            [
                (DeadlineRules.Notification, new DateOnly(2027, 1, 4)),
                (DeadlineRules.RapidReview, new DateOnly(2027, 1, 18)),
                (DeadlineRules.DhrDecision, new DateOnly(2027, 1, 23)),
                (DeadlineRules.DhrCompletion, new DateOnly(2027, 7, 10)),
                (DeadlineRules.LcsprPublication, new DateOnly(2027, 7, 10)),
                (DeadlineRules.SarCompletion, new DateOnly(2027, 7, 10)),
            ],
            deadlines.Select(d => (d.Rule.Key, d.Due)));
        Assert.All(asked, c => Assert.Equal(HolidayCalendar.EnglandAndWales, c));
    }

    [Fact]
    public void ComputeAll_NegativeOffsetCanComeFirst()
    {
        var triggers = new Dictionary<DeadlineTrigger, DateOnly>
        {
            [DeadlineTrigger.PartnershipAware] = new(2026, 6, 8),
            [DeadlineTrigger.PlannedPublication] = new(2026, 6, 3),
        };

        var deadlines = DeadlineCalculator.ComputeAll(DeadlineRules.Defaults, triggers, WorkingCalendar.Standard);

        Assert.Equal(
            [DeadlineRules.LcsprReportToPanel, DeadlineRules.Notification, DeadlineRules.RapidReview, DeadlineRules.DhrDecision],
            deadlines.Select(d => d.Rule.Key));
        Assert.Equal(
            [new DateOnly(2026, 5, 22), new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 29), new DateOnly(2026, 7, 8)],
            deadlines.Select(d => d.Due));
    }

    [Fact]
    public void ComputeAll_NoTriggers_GivesNothing() =>
        Assert.Empty(DeadlineCalculator.ComputeAll(DeadlineRules.Defaults, new Dictionary<DeadlineTrigger, DateOnly>(), WorkingCalendar.Standard));

    [Fact]
    public void ComputeAll_NullArguments_Throw()
    {
        var triggers = new Dictionary<DeadlineTrigger, DateOnly>();
        Assert.Throws<ArgumentNullException>(() => DeadlineCalculator.ComputeAll(null!, triggers, WorkingCalendar.Standard));
        Assert.Throws<ArgumentNullException>(() => DeadlineCalculator.ComputeAll(DeadlineRules.Defaults, null!, WorkingCalendar.Standard));
        Assert.Throws<ArgumentNullException>(() => DeadlineCalculator.ComputeAll(DeadlineRules.Defaults, triggers, null!));
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
