namespace Lantern.Core.Actions;

/// <summary>A follow-up check as answered on the form, before it is checked.</summary>
public sealed record FollowUpCheckInput(
    DateOnly? CheckedOn,
    Sustainment? Sustained,
    string? UnintendedConsequences,
    bool? StillHappens,
    string? Comment);

/// <summary>The rules for answering a follow-up check, pure so they can be tested on their own.</summary>
public static class FollowUpCheckRules
{
    /// <summary>
    /// Each problem with <paramref name="input"/>, as the form field and a message. The check is made on a day
    /// between the action's completion and today; it says whether the change lasted and whether the problem still
    /// happens; it describes any unintended consequences (or says there were none), because looking for them is
    /// the point of quality marker 18; and when the change has not fully lasted it says what slipped.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Check(FollowUpCheckInput input, DateOnly completedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<(string, string)>();
        if (input.CheckedOn is not { } checkedOn)
        {
            errors.Add((nameof(FollowUpCheck.CheckedOn), "Enter the date of the check"));
        }
        else if (checkedOn > today)
        {
            errors.Add((nameof(FollowUpCheck.CheckedOn), "The date of the check must be today or in the past"));
        }
        else if (checkedOn < completedOn)
        {
            errors.Add((nameof(FollowUpCheck.CheckedOn), $"The date of the check must be the same as or after the date the action was completed, {completedOn.LongDate()}"));
        }

        if (input.Sustained is null)
        {
            errors.Add((nameof(FollowUpCheck.Sustained), "Select whether the change has lasted"));
        }

        Text(errors, nameof(FollowUpCheck.UnintendedConsequences), input.UnintendedConsequences, "Describe any unintended consequences, or write that there were none", "The unintended consequences");
        if (input.StillHappens is null)
        {
            errors.Add((nameof(FollowUpCheck.StillHappens), "Select whether the problem the finding described still happens"));
        }

        if (input.Sustained is Sustainment.Partly or Sustainment.No)
        {
            Text(errors, nameof(FollowUpCheck.Comment), input.Comment, "Say what has not lasted, and why", "The comment");
        }
        else if (input.Comment is not null && input.Comment.Trim().Length > FollowUpCheck.TextMaxLength)
        {
            errors.Add((nameof(FollowUpCheck.Comment), $"The comment must be {FollowUpCheck.TextMaxLength:N0} characters or fewer"));
        }

        return errors;
    }

    private static void Text(List<(string, string)> errors, string field, string? text, string missing, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add((field, missing));
        }
        else if (text.Trim().Length > FollowUpCheck.TextMaxLength)
        {
            errors.Add((field, $"{what} must be {FollowUpCheck.TextMaxLength:N0} characters or fewer"));
        }
    }
}
