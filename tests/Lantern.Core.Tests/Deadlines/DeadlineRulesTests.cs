using Lantern.Core.Deadlines;
using Lantern.Core.Reviews;

namespace Lantern.Core.Tests.Deadlines;

/// <summary>Lantern's default rules, and how a rule and a deadline describe themselves.</summary>
public sealed class DeadlineRulesTests
{
    private static readonly WorkingCalendar England = WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales);

    private static DeadlineRule Rule(string key) => DeadlineRules.Defaults.Single(r => r.Key == key);

    private static DeadlineRule Custom(int offset, DeadlineUnit unit, DeadlineTrigger trigger, HolidayCalendar calendar = HolidayCalendar.EnglandAndWales) =>
        new("test.rule", Jurisdiction.Scotland, null, "Test rule", trigger, offset, unit, calendar, "Local guidance", Confidence.Unverified);

    [Fact]
    public void Defaults_SevenRulesWithUniqueKeys()
    {
        Assert.Equal(7, DeadlineRules.Defaults.Count);
        Assert.Equal(7, DeadlineRules.Defaults.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            new[]
            {
                DeadlineRules.Notification, DeadlineRules.RapidReview, DeadlineRules.LcsprPublication, DeadlineRules.LcsprReportToPanel,
                DeadlineRules.SarCompletion, DeadlineRules.DhrDecision, DeadlineRules.DhrCompletion,
            }.Order(StringComparer.Ordinal),
            DeadlineRules.Defaults.Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Defaults_ReviewTypesAreNullOrADefaultReviewType() =>
        Assert.All(DeadlineRules.Defaults, r => Assert.True(r.ReviewTypeName is null || ReviewType.Defaults.Contains(r.ReviewTypeName), $"{r.Key}: {r.ReviewTypeName}"));

    [Fact]
    public void Defaults_AllEnglandOnTheEnglandAndWalesCalendar() =>
        Assert.All(DeadlineRules.Defaults, r =>
        {
            Assert.Equal(Jurisdiction.England, r.Jurisdiction);
            Assert.Equal(HolidayCalendar.EnglandAndWales, r.Calendar);
            Assert.Equal(r.Jurisdiction.CalendarFor(), r.Calendar);
            Assert.StartsWith("england.", r.Key, StringComparison.Ordinal);
        });

    [Fact]
    public void Defaults_FitTheSettingsColumns() =>
        Assert.All(DeadlineRules.Defaults, r =>
        {
            Assert.InRange(r.Key.Length, 1, DeadlineRuleSetting.KeyMaxLength);
            Assert.InRange(r.Name.Length, 1, DeadlineRuleSetting.NameMaxLength);
            Assert.InRange(r.Source.Length, 1, DeadlineRuleSetting.SourceMaxLength);
            Assert.Equal(r.Name.Trim(), r.Name);
            Assert.Equal(r.Source.Trim(), r.Source);
        });

    [Theory]
    [InlineData(DeadlineRules.Notification, "Rapid review", DeadlineTrigger.PartnershipAware, 5, DeadlineUnit.WorkingDays, Confidence.Verified)]
    [InlineData(DeadlineRules.RapidReview, "Rapid review", DeadlineTrigger.PartnershipAware, 15, DeadlineUnit.WorkingDays, Confidence.Medium)]
    [InlineData(DeadlineRules.LcsprPublication, "Local child safeguarding practice review", DeadlineTrigger.DecisionToReview, 6, DeadlineUnit.CalendarMonths, Confidence.Medium)]
    [InlineData(DeadlineRules.LcsprReportToPanel, "Local child safeguarding practice review", DeadlineTrigger.PlannedPublication, -7, DeadlineUnit.WorkingDays, Confidence.Medium)]
    [InlineData(DeadlineRules.SarCompletion, "Safeguarding adults review", DeadlineTrigger.DecisionToReview, 6, DeadlineUnit.CalendarMonths, Confidence.Medium)]
    [InlineData(DeadlineRules.DhrDecision, "Domestic homicide review", DeadlineTrigger.PartnershipAware, 1, DeadlineUnit.CalendarMonths, Confidence.Medium)]
    [InlineData(DeadlineRules.DhrCompletion, "Domestic homicide review", DeadlineTrigger.DecisionToReview, 6, DeadlineUnit.CalendarMonths, Confidence.Medium)]
    public void Defaults_EachRule(string key, string reviewType, DeadlineTrigger trigger, int offset, DeadlineUnit unit, Confidence confidence)
    {
        var rule = Rule(key);

        Assert.Equal(reviewType, rule.ReviewTypeName);
        Assert.Equal(trigger, rule.Trigger);
        Assert.Equal(offset, rule.Offset);
        Assert.Equal(unit, rule.Unit);
        Assert.Equal(confidence, rule.Confidence);
    }

    [Theory]
    [InlineData(DeadlineRules.Notification, "5 working days after the partnership became aware")]
    [InlineData(DeadlineRules.RapidReview, "15 working days after the partnership became aware")]
    [InlineData(DeadlineRules.LcsprPublication, "6 months after the decision to review")]
    [InlineData(DeadlineRules.LcsprReportToPanel, "7 working days before the planned publication date")]
    [InlineData(DeadlineRules.DhrDecision, "1 month after the partnership became aware")]
    public void Describe_Defaults(string key, string expected) => Assert.Equal(expected, Rule(key).Describe());

    [Theory]
    [InlineData(1, DeadlineUnit.WorkingDays, DeadlineTrigger.NotificationSent, "1 working day after the notification was sent")]
    [InlineData(-1, DeadlineUnit.WorkingDays, DeadlineTrigger.PlannedPublication, "1 working day before the planned publication date")]
    [InlineData(-2, DeadlineUnit.CalendarMonths, DeadlineTrigger.PlannedPublication, "2 months before the planned publication date")]
    [InlineData(-1, DeadlineUnit.CalendarMonths, DeadlineTrigger.PlannedPublication, "1 month before the planned publication date")]
    [InlineData(1, DeadlineUnit.CalendarDays, DeadlineTrigger.DecisionToReview, "1 calendar day after the decision to review")]
    [InlineData(-28, DeadlineUnit.CalendarDays, DeadlineTrigger.PlannedPublication, "28 calendar days before the planned publication date")]
    [InlineData(0, DeadlineUnit.CalendarDays, DeadlineTrigger.PartnershipAware, "0 calendar days after the partnership became aware")]
    public void Describe_CountsAndDirection(int offset, DeadlineUnit unit, DeadlineTrigger trigger, string expected) =>
        Assert.Equal(expected, Custom(offset, unit, trigger).Describe());

    [Fact]
    public void Explain_WorkingDayRule_SaysRuleDateCalendarSourceAndConfidence()
    {
        var deadline = DeadlineCalculator.Compute(Rule(DeadlineRules.Notification), new DateOnly(2026, 12, 23), England)!;

        Assert.Equal(
            "5 working days after the partnership became aware (23 December 2026), not counting weekends or England and Wales bank holidays. " +
            "Source: Children Act 2004, section 16C; Working Together to Safeguard Children 2023. " +
            "Confidence: verified, checked against the law or the statutory guidance.",
            deadline.Explain());
    }

    [Fact]
    public void Explain_NegativeWorkingDayRule_SaysBefore()
    {
        var deadline = DeadlineCalculator.Compute(Rule(DeadlineRules.LcsprReportToPanel), new DateOnly(2026, 6, 3), England)!;
        var text = deadline.Explain();

        Assert.StartsWith("7 working days before the planned publication date (3 June 2026), not counting weekends or England and Wales bank holidays. ", text, StringComparison.Ordinal);
        Assert.Contains("Source: Working Together to Safeguard Children 2023.", text, StringComparison.Ordinal);
        Assert.EndsWith("Confidence: medium, from a reliable second-hand source, so check it against your local arrangements.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_MonthRule_DoesNotMentionACalendar()
    {
        var rule = Rule(DeadlineRules.LcsprPublication);
        var text = DeadlineCalculator.Compute(rule, new DateOnly(2026, 1, 5), England)!.Explain();

        Assert.StartsWith("6 months after the decision to review (5 January 2026). Source: ", text, StringComparison.Ordinal);
        Assert.Contains(rule.Source, text, StringComparison.Ordinal);
        Assert.DoesNotContain("bank holidays", text, StringComparison.Ordinal);
        Assert.DoesNotContain("England and Wales", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NamesTheRulesOwnCalendar()
    {
        var scotland = WorkingCalendar.Standard(HolidayCalendar.Scotland);
        var rule = Custom(10, DeadlineUnit.WorkingDays, DeadlineTrigger.NotificationSent, HolidayCalendar.Scotland);

        var text = DeadlineCalculator.Compute(rule, new DateOnly(2026, 11, 30), scotland)!.Explain();

        Assert.Equal(
            "10 working days after the notification was sent (30 November 2026), not counting weekends or Scotland bank holidays. " +
            "Source: Local guidance. Confidence: unverified, not confirmed, so set it from your own guidance.",
            text);
    }

    [Fact]
    public void Setting_FromAndToRule_RoundTripsEveryDefault()
    {
        var partnership = Guid.NewGuid();
        foreach (var rule in DeadlineRules.Defaults)
        {
            var setting = DeadlineRuleSetting.From(rule, partnership);

            Assert.Equal(partnership, setting.PartnershipId);
            Assert.NotEqual(Guid.Empty, setting.Id);
            Assert.True(setting.IsActive);
            Assert.Equal(rule, setting.ToRule());
        }
    }
}
