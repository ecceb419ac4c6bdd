namespace Lantern.Core.Actions;

/// <summary>An improvement action as entered on the form, before it is checked. Dates come from GOV.UK date
/// inputs and are null when not given.</summary>
public sealed record ActionInput(
    string? Title,
    string? Description,
    Guid? OwningAgencyId,
    string? OwnerName,
    DateOnly? RaisedOn,
    DateOnly? DueOn,
    ActionStatus? Status,
    DateOnly? CompletedOn,
    string? CompletionSummary,
    string? CancelledReason);

/// <summary>The rules for raising and editing an improvement action, pure so they can be tested on their own.</summary>
public static class ActionRules
{
    /// <summary>
    /// Each problem with <paramref name="input"/>, as the form field it belongs to and a message; none when it can
    /// be saved. An action needs a title, an owning agency from <paramref name="agencyIds"/> (the partnership's)
    /// and a named owner; it is raised on or before <paramref name="today"/> and due no earlier than it was raised.
    /// A completed action says when (between raising and today) and what was done; a cancelled one says why.
    /// Completion details given for an action that is not completed are not checked: <see
    /// cref="ImprovementAction.MoveTo"/> drops them.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Check(ActionInput input, IReadOnlyCollection<Guid> agencyIds, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(agencyIds);
        var errors = new List<(string, string)>();
        Required(errors, nameof(ImprovementAction.Title), input.Title, "Enter a title for the action", "The title", ImprovementAction.TitleMaxLength);
        Length(errors, nameof(ImprovementAction.Description), "The description", input.Description, ImprovementAction.DescriptionMaxLength);
        if (input.OwningAgencyId is not { } agency)
        {
            errors.Add((nameof(ImprovementAction.OwningAgencyId), "Select the agency that owns the action"));
        }
        else if (!agencyIds.Contains(agency))
        {
            errors.Add((nameof(ImprovementAction.OwningAgencyId), "Select an agency from the partnership's list"));
        }

        Required(errors, nameof(ImprovementAction.OwnerName), input.OwnerName, "Enter the name of the person who owns the action", "The owner's name", ImprovementAction.OwnerNameMaxLength);
        if (input.RaisedOn is not { } raised)
        {
            errors.Add((nameof(ImprovementAction.RaisedOn), "Enter the date the action was raised"));
        }
        else if (raised > today)
        {
            errors.Add((nameof(ImprovementAction.RaisedOn), "The date the action was raised must be today or in the past"));
        }

        if (input.DueOn is not { } due)
        {
            errors.Add((nameof(ImprovementAction.DueOn), "Enter the date the action is due"));
        }
        else if (input.RaisedOn is { } raisedOn && due < raisedOn)
        {
            errors.Add((nameof(ImprovementAction.DueOn), "The due date must be the same as or after the date the action was raised"));
        }

        switch (input.Status)
        {
            case null:
                errors.Add((nameof(ImprovementAction.Status), "Select the status of the action"));
                break;
            case ActionStatus.Completed:
                CheckCompletion(errors, input, today);
                break;
            case ActionStatus.Cancelled:
                Required(errors, nameof(ImprovementAction.CancelledReason), input.CancelledReason, "Explain why the action was cancelled", "The reason", ImprovementAction.TextMaxLength);
                break;
            default:
                break;
        }

        return errors;
    }

    /// <summary>The problem with a progress note, if any: it must say something and not be too long.</summary>
    public static IReadOnlyList<(string Field, string Message)> CheckNote(string? text)
    {
        var errors = new List<(string, string)>();
        Required(errors, nameof(ActionProgressNote.Text), text, "Enter the progress note", "The progress note", ActionProgressNote.TextMaxLength);
        return errors;
    }

    /// <summary>The problem with the description of a piece of evidence, if any.</summary>
    public static IReadOnlyList<(string Field, string Message)> CheckEvidence(string? description)
    {
        var errors = new List<(string, string)>();
        Required(errors, nameof(ActionEvidence.Description), description, "Describe what the document shows about the action", "The description", ActionEvidence.DescriptionMaxLength);
        return errors;
    }

    private static void CheckCompletion(List<(string, string)> errors, ActionInput input, DateOnly today)
    {
        if (input.CompletedOn is not { } completed)
        {
            errors.Add((nameof(ImprovementAction.CompletedOn), "Enter the date the action was completed"));
        }
        else if (completed > today)
        {
            errors.Add((nameof(ImprovementAction.CompletedOn), "The date the action was completed must be today or in the past"));
        }
        else if (input.RaisedOn is { } raised && completed < raised)
        {
            errors.Add((nameof(ImprovementAction.CompletedOn), "The date the action was completed must be the same as or after the date it was raised"));
        }

        Required(errors, nameof(ImprovementAction.CompletionSummary), input.CompletionSummary, "Describe what was done to complete the action", "The summary", ImprovementAction.TextMaxLength);
    }

    private static void Required(List<(string, string)> errors, string field, string? text, string missing, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add((field, missing));
        }
        else
        {
            Length(errors, field, what, text, maxLength);
        }
    }

    private static void Length(List<(string, string)> errors, string field, string what, string? text, int maxLength)
    {
        if (text is not null && text.Trim().Length > maxLength)
        {
            errors.Add((field, $"{what} must be {maxLength:N0} characters or fewer"));
        }
    }
}
