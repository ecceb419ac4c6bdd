namespace Lantern.Core.Quality;

/// <summary>How far a review meets one quality marker.</summary>
public enum MarkerAnswer
{
    Met,
    PartlyMet,
    NotMet,
    NotApplicable,
}

/// <summary>
/// A review's self-assessment against one quality marker: the answer and comment of the person who assessed it, and,
/// when someone else has moderated it, their answer and comment. One per review per marker; answering again changes
/// it. The moderated answer, where there is one, is the one that counts (<see cref="Settled"/>).
/// </summary>
public sealed class MarkerAssessment : IVersioned
{
    public const int CommentMaxLength = 4_000;
    public const int ModerationCommentMaxLength = 4_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>The marker's number, 1 to 18 (see <see cref="QualityMarkers"/>).</summary>
    public int Marker { get; set; }

    /// <summary>The assessor's answer; null until the marker has been assessed.</summary>
    public MarkerAnswer? Answer { get; set; }

    public string? Comment { get; set; }
    public Guid? AssessedByUserId { get; set; }
    public DateTime? AssessedAt { get; set; }

    /// <summary>The moderator's answer; null when the assessment has not been moderated.</summary>
    public MarkerAnswer? ModeratedAnswer { get; set; }

    public string? ModerationComment { get; set; }
    public Guid? ModeratedByUserId { get; set; }
    public DateTime? ModeratedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Whether someone has moderated the assessment.</summary>
    public bool Moderated => ModeratedAnswer is not null;

    /// <summary>Whether the moderator gave a different answer from the assessor.</summary>
    public bool Disagrees => ModeratedAnswer is not null && ModeratedAnswer != Answer;

    /// <summary>The answer that counts: the moderator's where there is one, otherwise the assessor's.</summary>
    public MarkerAnswer? Settled => ModeratedAnswer ?? Answer;
}

public static class MarkerAnswers
{
    /// <summary>The label shown for a marker nobody has assessed yet.</summary>
    public const string NotAssessedName = "Not assessed";

    /// <summary>The CSS modifier for a marker nobody has assessed yet.</summary>
    public const string NotAssessedCssModifier = "not-assessed";

    public static readonly IReadOnlyList<MarkerAnswer> All = Enum.GetValues<MarkerAnswer>();

    public static string DisplayName(this MarkerAnswer answer) => answer switch
    {
        MarkerAnswer.Met => "Met",
        MarkerAnswer.PartlyMet => "Partly met",
        MarkerAnswer.NotMet => "Not met",
        MarkerAnswer.NotApplicable => "Not applicable",
        _ => answer.ToString(),
    };

    /// <summary>The label for an answer, or "Not assessed" for none.</summary>
    public static string DisplayName(this MarkerAnswer? answer) => answer is { } given ? given.DisplayName() : NotAssessedName;

    /// <summary>The modifier a page adds to a tag's CSS class ("quality-tag--partly-met"); the label always goes with it,
    /// so the answer never rests on colour alone.</summary>
    public static string CssModifier(this MarkerAnswer? answer) => answer switch
    {
        MarkerAnswer.Met => "met",
        MarkerAnswer.PartlyMet => "partly-met",
        MarkerAnswer.NotMet => "not-met",
        MarkerAnswer.NotApplicable => "not-applicable",
        _ => NotAssessedCssModifier,
    };

    /// <summary>Whether the answer needs a comment: anything short of met, and "not applicable", has to say why.</summary>
    public static bool NeedsComment(this MarkerAnswer answer) => answer is not MarkerAnswer.Met;

    /// <summary>Whether the answer is a shortfall: not met, or only partly met.</summary>
    public static bool IsShortfall(this MarkerAnswer answer) => answer is MarkerAnswer.NotMet or MarkerAnswer.PartlyMet;
}
