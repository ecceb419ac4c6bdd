namespace Lantern.Core.Analysis;

/// <summary>One part of a finding, with the question it answers for the reader.</summary>
public sealed record FindingPart(string Key, string Heading, string Prompt, bool Required);

/// <summary>The parts of a finding that a draft finding has, for checking it is complete.</summary>
public sealed record FindingDraft(
    string? Title,
    string? InThisCase,
    string? NotPeculiar,
    string? HowWidespread,
    string? WhyItMatters,
    string? Statement,
    IReadOnlyList<string> IssuesForTheBoard,
    bool IsGoodPractice);

/// <summary>
/// How a finding is built: a claim about the system, how it showed in this case, the evidence that it is routine
/// rather than a quirk of this case, how widespread it is, why it matters for how safely the system works, a
/// short statement, and open questions for the Board. Written for Lantern.
/// </summary>
public static class FindingAnatomy
{
    public const int TitleMaxLength = 300;
    public const int IssueMaxLength = 500;
    public const int MaxIssues = 12;

    public static IReadOnlyList<FindingPart> Parts { get; } =
    [
        new("title", "Finding", "One sentence about how the system works and what that leads to, not about one person's act", true),
        new("in-this-case", "How it showed in this case", "What happened here that revealed it, and what it made harder or easier", true),
        new("not-peculiar", "Why it is not peculiar to this case", "What tells you it happens routinely: other cases, audits, data, what the case group and review team said", true),
        new("how-widespread", "How widespread it is", "Where and how often it seems to happen, and where that knowledge comes from", false),
        new("why-it-matters", "Why it matters", "What it means for how reliably the agencies together keep children or adults safe", true),
        new("statement", "Summary", "The finding in a few sentences, as it will appear in the report", true),
        new("issues", "Issues for the Board", "Open questions for the Board to consider, not instructions", true),
    ];

    /// <summary>What a finding still needs before the review team can agree it; empty when nothing is missing.</summary>
    public static IReadOnlyList<string> Missing(FindingDraft draft)
    {
        var missing = new List<string>();
        void Need(string? text, string message)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                missing.Add(message);
            }
        }

        Need(draft.Title, "Write the finding as one sentence about the system");
        Need(draft.InThisCase, "Say how it showed in this case");
        Need(draft.NotPeculiar, "Give the evidence that it is not peculiar to this case");
        Need(draft.WhyItMatters, "Say why it matters");
        Need(draft.Statement, "Write the summary");
        if (!draft.IsGoodPractice && draft.IssuesForTheBoard.All(string.IsNullOrWhiteSpace))
        {
            missing.Add("Add at least one issue for the Board");
        }

        return missing;
    }

    /// <summary>The issues as the Board will read them: trimmed, blank lines dropped, each ending with one question mark.</summary>
    public static IReadOnlyList<string> TidyIssues(IEnumerable<string?> issues) =>
        issues.Where(i => !string.IsNullOrWhiteSpace(i))
            .Select(i => TidyIssue(i!))
            .Where(i => i.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>
    /// One issue ending with exactly one question mark. A question mark before closing quotes or brackets counts
    /// ("...about them?'" is a question already), and one added after them earlier is taken off again
    /// ("...about them?'?" was saved before this rule). Full stops at the end, inside or after the quotes, give
    /// way to the question mark: "...moves.'" becomes "...moves'?".
    /// </summary>
    public static string TidyIssue(string issue)
    {
        var text = issue.Trim().TrimEnd('.', ' ', '\t');
        while (text.EndsWith("??", StringComparison.Ordinal))
        {
            text = text[..^1];
        }

        // Split off the closing quotes and brackets (and any spaces among them) at the end.
        var bodyEnd = text.Length;
        while (bodyEnd > 0 && (IsCloser(text[bodyEnd - 1]) || text[bodyEnd - 1] == ' '))
        {
            bodyEnd--;
        }

        if (text.EndsWith('?') && bodyEnd == text.Length)
        {
            // "...them?'?": the question mark after the closers is one too many when there is one before them.
            var withoutLast = text[..^1].TrimEnd();
            var end = withoutLast.Length;
            while (end > 0 && (IsCloser(withoutLast[end - 1]) || withoutLast[end - 1] == ' '))
            {
                end--;
            }

            return end < withoutLast.Length && end > 0 && withoutLast[end - 1] == '?' ? withoutLast : text;
        }

        var body = text[..bodyEnd].TrimEnd('.', ' ');
        var closers = text[bodyEnd..].Replace(" ", string.Empty, StringComparison.Ordinal);
        if (body.Length == 0)
        {
            return string.Empty;
        }

        return body.EndsWith('?') ? body + closers : body + closers + "?";
    }

    private static bool IsCloser(char c) => c is '\'' or '"' or '\u2019' or '\u201D' or ')' or ']';
}

/// <summary>
/// A finding's priority, in one place: the review team ranks findings from <see cref="Min"/> (the one that matters
/// most) to <see cref="Max"/>, or leaves them unranked; lists show ranked findings first, in rank order, then the
/// unranked, each by number.
/// </summary>
public static class FindingPriority
{
    public const int Min = 1;
    public const int Max = 99;

    /// <summary>The message for a rank out of range, as a format: {1} and {2} are <see cref="Min"/> and <see cref="Max"/>
    /// (the form's range check fills them in the same way).</summary>
    public const string OutOfRangeFormat = "The priority must be a whole number from {1} to {2}";

    /// <summary>The message for a rank out of range.</summary>
    public static string OutOfRange { get; } = string.Format(System.Globalization.CultureInfo.InvariantCulture, OutOfRangeFormat, null, Min, Max);

    /// <summary>Whether <paramref name="rank"/> is a rank the review team may give (unranked is allowed).</summary>
    public static bool IsAllowed(int? rank) => rank is null or (>= Min and <= Max);

    /// <summary>The findings in priority order (usable in a database query).</summary>
    public static IOrderedQueryable<Finding> InPriorityOrder(this IQueryable<Finding> findings) =>
        findings.OrderBy(f => f.PriorityRank ?? int.MaxValue).ThenBy(f => f.Number);

    /// <summary>The findings in priority order, once loaded.</summary>
    public static IOrderedEnumerable<Finding> InPriorityOrder(this IEnumerable<Finding> findings) =>
        findings.OrderBy(f => f.PriorityRank ?? int.MaxValue).ThenBy(f => f.Number);
}
