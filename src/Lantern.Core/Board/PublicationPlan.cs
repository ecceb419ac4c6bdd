namespace Lantern.Core.Board;

/// <summary>What went out on the day of publication.</summary>
[Flags]
public enum PublishedEditions
{
    None = 0,

    /// <summary>The report, in its edition for publication.</summary>
    Report = 1,

    /// <summary>The Board's written response to the findings.</summary>
    BoardResponse = 2,

    /// <summary>A short summary of the learning (for a report the partnership decided not to publish in full).</summary>
    LearningSummary = 4,
}

/// <summary>
/// How a review's report reaches the public (quality marker 17): the national bodies sent the final report, the
/// family and the professionals told beforehand, the media plan, and the publication itself with the date it
/// comes down. The target date is the plan's publication milestone; holds come from parallel processes.
/// One per review, created the first time any part is recorded.
/// </summary>
public sealed class PublicationPlan : IVersioned
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 4_000;
    public const int WhereMaxLength = 500;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>The final report went to the national panel.</summary>
    public DateOnly? PanelSentOn { get; set; }

    /// <summary>In England, the final report went to the Secretary of State.</summary>
    public DateOnly? SecretaryOfStateSentOn { get; set; }

    /// <summary>In England, the final report went to Ofsted.</summary>
    public DateOnly? OfstedSentOn { get; set; }

    public DateOnly? FamilyToldOn { get; set; }

    /// <summary>Who told the family, by role ("the lead reviewer and the business manager").</summary>
    public string? FamilyToldBy { get; set; }

    public bool FamilyOfferedMeeting { get; set; }

    /// <summary>The support offered to the family around publication.</summary>
    public string? FamilySupport { get; set; }

    public string? PressLead { get; set; }
    public string? HoldingStatement { get; set; }
    public string? ExpectedQuestions { get; set; }
    public string? ApprovedLines { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>Where it was published: the web page or the place.</summary>
    public string? PublishedWhere { get; set; }

    public PublishedEditions Editions { get; set; }

    /// <summary>When the report is to come down, worked out from the publication date and the partnership's setting.</summary>
    public DateOnly? RemoveOn { get; set; }

    /// <summary>Why publication came after the target or the statutory deadline.</summary>
    public string? LateReason { get; set; }

    /// <summary>When the Board was told why publication was late.</summary>
    public DateOnly? BoardToldOfLatenessOn { get; set; }

    /// <summary>The task, created at publication, to take the report down.</summary>
    public Guid? RemovalTaskId { get; set; }

    public DateTime UpdatedAt { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>An agency's confirmation that its staff involved in the case were told of the report's content and
/// timing, and supported, before publication (quality marker 17, point 2). Given by that agency's contact.</summary>
public sealed class ProfessionalsNotice : IVersioned
{
    public const int SupportMaxLength = 2_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid AgencyId { get; set; }
    public DateOnly ToldOn { get; set; }

    /// <summary>The support offered ("a meeting with their manager and the employee assistance line").</summary>
    public string Support { get; set; } = string.Empty;

    public Guid ConfirmedByUserId { get; set; }
    public DateTime ConfirmedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A hold a parallel process puts on publication, as the rules need it: when it was agreed and, if it has
/// been, when it was lifted.</summary>
public sealed record PublicationHold(string HeldBy, DateOnly AgreedOn, DateOnly? LiftedOn)
{
    /// <summary>Whether the hold was in force on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => AgreedOn <= date && (LiftedOn is null || LiftedOn > date);
}

/// <summary>The publication as entered.</summary>
public sealed record PublicationInput(DateOnly? PublishedOn, string? Where, PublishedEditions Editions, string? LateReason, DateOnly? BoardToldOfLatenessOn);

/// <summary>
/// What a publication is checked against.
/// </summary>
/// <param name="Today">Today in the UK.</param>
/// <param name="Holds">Every hold on publication the review has had, lifted or not.</param>
/// <param name="PanelSentOn">When the final report went to the national panel, if recorded.</param>
/// <param name="PanelDeadlineFor">The last day the panel must have the report for a publication on a given date
/// (7 working days before in England, or the partnership's own rule), or null where no rule applies.</param>
/// <param name="InEngland">Whether the Secretary of State and Ofsted must have it too.</param>
/// <param name="SecretaryOfStateSentOn">When it went to the Secretary of State.</param>
/// <param name="OfstedSentOn">When it went to Ofsted.</param>
/// <param name="TargetOn">The planned publication date on the plan.</param>
/// <param name="StatutoryDue">The statutory deadline to complete and publish, where one applies.</param>
public sealed record PublicationContext(
    DateOnly Today,
    IReadOnlyList<PublicationHold> Holds,
    DateOnly? PanelSentOn,
    Func<DateOnly, DateOnly?> PanelDeadlineFor,
    bool InEngland,
    DateOnly? SecretaryOfStateSentOn,
    DateOnly? OfstedSentOn,
    DateOnly? TargetOn,
    DateOnly? StatutoryDue)
{
    /// <summary>Whether a publication on <paramref name="date"/> comes after the target or the statutory deadline.</summary>
    public bool IsLate(DateOnly date) => (TargetOn is { } target && date > target) || (StatutoryDue is { } due && date > due);
}

/// <summary>The rules for planning and recording publication, pure so they can be tested on their own.</summary>
public static class PublicationRules
{
    /// <summary>The shortest and longest time, in months, a partnership may keep a report published.</summary>
    public const int FewestMonthsPublished = 12;

    public const int MostMonthsPublished = 120;

    /// <summary>How long before the removal date the task to take the report down falls due, in days.</summary>
    public const int RemovalTaskDaysBefore = 28;

    /// <summary>Each problem with recording <paramref name="input"/> as the publication, as the form field it belongs
    /// to and a message; none when it can be saved.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(PublicationInput input, PublicationContext context)
    {
        var errors = new List<(string, string)>();
        if (input.PublishedOn is not { } on)
        {
            errors.Add(("PublishedOn", "Enter the date the report was published"));
        }
        else if (on > context.Today)
        {
            errors.Add(("PublishedOn", "The date it was published must be today or in the past. Plan a future date on the plan instead"));
        }
        else
        {
            if (context.Holds.FirstOrDefault(h => h.Covers(on)) is { } hold)
            {
                errors.Add(("PublishedOn", hold.LiftedOn is { } lifted
                    ? $"{hold.HeldBy} held publication until {UkTime.LongDate(lifted)}. Enter a date on or after that"
                    : $"{hold.HeldBy} is holding publication. Record that the hold has been lifted before recording the publication"));
            }

            errors.AddRange(NationalBodies(on, context));
            if (context.IsLate(on))
            {
                if (string.IsNullOrWhiteSpace(input.LateReason))
                {
                    errors.Add(("LateReason", "Publication was later than planned or than the statutory deadline. Give the reason the Board was told"));
                }

                if (input.BoardToldOfLatenessOn is not { } told)
                {
                    errors.Add(("BoardToldOfLatenessOn", "Enter the date the Board was told why publication was late"));
                }
                else if (told > context.Today)
                {
                    errors.Add(("BoardToldOfLatenessOn", "The date the Board was told must be today or in the past"));
                }
            }
        }

        if (string.IsNullOrWhiteSpace(input.Where))
        {
            errors.Add(("Where", "Enter where the report was published, such as the web page's address"));
        }
        else if (input.Where.Trim().Length > PublicationPlan.WhereMaxLength)
        {
            errors.Add(("Where", $"Where it was published must be {PublicationPlan.WhereMaxLength} characters or fewer"));
        }

        if (input.Editions == PublishedEditions.None)
        {
            errors.Add(("Editions", "Select what was published"));
        }

        if (input.LateReason?.Trim().Length > PublicationPlan.TextMaxLength)
        {
            errors.Add(("LateReason", $"The reason must be {PublicationPlan.TextMaxLength:N0} characters or fewer"));
        }

        return errors;
    }

    /// <summary>Why a publication on <paramref name="on"/> would come before the national bodies could have the report.</summary>
    public static IEnumerable<(string Field, string Message)> NationalBodies(DateOnly on, PublicationContext context)
    {
        var deadline = context.PanelDeadlineFor(on);
        if (context.PanelSentOn is not { } sent)
        {
            yield return ("PublishedOn", "Record when the final report was sent to the national panel before recording the publication");
        }
        else if (deadline is { } last && sent > last)
        {
            yield return ("PublishedOn", $"The national panel had the report on {UkTime.LongDate(sent)}, so it could not be published before {UkTime.LongDate(FirstPublicationAfter(sent, context))}");
        }

        if (context.InEngland && (context.SecretaryOfStateSentOn is null || context.OfstedSentOn is null))
        {
            yield return ("PublishedOn", "Record when the final report was sent to the Secretary of State and to Ofsted before recording the publication");
        }
    }

    /// <summary>The first day a report sent to the panel on <paramref name="sent"/> may be published under the
    /// partnership's rule (the first date whose panel deadline is on or after it).</summary>
    public static DateOnly FirstPublicationAfter(DateOnly sent, PublicationContext context)
    {
        var day = sent;
        for (var i = 0; i < 60; i++)
        {
            if (context.PanelDeadlineFor(day) is not { } deadline || deadline >= sent)
            {
                return day;
            }

            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>Why the national bodies' dates cannot be saved, field by field.</summary>
    public static IReadOnlyList<(string Field, string Message)> CheckSent(DateOnly? panel, DateOnly? secretaryOfState, DateOnly? ofsted, bool inEngland, DateOnly today)
    {
        var errors = new List<(string, string)>();
        Past(errors, "PanelSentOn", "the national panel", panel, today);
        if (inEngland)
        {
            Past(errors, "SecretaryOfStateSentOn", "the Secretary of State", secretaryOfState, today);
            Past(errors, "OfstedSentOn", "Ofsted", ofsted, today);
        }

        if (panel is null && (secretaryOfState is not null || ofsted is not null))
        {
            errors.Add(("PanelSentOn", "Enter when the report was sent to the national panel: it goes to the panel with the others"));
        }

        if (panel is null && secretaryOfState is null && ofsted is null)
        {
            errors.Add(("PanelSentOn", "Enter when the final report was sent to the national panel"));
        }

        return errors;
    }

    /// <summary>Why the family's notice cannot be saved.</summary>
    public static IReadOnlyList<(string Field, string Message)> CheckFamily(DateOnly? toldOn, string? toldBy, bool? offeredMeeting, string? support, DateOnly? publishedOn, DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (toldOn is not { } told)
        {
            errors.Add(("ToldOn", "Enter the date the family were told of the report's content and when it will be published"));
        }
        else if (told > today)
        {
            errors.Add(("ToldOn", "The date the family were told must be today or in the past"));
        }
        else if (publishedOn is { } published && told > published)
        {
            errors.Add(("ToldOn", $"The family must be told before publication, and the report was published on {UkTime.LongDate(published)}"));
        }

        Required(errors, "ToldBy", toldBy, "Enter who told the family, by role", PublicationPlan.NameMaxLength, "Who told the family");
        if (offeredMeeting is null)
        {
            errors.Add(("OfferedMeeting", "Select whether the family were offered a meeting"));
        }

        Required(errors, "Support", support, "Enter the support the family were offered, or that they declined it", PublicationPlan.TextMaxLength, "The support");
        return errors;
    }

    /// <summary>Why the media plan cannot be saved: a press lead and a holding statement at least.</summary>
    public static IReadOnlyList<(string Field, string Message)> CheckMedia(string? pressLead, string? holdingStatement, string? questions, string? lines)
    {
        var errors = new List<(string, string)>();
        Required(errors, "PressLead", pressLead, "Enter who leads on press enquiries, by role", PublicationPlan.NameMaxLength, "The press lead");
        Required(errors, "HoldingStatement", holdingStatement, "Enter the holding statement", PublicationPlan.TextMaxLength, "The holding statement");
        if (questions?.Trim().Length > PublicationPlan.TextMaxLength)
        {
            errors.Add(("ExpectedQuestions", $"The expected questions must be {PublicationPlan.TextMaxLength:N0} characters or fewer"));
        }

        if (lines?.Trim().Length > PublicationPlan.TextMaxLength)
        {
            errors.Add(("ApprovedLines", $"The approved lines must be {PublicationPlan.TextMaxLength:N0} characters or fewer"));
        }

        return errors;
    }

    /// <summary>Why an agency's confirmation that its staff were told cannot be saved.</summary>
    public static IReadOnlyList<(string Field, string Message)> CheckProfessionals(DateOnly? toldOn, string? support, DateOnly? publishedOn, DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (toldOn is not { } told)
        {
            errors.Add(("ToldOn", "Enter the date your staff were told"));
        }
        else if (told > today)
        {
            errors.Add(("ToldOn", "The date your staff were told must be today or in the past"));
        }
        else if (publishedOn is { } published && told > published)
        {
            errors.Add(("ToldOn", $"Staff must be told before publication, and the report was published on {UkTime.LongDate(published)}"));
        }

        Required(errors, "Support", support, "Enter the support your staff were offered", ProfessionalsNotice.SupportMaxLength, "The support");
        return errors;
    }

    /// <summary>When a report published on <paramref name="publishedOn"/> comes down.</summary>
    public static DateOnly RemovalDate(DateOnly publishedOn, int monthsPublished) => publishedOn.AddMonths(monthsPublished);

    private static void Past(List<(string, string)> errors, string field, string body, DateOnly? date, DateOnly today)
    {
        if (date > today)
        {
            errors.Add((field, $"The date it was sent to {body} must be today or in the past"));
        }
    }

    private static void Required(List<(string, string)> errors, string field, string? value, string missing, int max, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add((field, missing));
        }
        else if (value.Trim().Length > max)
        {
            errors.Add((field, $"{name} must be {max:N0} characters or fewer"));
        }
    }
}

public static class PublicationNames
{
    public static readonly IReadOnlyList<PublishedEditions> EachEdition = [PublishedEditions.Report, PublishedEditions.BoardResponse, PublishedEditions.LearningSummary];

    public static string DisplayName(this PublishedEditions edition) => edition switch
    {
        PublishedEditions.Report => "The report (its edition for publication)",
        PublishedEditions.BoardResponse => "The Board's written response",
        PublishedEditions.LearningSummary => "A summary of the learning",
        _ => edition.ToString(),
    };
}
