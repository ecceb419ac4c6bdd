namespace Lantern.Core.Board;

/// <summary>What the Board says about one finding, as entered, before it is checked.</summary>
public sealed record FindingResponseInput(
    FindingDecision? Decision,
    string? Reasons,
    Guid? PriorityId,
    string? BoardWillDo,
    string? AgenciesWillDo,
    IReadOnlyList<Guid> AgencyIds,
    string? Monitoring,
    bool? NationalActionNeeded,
    Guid? NationalRecommendationId,
    IReadOnlyDictionary<Guid, string?> IssueAnswers);

/// <summary>What a response is checked against: the finding's issues for the Board, the priorities in force, the
/// partnership's agencies and the review's kind 3 recommendations.</summary>
public sealed record FindingResponseContext(
    IReadOnlyList<Guid> IssueIds,
    IReadOnlyCollection<Guid> PriorityIds,
    IReadOnlyCollection<Guid> AgencyIds,
    IReadOnlyCollection<Guid> NationalRecommendationIds);

/// <summary>How long the Board has between the presentation and the planned publication, against the partnership's
/// expectation (quality marker 16, point 1).</summary>
public sealed record PublicationGap(int Days, int ExpectedWeeks)
{
    public bool IsEnough => Days >= ExpectedWeeks * 7;

    public bool PublicationBeforePresentation => Days < 0;
}

/// <summary>The rules for the Board's response, pure so they can be tested on their own.</summary>
public static class BoardResponseRules
{
    /// <summary>Each problem with <paramref name="input"/>, as the form field it belongs to and a message; none when
    /// it can be saved. Field names are relative to the form ("Decision", "Issues[id]").</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(FindingResponseInput input, FindingResponseContext context)
    {
        var errors = new List<(string, string)>();
        if (input.Decision is null)
        {
            errors.Add(("Decision", "Select whether the Board accepts the finding"));
        }

        var acted = input.Decision is FindingDecision.Accepted or FindingDecision.AcceptedInPart;
        if (input.Decision is FindingDecision.NotAccepted or FindingDecision.AcceptedInPart && string.IsNullOrWhiteSpace(input.Reasons))
        {
            errors.Add(("Reasons", input.Decision == FindingDecision.NotAccepted
                ? "Give the Board's reasons for not accepting the finding"
                : "Say which part the Board does not accept, and why"));
        }

        Length(errors, "Reasons", "The reasons", input.Reasons);
        if (input.PriorityId is { } priority && !context.PriorityIds.Contains(priority))
        {
            errors.Add(("PriorityId", "Select one of the partnership's learning and improvement priorities, or none"));
        }

        if (acted && string.IsNullOrWhiteSpace(input.BoardWillDo))
        {
            errors.Add(("BoardWillDo", "Say what the Board will do"));
        }

        Length(errors, "BoardWillDo", "What the Board will do", input.BoardWillDo);
        Length(errors, "AgenciesWillDo", "What agencies will do", input.AgenciesWillDo);
        if (input.AgencyIds.Any(a => !context.AgencyIds.Contains(a)))
        {
            errors.Add(("AgencyIds", "Select agencies from the partnership's list"));
        }

        if (input.AgencyIds.Count > 0 && string.IsNullOrWhiteSpace(input.AgenciesWillDo))
        {
            errors.Add(("AgenciesWillDo", "Say what the agencies you selected will do"));
        }

        if (acted && string.IsNullOrWhiteSpace(input.Monitoring))
        {
            errors.Add(("Monitoring", "Say how the Board will know whether what it does has worked"));
        }

        Length(errors, "Monitoring", "How it will be monitored", input.Monitoring);
        if (input.NationalActionNeeded is null)
        {
            errors.Add(("NationalActionNeeded", "Select whether national action is needed"));
        }
        else if (input.NationalRecommendationId is { } recommendation
            && (input.NationalActionNeeded == false || !context.NationalRecommendationIds.Contains(recommendation)))
        {
            errors.Add(("NationalRecommendationId", input.NationalActionNeeded == false
                ? "Choose a kind 3 recommendation only when national action is needed"
                : "Select one of the review's kind 3 recommendations"));
        }

        foreach (var issue in context.IssueIds)
        {
            var answer = input.IssueAnswers.GetValueOrDefault(issue);
            if (string.IsNullOrWhiteSpace(answer))
            {
                errors.Add(($"Issues[{issue}]", $"Answer issue {context.IssueIds.ToList().IndexOf(issue) + 1} for the Board"));
            }
            else if (answer.Trim().Length > FindingResponse.TextMaxLength)
            {
                errors.Add(($"Issues[{issue}]", $"The answer to issue {context.IssueIds.ToList().IndexOf(issue) + 1} must be {FindingResponse.TextMaxLength:N0} characters or fewer"));
            }
        }

        return errors;
    }

    /// <summary>The days from the presentation to the planned publication, against the expected weeks.</summary>
    public static PublicationGap Gap(DateOnly presentedOn, DateOnly plannedPublication, int expectedWeeks) =>
        new(plannedPublication.DayNumber - presentedOn.DayNumber, expectedWeeks);

    private static void Length(List<(string, string)> errors, string field, string what, string? text)
    {
        if (text is not null && text.Trim().Length > FindingResponse.TextMaxLength)
        {
            errors.Add((field, $"{what} must be {FindingResponse.TextMaxLength:N0} characters or fewer"));
        }
    }
}
