using Lantern.Core.Information.Merging;

namespace Lantern.Web.Pages.Analysis;

public sealed record EpisodeRow(Guid Id, int Number, string Title, DateOnly? PeriodFrom, DateOnly? PeriodTo, IReadOnlyList<string> Agencies,
    PracticeAppraisal? Appraisal, EpisodeStatus Status, bool Shared, int FactorCount, int EvidenceCount, int CommentCount)
{
    /// <summary>Agreed once, then changed: it needs agreeing again.</summary>
    public bool ChangedSinceAgreed { get; init; }
}

public sealed record FindingRow(Guid Id, int Number, string Title, bool IsGoodPractice, int? PriorityRank, EpisodeStatus Status, bool Shared,
    int EpisodeCount, int IssueCount, IReadOnlyList<string> Missing)
{
    public bool ChangedSinceAgreed { get; init; }
}

public sealed record RecommendationRow(Guid Id, int Number, string Text, RecommendationKind Kind, RecommendationLevel Level,
    IReadOnlyList<DrawnOn> Findings, string? SuggestedOwner)
{
    /// <summary>"Finding 1 (issues 1 and 2); finding 3", for a table cell or the working papers.</summary>
    public string DrawsOn => Findings.Count == 0 ? "None" : string.Join("; ", Findings.Select((f, n) => (n == 0 ? "Finding " : "finding ") + f.Number
        + (f.Issues.Count == 0 ? string.Empty : $" ({(f.Issues.Count == 1 ? "issue" : "issues")} {string.Join(", ", f.Issues.Select(i => i.Position))})")));
}

/// <summary>A finding a recommendation draws on, with the finding's issues for the Board it answers (by position and text).</summary>
public sealed record DrawnOn(Guid Id, int Number, string Title, IReadOnlyList<(int Position, string Text)> Issues);

/// <summary>One piece of evidence an item is linked to, described for a reader.</summary>
public sealed record EvidenceRow(Guid LinkId, EvidenceKind Kind, Guid TargetId, string Label, string? Detail, string? Href, string? Note)
{
    /// <summary>The item the link is from (an episode, a finding, a perspective).</summary>
    public Guid FromId { get; init; }
}

/// <summary>Where an agreeable item stands: who agreed it and when, and, once changed since, what changed field by
/// field and the changes saved since it was agreed (who and when).</summary>
public sealed record AgreementView(bool Agreed, bool ChangedSinceAgreed, string? AgreedBy, DateTime? AgreedAt, IReadOnlyList<WordingChange> Changes,
    IReadOnlyList<(string Who, DateTime At)> ChangedBy);

public sealed record CommentRow(Guid Id, string Author, string Text, DateTime At);

public sealed record ChallengeRow(Guid Id, AnalysisItemKind ItemKind, Guid ItemId, string ItemLabel, string RaisedBy, DateTime RaisedAt, string Text,
    string? Response, ChallengeOutcome Outcome, string? RespondedBy, DateTime? RespondedAt, Guid Version);

/// <summary>A code on an item: its name, its path from the top of the scheme, and the scheme and version it was
/// coded against. <see cref="Label"/> names the scheme only when it is not one of Lantern's defaults.</summary>
public sealed record CodeRow(string Key, string Name, string Path, string Scheme = "", bool FromDefault = true)
{
    public string Label => FromDefault ? Path : $"{Path} ({Scheme})";

    /// <summary>The item's main code (a finding's main pattern category).</summary>
    public bool IsMain { get; init; }

    /// <summary>How the code applied (a note on a contributory factor).</summary>
    public string? Note { get; init; }

    /// <summary>"Main: X; also: Y, Z" for a finding's pattern categories; without a main one, the categories in turn.</summary>
    public static string PatternSummary(IReadOnlyList<CodeRow> patterns)
    {
        static string Name(CodeRow p) => p.FromDefault ? p.Name : p.Label;
        var main = patterns.FirstOrDefault(p => p.IsMain);
        if (main is null)
        {
            return string.Join("; ", patterns.Select(Name));
        }

        var others = patterns.Where(p => p != main).Select(Name).ToList();
        return others.Count == 0 ? $"Main: {Name(main)}" : $"Main: {Name(main)}; also: {string.Join(", ", others)}";
    }
}
