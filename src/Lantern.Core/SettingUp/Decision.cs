namespace Lantern.Core.SettingUp;

public enum ReviewMethod
{
    LearningTogether,
    OtherSystemsModel,
    Hybrid,
    Other,
}

/// <summary>How much a review takes on: the Learning Together options, from a full review to a themed one.</summary>
public enum ReviewScale
{
    Full,
    Intensive,
    SpeedPlus,
    MidRange,
    Focused,
    Themed,
    NotApplicable,
}

/// <summary>
/// One version of the chair's decision. Decisions are never edited: revisiting a decision records a new
/// version, so the reasoning at every point stays on the record, as a decision not to review may be challenged.
/// </summary>
public sealed class Decision
{
    public const int TextMaxLength = 8000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public int VersionNumber { get; set; }
    public bool ToReview { get; set; }
    public Guid? ReviewTypeId { get; set; }
    public ReviewScale Scale { get; set; }
    public ReviewMethod? Method { get; set; }
    public string? MethodJustification { get; set; }
    public string CriteriaAssessment { get; set; } = string.Empty;
    public string Rationale { get; set; } = string.Empty;
    public string? ChallengeConsulted { get; set; }
    public string? ChallengeResponse { get; set; }
    public DateOnly DecidedOn { get; set; }

    /// <summary>For a decision not to review: when the decision itself was notified, and to whom.</summary>
    public DateOnly? DecisionNotifiedOn { get; set; }
    public string? DecisionNotifiedTo { get; set; }

    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
}

public static class DecisionRules
{
    /// <summary>What a decision must have before it is recorded.</summary>
    public static IReadOnlyList<FieldProblem> Check(Decision decision, DateOnly today, DateOnly awareDate)
    {
        var problems = new List<FieldProblem>();
        if (decision.DecidedOn > today)
        {
            problems.Add(new(nameof(Decision.DecidedOn), "The date of the decision must be today or in the past"));
        }
        else if (decision.DecidedOn < awareDate)
        {
            problems.Add(new(nameof(Decision.DecidedOn), "The date of the decision must be on or after the date the partnership became aware"));
        }

        if (string.IsNullOrWhiteSpace(decision.CriteriaAssessment))
        {
            problems.Add(new(nameof(Decision.CriteriaAssessment), "Say how the case does or does not meet the statutory criteria"));
        }

        if (string.IsNullOrWhiteSpace(decision.Rationale))
        {
            problems.Add(new(nameof(Decision.Rationale), "Enter the rationale for the decision. Every decision, including a decision not to review, needs one"));
        }

        if (decision.ToReview)
        {
            if (decision.ReviewTypeId is null)
            {
                problems.Add(new(nameof(Decision.ReviewTypeId), "Select the type of review"));
            }

            if (decision.Method is null)
            {
                problems.Add(new(nameof(Decision.Method), "Select the method of the review"));
            }
            else if (string.IsNullOrWhiteSpace(decision.MethodJustification))
            {
                problems.Add(new(nameof(Decision.MethodJustification), "Explain why this method suits the review"));
            }
        }
        else
        {
            if (decision.DecisionNotifiedOn is not { } notified)
            {
                problems.Add(new(nameof(Decision.DecisionNotifiedOn), "Enter the date the decision not to review was notified"));
            }
            else if (notified < decision.DecidedOn)
            {
                problems.Add(new(nameof(Decision.DecisionNotifiedOn), "The date the decision was notified must be on or after the date of the decision"));
            }
            else if (notified > today)
            {
                problems.Add(new(nameof(Decision.DecisionNotifiedOn), "The date the decision was notified must be today or in the past"));
            }

            if (string.IsNullOrWhiteSpace(decision.DecisionNotifiedTo))
            {
                problems.Add(new(nameof(Decision.DecisionNotifiedTo), "Say who was told of the decision, such as the national panel"));
            }
        }

        return problems;
    }
}

public static class DecisionNames
{
    public static string DisplayName(this ReviewMethod method) => method switch
    {
        ReviewMethod.LearningTogether => "Learning Together (systems model)",
        ReviewMethod.OtherSystemsModel => "Another systems model",
        ReviewMethod.Hybrid => "A hybrid of methods",
        ReviewMethod.Other => "Another method",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static string DisplayName(this ReviewScale scale) => scale switch
    {
        ReviewScale.Full => "Full",
        ReviewScale.Intensive => "Intensive",
        ReviewScale.SpeedPlus => "Speed+",
        ReviewScale.MidRange => "Mid-range",
        ReviewScale.Focused => "Focused",
        ReviewScale.Themed => "Themed",
        ReviewScale.NotApplicable => "Not applicable",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };

    public static string Description(this ReviewScale scale) => scale switch
    {
        ReviewScale.Full => "Conversations with all key staff and several meetings of the review team and case group, over about six months",
        ReviewScale.Intensive => "A full review done in a shorter, concentrated period",
        ReviewScale.SpeedPlus => "A quick review with a small number of conversations",
        ReviewScale.MidRange => "Between a focused and a full review",
        ReviewScale.Focused => "Looks closely at a few episodes or questions",
        ReviewScale.Themed => "Looks at a theme across more than one case",
        ReviewScale.NotApplicable => "The method does not use these options",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };
}
