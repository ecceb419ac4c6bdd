namespace Lantern.Core.SettingUp;

/// <summary>A problem with what was entered, against the field it concerns.</summary>
public sealed record FieldProblem(string Field, string Message);

/// <summary>
/// What makes a referral complete and consistent. Dates must be possible (nothing in the future, awareness
/// not before the incident, the referral not before the partnership became aware); the statutory checklist
/// is answered or another reason for learning given; the rationale is always recorded; and a late referral
/// explains its delay.
/// </summary>
public static class ReferralRules
{
    /// <param name="expectedBy">The last day a referral of this incident was expected, from the partnership's setting.</param>
    public static IReadOnlyList<FieldProblem> Check(Referral referral, DateOnly today, DateOnly expectedBy, IReadOnlyList<Criterion> checklist)
    {
        var problems = new List<FieldProblem>();
        if (referral.IncidentDate > today)
        {
            problems.Add(new(nameof(Referral.IncidentDate), "The date of the incident must be today or in the past"));
        }

        if (referral.AwareDate > today)
        {
            problems.Add(new(nameof(Referral.AwareDate), "The date the partnership became aware must be today or in the past"));
        }
        else if (referral.AwareDate < referral.IncidentDate)
        {
            problems.Add(new(nameof(Referral.AwareDate), "The date the partnership became aware must be the same as or after the date of the incident"));
        }

        if (referral.ReferredOn > today)
        {
            problems.Add(new(nameof(Referral.ReferredOn), "The date of the referral must be today or in the past"));
        }
        else if (referral.ReferredOn < referral.IncidentDate)
        {
            problems.Add(new(nameof(Referral.ReferredOn), "The date of the referral must be the same as or after the date of the incident"));
        }
        else if (referral.ReferredOn < referral.AwareDate && referral.AwareDate <= today)
        {
            // The referral is how the partnership hears of a case at the latest, so it cannot come before that.
            problems.Add(new(nameof(Referral.ReferredOn), "The date of the referral must be the same as or after the date the partnership became aware"));
        }

        if (referral.SubjectDateOfBirth is { } born && born > referral.IncidentDate)
        {
            problems.Add(new(nameof(Referral.SubjectDateOfBirth), "The date of birth must be before the date of the incident"));
        }

        if (referral.CriteriaRoute == CriteriaRoute.StatutoryCriteriaMet)
        {
            var answered = referral.Criteria.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            if (checklist.Any(c => !answered.Contains(c.Key)))
            {
                problems.Add(new(nameof(Referral.Criteria), "Answer every question about the statutory criteria"));
            }
        }
        else if (string.IsNullOrWhiteSpace(referral.OtherLearningReason))
        {
            problems.Add(new(nameof(Referral.OtherLearningReason), "Explain what the partnership could learn from a review"));
        }

        if (string.IsNullOrWhiteSpace(referral.Rationale))
        {
            problems.Add(new(nameof(Referral.Rationale), "Explain why you are referring this case"));
        }

        if (referral.ReferredOn > expectedBy && string.IsNullOrWhiteSpace(referral.DelayExplanation))
        {
            problems.Add(new(nameof(Referral.DelayExplanation),
                $"This referral is later than the partnership expects (by {expectedBy.LongDate()}). Explain the delay"));
        }

        return problems;
    }
}
