namespace Lantern.Core.Analysis;

/// <summary>One part of the notes of a conversation with a practitioner, with what the interviewers ask about.</summary>
public sealed record ConversationSection(string Key, string Heading, string Prompt);

/// <summary>Whether the interviewers come from outside the participant's agency or include a colleague of theirs.</summary>
public enum InterviewerMix
{
    Independent,
    Mixed,
}

/// <summary>
/// The shape of a conversation that reconstructs how a case looked to a practitioner at the time, written for
/// Lantern: notes are kept under these headings in this order, and any of them may be left empty.
/// </summary>
public static class ConversationStructure
{
    public const int MinimumInterviewers = 2;

    public static IReadOnlyList<ConversationSection> Sections { get; } =
    [
        new("introduction", "Introduction and consent",
            "Why we are talking, how the notes will be used and who will read them, and that they can stop or check the notes afterwards"),
        new("overview", "Their part in the case",
            "A short account of the family in their words, and when and how they were involved"),
        new("turning-points", "Turning points",
            "The moments they think changed the direction of the case or how it was handled"),
        new("at-the-time", "How it looked at the time",
            "What they believed was happening, what they knew then, what they were trying to achieve, the options they saw, what pressed on them and how they felt"),
        new("factors", "What made the work easier or harder",
            "Anything about the family, their role, their team, other agencies, their organisation or beyond that shaped what they did"),
        new("went-well", "What went well",
            "Practice they are proud of, and what made it possible"),
        new("cross-agency", "Questions from the whole picture",
            "What the reviewers, seeing every agency's records, want to understand from them"),
        new("changes", "Changes they would suggest",
            "What would help them or colleagues in a similar case"),
    ];

    public static ConversationSection? Find(string key) => Sections.FirstOrDefault(s => s.Key == key);

    /// <summary>Independent when no interviewer works for the participant's agency; mixed when at least one does.
    /// A participant with no agency (a family member) always has an independent conversation.</summary>
    public static InterviewerMix MixOf(Guid? participantAgencyId, IEnumerable<Guid?> interviewerAgencyIds) =>
        participantAgencyId is { } agency && interviewerAgencyIds.Any(a => a == agency) ? InterviewerMix.Mixed : InterviewerMix.Independent;

    public static string DisplayName(this InterviewerMix mix) => mix switch
    {
        InterviewerMix.Independent => "Independent: no interviewer from the participant's agency",
        InterviewerMix.Mixed => "Mixed: an interviewer from the participant's agency",
        _ => throw new ArgumentOutOfRangeException(nameof(mix), mix, null),
    };
}

/// <summary>How a participant rated one statement about taking part, from 1 (strongly disagree) to 5 (strongly agree).</summary>
public sealed record FeedbackAnswer(string QuestionKey, int Rating);

/// <summary>The share of answers at each rating for one question, and their mean.</summary>
public sealed record FeedbackSummary(string QuestionKey, int Answers, double Mean, IReadOnlyList<int> CountsByRating);

/// <summary>
/// Anonymous feedback from participants about taking part in the review. Answers are stored without who gave
/// them or when, and shown only as totals, and only once enough people have answered that no one answer can be
/// told apart.
/// </summary>
public static class AnonymousFeedback
{
    public const int MinimumToShow = 5;

    public static IReadOnlyList<(string Key, string Statement)> Questions { get; } =
    [
        ("prepared", "I knew what to expect before the conversation"),
        ("listened", "The reviewers wanted to understand how things looked to me at the time"),
        ("fair", "I was treated fairly and without blame"),
        ("useful", "Taking part was a good use of my time"),
        ("again", "I would take part in a review like this again"),
    ];

    /// <summary>Totals for each question with at least <see cref="MinimumToShow"/> answers; nothing for the others.</summary>
    public static IReadOnlyList<FeedbackSummary> Summarise(IEnumerable<FeedbackAnswer> answers)
    {
        var byQuestion = answers.Where(a => a.Rating is >= 1 and <= 5).GroupBy(a => a.QuestionKey).ToDictionary(g => g.Key, g => g.ToList());
        var summaries = new List<FeedbackSummary>();
        foreach (var (key, _) in Questions)
        {
            if (byQuestion.TryGetValue(key, out var given) && given.Count >= MinimumToShow)
            {
                var counts = Enumerable.Range(1, 5).Select(r => given.Count(a => a.Rating == r)).ToList();
                summaries.Add(new FeedbackSummary(key, given.Count, Math.Round(given.Average(a => a.Rating), 1), counts));
            }
        }

        return summaries;
    }
}
