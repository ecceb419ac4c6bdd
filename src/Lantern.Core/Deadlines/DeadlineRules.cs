namespace Lantern.Core.Deadlines;

/// <summary>
/// Lantern's starting set of deadline rules, for England. The numbers and their confidence follow the
/// domain notes (section 6); a partnership's administrator can change them, and add rules for other nations.
/// </summary>
public static class DeadlineRules
{
    public const string Notification = "england.notification";
    public const string RapidReview = "england.rapid-review";
    public const string LcsprPublication = "england.lcspr.publication";
    public const string LcsprReportToPanel = "england.lcspr.report-to-panel";
    public const string SarCompletion = "england.sar.completion";
    public const string DhrDecision = "england.dhr.decision";
    public const string DhrCompletion = "england.dhr.completion";

    private const HolidayCalendar EnglandCalendar = HolidayCalendar.EnglandAndWales;

    public static readonly IReadOnlyList<DeadlineRule> Defaults =
    [
        new(Notification, Jurisdiction.England, "Rapid review", "Notify the national panel",
            DeadlineTrigger.PartnershipAware, 5, DeadlineUnit.WorkingDays, EnglandCalendar,
            "Children Act 2004, section 16C; Working Together to Safeguard Children 2023", Confidence.Verified),
        new(RapidReview, Jurisdiction.England, "Rapid review", "Complete the rapid review",
            DeadlineTrigger.PartnershipAware, 15, DeadlineUnit.WorkingDays, EnglandCalendar,
            "National panel guidance and Working Together 2023. Some partnerships count from the day the notification was sent", Confidence.Medium),
        new(LcsprPublication, Jurisdiction.England, "Local child safeguarding practice review", "Complete and publish the review",
            DeadlineTrigger.DecisionToReview, 6, DeadlineUnit.CalendarMonths, EnglandCalendar,
            "Working Together to Safeguard Children 2023; Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018", Confidence.Medium),
        new(LcsprReportToPanel, Jurisdiction.England, "Local child safeguarding practice review", "Send the report to the national panel and the Secretary of State",
            DeadlineTrigger.PlannedPublication, -7, DeadlineUnit.WorkingDays, EnglandCalendar,
            "Working Together to Safeguard Children 2023", Confidence.Medium),
        new(SarCompletion, Jurisdiction.England, "Safeguarding adults review", "Complete the review",
            DeadlineTrigger.DecisionToReview, 6, DeadlineUnit.CalendarMonths, EnglandCalendar,
            "Care and support statutory guidance, chapter 14 (unless there is good reason, such as court proceedings)", Confidence.Medium),
        new(DhrDecision, Jurisdiction.England, "Domestic homicide review", "Decide whether to hold a review",
            DeadlineTrigger.PartnershipAware, 1, DeadlineUnit.CalendarMonths, EnglandCalendar,
            "Multi-agency statutory guidance for domestic homicide reviews (2016)", Confidence.Medium),
        new(DhrCompletion, Jurisdiction.England, "Domestic homicide review", "Complete the review",
            DeadlineTrigger.DecisionToReview, 6, DeadlineUnit.CalendarMonths, EnglandCalendar,
            "Multi-agency statutory guidance for domestic homicide reviews (2016)", Confidence.Medium),
    ];
}
