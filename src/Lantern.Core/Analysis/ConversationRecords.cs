namespace Lantern.Core.Analysis;

/// <summary>Where a conversation has got to.</summary>
public enum ConversationStatus
{
    /// <summary>Arranged; no notes yet.</summary>
    Scheduled,

    /// <summary>Notes written, not yet sent to the participant to check.</summary>
    NotesWritten,

    /// <summary>The participant can read the notes and confirm them or suggest corrections.</summary>
    WithParticipant,

    /// <summary>The participant confirmed the notes as a fair record.</summary>
    Confirmed,
}

/// <summary>
/// A conversation with a practitioner (or anyone else the review talks to), arranged with at least two
/// interviewers. The participant is someone in the people register; if they also have a Lantern account they
/// can read their own notes, and only theirs, and confirm them or suggest corrections.
/// </summary>
public sealed class Conversation : IVersioned, IWithdrawable
{
    public const int PurposeMaxLength = 2_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public int Number { get; set; }

    /// <summary>The participant in the people register (shown by pseudonym).</summary>
    public Guid ParticipantPersonId { get; set; }

    /// <summary>The participant's Lantern account, when they have one, so they can check their notes.</summary>
    public Guid? ParticipantUserId { get; set; }

    public List<Guid> InterviewerUserIds { get; set; } = [];
    public DateOnly ScheduledFor { get; set; }
    public string Purpose { get; set; } = string.Empty;

    /// <summary>When the participant was sent the briefing about what to expect.</summary>
    public DateOnly? BriefingSentOn { get; set; }

    public ConversationStatus Status { get; set; }

    /// <summary>The number of the latest version of the notes (0 before any are written).</summary>
    public int NotesVersion { get; set; }

    /// <summary>Whether the participant has given their anonymous feedback (the answers are kept apart, unlinked).</summary>
    public bool FeedbackGiven { get; set; }

    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public Guid? WithdrawnByUserId { get; set; }
    public string? WithdrawnReason { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Who wrote a version of a conversation's notes.</summary>
public enum NotesAuthor
{
    Interviewers,

    /// <summary>The participant's suggested corrections, kept as a version of their own.</summary>
    Participant,
}

/// <summary>One version of a conversation's notes, section by section. Versions are never changed or deleted.</summary>
public sealed class ConversationNotes
{
    public const int SectionMaxLength = 20_000;
    public const int CommentMaxLength = 4_000;

    public Guid Id { get; set; }
    public Guid ConversationId { get; set; }
    public Guid ReviewId { get; set; }
    public int Number { get; set; }
    public NotesAuthor Author { get; set; }

    /// <summary>The notes under each <see cref="ConversationStructure"/> section key; a missing key is an empty section.</summary>
    public Dictionary<string, string> Sections { get; set; } = [];

    /// <summary>What the participant said about the notes, with a correction or a confirmation.</summary>
    public string? Comment { get; set; }

    public Guid WrittenByUserId { get; set; }
    public DateTime WrittenAt { get; set; }
}

/// <summary>What the participant of a conversation may read: the version of the notes they were sent and, while
/// their suggested correction is with the reviewers, that correction.</summary>
public sealed record ParticipantNotes(int SentVersion, int? CorrectionVersion)
{
    /// <summary>Whether the participant's correction is with the reviewers, so there is nothing for them to confirm yet.</summary>
    public bool CorrectionWithReviewers => CorrectionVersion is not null;
}

/// <summary>
/// Which notes a participant can read, from the conversation's status and its versions. While the notes are with
/// them (or confirmed) they read the latest version. After they suggest a correction the notes go back to the
/// reviewers, but the participant keeps reading the version they were sent (the one their correction was based
/// on, so the number just before it) beside their correction, until the reviewers send a new version; versions the
/// reviewers write meanwhile stay hidden. Before the notes are first sent there is nothing to read.
/// </summary>
public static class ParticipantReading
{
    public static ParticipantNotes? Of(ConversationStatus status, IEnumerable<(int Number, NotesAuthor Author)> versions)
    {
        var all = versions.ToList();
        switch (status)
        {
            case ConversationStatus.WithParticipant or ConversationStatus.Confirmed when all.Count > 0:
                return new ParticipantNotes(all.Max(v => v.Number), null);
            case ConversationStatus.NotesWritten:
                // A correction is always saved as the version after the one it answered.
                var correction = all.Where(v => v.Author == NotesAuthor.Participant).Select(v => (int?)v.Number).Max();
                return correction is { } number && all.Any(v => v.Number == number - 1) ? new ParticipantNotes(number - 1, number) : null;
            default:
                return null;
        }
    }
}

/// <summary>One set of anonymous feedback answers. Nothing links it to a person, a conversation or a time
/// finer than the month it was given.</summary>
public sealed class ParticipantFeedback
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>The first day of the month it was given.</summary>
    public DateOnly Month { get; set; }

    public List<FeedbackAnswer> Answers { get; set; } = [];
}

public static class ConversationNames
{
    public static string DisplayName(this ConversationStatus status) => status switch
    {
        ConversationStatus.Scheduled => "Arranged",
        ConversationStatus.NotesWritten => "Notes written",
        ConversationStatus.WithParticipant => "With the participant to check",
        ConversationStatus.Confirmed => "Confirmed by the participant",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
