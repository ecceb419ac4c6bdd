namespace Lantern.Core.Reports;

/// <summary>What in the analysis a report section draws its statements from.</summary>
public enum SectionSourceKind
{
    /// <summary>Nothing: the writer's prose only.</summary>
    None,

    /// <summary>The chair's decision, the statement of purpose and the agreed terms of reference.</summary>
    Scope,

    /// <summary>The method, who took part, the conversations held, the family's involvement and the techniques used against hindsight.</summary>
    Method,

    /// <summary>The agreed narrative periods, in case order.</summary>
    CaseInBrief,

    /// <summary>The agreed key practice episodes, in case order, good practice included.</summary>
    Appraisal,

    /// <summary>The agreed findings in priority order, each in its anatomy with its issues for the Board.</summary>
    Findings,

    /// <summary>Each agreed finding's summary only, in priority order (for a summary, a briefing or the family).</summary>
    FindingsInShort,

    /// <summary>The recommendations, by kind and level.</summary>
    Recommendations,

    /// <summary>The police, coroner, court and other processes that ran alongside the review.</summary>
    ParallelProcesses,

    /// <summary>The glossary: Lantern's terms of method and the partnership's own.</summary>
    Glossary,
}

/// <summary>Which edition a section belongs to.</summary>
public enum SectionUse
{
    /// <summary>The full report: the restricted and published editions.</summary>
    Report,

    /// <summary>Only the family summary edition.</summary>
    FamilySummary,

    /// <summary>Only the practitioner briefing.</summary>
    PractitionerBriefing,
}

/// <summary>One section of a report: its key (stable across versions), its heading, a prompt for the writer, what it
/// draws from and which edition it belongs to.</summary>
public sealed record ReportSectionDefinition(string Key, string Heading, string Prompt, SectionSourceKind Source, SectionUse Use = SectionUse.Report);

/// <summary>
/// The sections a report has, in order. Lantern offers <see cref="Default"/>; a partnership may keep its own list
/// (edited as JSON, see <see cref="ToJson"/> and <see cref="Parse"/>), as long as keys are unique and every section
/// has a heading and a known source.
/// </summary>
public static partial class ReportStructure
{
    public const string Summary = "summary";
    public const string WhyThisReview = "why-this-review";
    public const string HowItWasDone = "how-it-was-done";
    public const string CaseInBrief = "case-in-brief";
    public const string Appraisal = "appraisal-of-practice";
    public const string Findings = "findings";
    public const string Recommendations = "recommendations";
    public const string ParallelProcesses = "parallel-processes";
    public const string Glossary = "glossary";
    public const string FamilySummary = "family-summary";
    public const string QuestionsForTeams = "questions-for-teams";

    /// <summary>Lantern's default structure, in its own words.</summary>
    public static IReadOnlyList<ReportSectionDefinition> Default { get; } =
    [
        new(Summary, "Summary",
            "In a few paragraphs: who the review was about (by pseudonym), why it was held, and the findings that matter most. Written last, read first.",
            SectionSourceKind.FindingsInShort),
        new(WhyThisReview, "Why this review, and what it looked at",
            "Why the partnership decided to review the case, the period and agencies it covered and the questions it set out to answer.",
            SectionSourceKind.Scope),
        new(HowItWasDone, "How the review was done",
            "The method and why it suited, who took part, the conversations held, how the family was involved and how the team guarded against hindsight.",
            SectionSourceKind.Method),
        new(CaseInBrief, "The case in brief",
            "Only as much of the story as the reader needs to follow the learning, period by period, without identifying detail.",
            SectionSourceKind.CaseInBrief),
        new(Appraisal, "Appraisal of practice",
            "The key episodes in the order they happened: what was done, how it is judged against what was known then, and why it made sense at the time. Include what went well.",
            SectionSourceKind.Appraisal),
        new(Findings, "Findings",
            "Each finding in order of priority: how it showed here, why it is not peculiar to this case, why it matters, and the questions it puts to the Board.",
            SectionSourceKind.Findings),
        new(Recommendations, "Recommendations",
            "Where the review makes recommendations, set out by kind and by the level they are for. Say plainly if it makes none.",
            SectionSourceKind.Recommendations),
        new(ParallelProcesses, "How the review fitted with other processes",
            "Police, coroner, court, employer or other processes that ran alongside, what they asked of the review and how the two were kept apart.",
            SectionSourceKind.ParallelProcesses),
        new(Glossary, "Glossary",
            "Every term, role and abbreviation a reader outside the agencies may not know.",
            SectionSourceKind.Glossary),
        new(FamilySummary, "A summary for the family",
            "Plain words, short sentences, no jargon: what the review found and what will change. Written with the family's wishes in mind; it goes only into the family summary.",
            SectionSourceKind.FindingsInShort, SectionUse.FamilySummary),
        new(QuestionsForTeams, "Questions for teams",
            "A handful of questions a team can discuss in half an hour, one or two for each finding. Goes only into the practitioner briefing.",
            SectionSourceKind.FindingsInShort, SectionUse.PractitionerBriefing),
    ];
}
