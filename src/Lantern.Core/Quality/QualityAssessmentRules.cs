using System.Globalization;

namespace Lantern.Core.Quality;

/// <summary>One marker's assessment as entered, before it is checked. The moderation fields are empty until someone
/// moderates it.</summary>
public sealed record MarkerAssessmentInput(
    int Marker,
    MarkerAnswer? Answer,
    string? Comment,
    Guid? AssessedByUserId,
    MarkerAnswer? ModeratedAnswer = null,
    string? ModerationComment = null,
    Guid? ModeratedByUserId = null)
{
    /// <summary>The input an assessment as stored would make, to check it again before a save.</summary>
    public static MarkerAssessmentInput From(MarkerAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new(assessment.Marker, assessment.Answer, assessment.Comment, assessment.AssessedByUserId,
            assessment.ModeratedAnswer, assessment.ModerationComment, assessment.ModeratedByUserId);
    }
}

/// <summary>The rules for a quality-marker assessment and its moderation, pure so they can be tested on their own.</summary>
public static class QualityAssessmentRules
{
    /// <summary>Each problem with <paramref name="input"/>, as the form field it belongs to and a message; none when
    /// it can be saved. Field names are the input's property names ("Answer", "ModerationComment").</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(MarkerAssessmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<(string, string)>();
        if (!QualityMarkers.IsMarker(input.Marker))
        {
            errors.Add(("Marker", $"Select a quality marker from {QualityMarkers.First} to {QualityMarkers.Last}"));
        }

        if (input.Answer is not { } answer)
        {
            errors.Add(("Answer", "Select whether the marker is met, partly met, not met or not applicable"));
        }
        else if (answer.NeedsComment() && string.IsNullOrWhiteSpace(input.Comment))
        {
            errors.Add(("Comment", CommentNeeded(answer)));
        }

        Length(errors, "Comment", "The comment", input.Comment, MarkerAssessment.CommentMaxLength);

        var moderating = input.ModeratedAnswer is not null || input.ModeratedByUserId is not null
            || !string.IsNullOrWhiteSpace(input.ModerationComment);
        if (moderating)
        {
            if (input.ModeratedAnswer is null)
            {
                errors.Add(("ModeratedAnswer", "Select your answer as moderator, even if it is the same as the assessor's"));
            }

            // Moderation is a second pair of eyes: marking your own assessment would defeat it.
            if (input.ModeratedByUserId is { } moderator && moderator == input.AssessedByUserId)
            {
                errors.Add(("ModeratedByUserId", "The moderator must be someone other than the person who assessed the marker"));
            }

            if (input.ModeratedAnswer is { } moderated && moderated != input.Answer && input.Answer is not null
                && string.IsNullOrWhiteSpace(input.ModerationComment))
            {
                errors.Add(("ModerationComment", "Enter a comment saying why you disagree with the assessor's answer"));
            }

            Length(errors, "ModerationComment", "The moderation comment", input.ModerationComment, MarkerAssessment.ModerationCommentMaxLength);
        }

        return errors;
    }

    /// <summary>Each problem with <paramref name="assessment"/> as stored.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(MarkerAssessment assessment) =>
        Check(MarkerAssessmentInput.From(assessment));

    private static string CommentNeeded(MarkerAnswer answer) => answer switch
    {
        MarkerAnswer.PartlyMet => "Enter a comment saying what was done and what was missing, so others can see why the marker is only partly met",
        MarkerAnswer.NotMet => "Enter a comment saying what was missing, so others can see why the marker is not met and what to improve",
        _ => "Enter a comment saying why the marker does not apply to this review",
    };

    private static void Length(List<(string, string)> errors, string field, string what, string? text, int maxLength)
    {
        if (text is not null && text.Trim().Length > maxLength)
        {
            errors.Add((field, string.Create(CultureInfo.InvariantCulture, $"{what} must be {maxLength:N0} characters or fewer")));
        }
    }
}
