namespace Lantern.Core.Analysis;

/// <summary>A technique a review team can use to guard its judgements against hindsight and outcome bias.</summary>
public sealed record BiasTechnique(string Key, string Name, string Prompt);

/// <summary>Whether the team used a technique.</summary>
public enum TechniqueUse
{
    NotRecorded,
    Used,
    Planned,
    NotUsed,
}

/// <summary>What the team recorded about one technique.</summary>
public sealed class TechniqueEntry
{
    public const int NoteMaxLength = 2_000;

    public string Key { get; set; } = string.Empty;
    public TechniqueUse Use { get; set; }

    /// <summary>How it was used, or why not.</summary>
    public string? Note { get; set; }
}

/// <summary>
/// The review's record of how it guarded against hindsight and outcome bias (quality marker 13): for each
/// technique, whether the team used it and how, and anything else it did.
/// </summary>
public sealed class HindsightRecord : IVersioned
{
    public const int OtherMaxLength = 4_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public List<TechniqueEntry> Entries { get; set; } = [];

    /// <summary>Anything else the team did, in its own words.</summary>
    public string? Other { get; set; }

    public Guid UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public static class BiasTechniques
{
    /// <summary>The techniques Lantern asks about, in its own words.</summary>
    public static readonly IReadOnlyList<BiasTechnique> All =
    [
        new("known-then-apart", "What was known then kept apart",
            "Each episode records what practitioners knew, or could have known, separately from what came to light afterwards."),
        new("accounts-first", "Practitioners heard before episodes were judged",
            "Conversations with the people involved came before the appraisal, so judgements start from how things looked to them."),
        new("outcome-blind", "Episodes read without the ending",
            "Someone appraised key episodes knowing only what was known at the time, not how the case turned out."),
        new("standards-then", "Judged against the expectations of the time",
            "Appraisals refer to the procedures, guidance, caseloads and resources that applied then, not to today's."),
        new("substitution", "Asked whether others would have done the same",
            "The team asked whether other competent practitioners in the same place, with the same information, would probably have acted alike."),
        new("outside-challenge", "Challenged from outside the team",
            "An independent person or peer questioned the appraisals and findings for signs of hindsight."),
        new("good-practice", "Looked for what went well",
            "The team searched as hard for practice that worked, and why, as for what went wrong."),
    ];

    public static BiasTechnique? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    public static string DisplayName(this TechniqueUse use) => use switch
    {
        TechniqueUse.NotRecorded => "Not recorded yet",
        TechniqueUse.Used => "Used",
        TechniqueUse.Planned => "Planned",
        TechniqueUse.NotUsed => "Not used",
        _ => throw new ArgumentOutOfRangeException(nameof(use), use, null),
    };
}
