using Lantern.Core.Reports;

namespace Lantern.Core.Board;

/// <summary>One of a finding's issues for the Board and the Board's answer to it (null while unanswered).</summary>
public sealed record AnsweredIssue(string Issue, string? Answer);

/// <summary>
/// A finding as the written response sets it out: its number and title, the Board's response (null while it has not
/// answered), and the names the response points to (the priority, the agencies, the kind 3 recommendation).
/// </summary>
public sealed record RespondedFinding(
    int Number,
    string Title,
    FindingResponse? Response,
    IReadOnlyList<AnsweredIssue> Issues,
    string? Priority,
    IReadOnlyList<string> Agencies,
    string? NationalRecommendation)
{
    /// <summary>Answered in full: a decision recorded and every issue for the Board given an answer.</summary>
    public bool IsAnswered => Response is not null && Issues.All(i => !string.IsNullOrWhiteSpace(i.Answer));
}

/// <summary>
/// Lays out the Board's written response to a report (quality marker 16) as an edition of its own, for the same
/// writers (DOCX, HTML, PDF) and the same disclosure-risk check as the report: how the report reached the Board, then
/// each finding with the Board's decision, reasons, priority, what the Board and agencies will do, how the effect will
/// be monitored, whether national action is needed, and the answer to each issue for the Board. The minutes stay out:
/// they are the Board's record, not part of what is published. Pure: the caller supplies the pseudonymiser.
/// </summary>
public static class BoardResponseDocument
{
    public const string NotAnswered = "The Board has not answered this finding yet.";

    public static ReportDocument Compose(string reviewTitle, string versionLabel, BoardPresentation presentation, IReadOnlyList<RespondedFinding> findings, Func<string, string> transform)
    {
        ArgumentNullException.ThrowIfNull(reviewTitle);
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(transform);
        var label = versionLabel.Trim();
        var blocks = new List<ReportBlock>
        {
            new ReportHeading(1, "How the report reached the Board"),
            new ReportParagraph($"The Board received the report ({label}) at {(presentation.Kind == BoardMeetingKind.Extraordinary ? "an extraordinary meeting called for it" : "its scheduled meeting")} on {presentation.PresentedOn.LongDate()}."),
        };
        if (presentation.Attendees.Count > 0)
        {
            blocks.Add(new ReportParagraph("Those at the meeting, by role:"));
            blocks.Add(new ReportList([.. presentation.Attendees]));
        }

        blocks.Add(new ReportParagraph(findings.Count switch
        {
            0 => "The review made no findings for the Board to answer.",
            1 => "The review made one finding. The Board's answer to it follows: whether it accepts it and why, what will be done, and how the Board will know whether it worked.",
            _ => $"The review made {findings.Count} findings. The Board's answer to each follows: whether it accepts it and why, what will be done, and how the Board will know whether it worked.",
        }));

        foreach (var finding in findings)
        {
            blocks.AddRange(Finding(finding));
        }

        return new ReportDocument(
            transform(reviewTitle.Trim()),
            transform($"{EditionComposer.EditionName(EditionKind.BoardResponse)} to {label}"),
            EditionKind.BoardResponse,
            label,
            null,
            [.. blocks.Select(b => EditionComposer.Transform(b, transform))]);
    }

    private static IEnumerable<ReportBlock> Finding(RespondedFinding finding)
    {
        yield return new ReportHeading(1, $"Finding {finding.Number}: {finding.Title.Trim()}");
        if (finding.Response is not { } response)
        {
            yield return new ReportParagraph(NotAnswered);
            yield break;
        }

        yield return new ReportParagraph($"The Board's decision: {response.Decision.DisplayName().ToLowerInvariant()}.");
        foreach (var block in Part("Why", response.Reasons))
        {
            yield return block;
        }

        yield return new ReportHeading(2, "Learning and improvement priority");
        yield return new ReportParagraph(finding.Priority is { } priority
            ? $"The Board places this finding under its priority \"{priority}\"."
            : "This finding does not sit under any of the partnership's current learning and improvement priorities.");
        foreach (var block in Part("What the Board will do", response.BoardWillDo))
        {
            yield return block;
        }

        foreach (var block in Part("What agencies will do", response.AgenciesWillDo))
        {
            yield return block;
        }

        if (finding.Agencies.Count > 0)
        {
            yield return new ReportParagraph(finding.Agencies.Count == 1 ? "The agency that will act:" : "The agencies that will act:");
            yield return new ReportList(finding.Agencies);
        }

        foreach (var block in Part("How the Board will know it worked", response.Monitoring))
        {
            yield return block;
        }

        yield return new ReportHeading(2, "National action");
        yield return new ReportParagraph(!response.NationalActionNeeded
            ? "The Board does not think this finding needs action at national level."
            : finding.NationalRecommendation is { } recommendation
                ? $"The Board thinks this finding needs action at national level, as the review's recommendation says: {recommendation.Trim()}"
                : "The Board thinks this finding needs action at national level.");

        if (finding.Issues.Count == 0)
        {
            yield break;
        }

        yield return new ReportHeading(2, "Issues the review put to the Board");
        for (var i = 0; i < finding.Issues.Count; i++)
        {
            var issue = finding.Issues[i];
            yield return new ReportHeading(3, $"Issue {i + 1}: {issue.Issue.Trim()}");
            foreach (var paragraph in Paragraphs(issue.Answer, "Not answered yet."))
            {
                yield return paragraph;
            }
        }
    }

    private static IEnumerable<ReportBlock> Part(string heading, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        yield return new ReportHeading(2, heading);
        foreach (var paragraph in Paragraphs(text, string.Empty))
        {
            yield return paragraph;
        }
    }

    /// <summary>The text's lines as paragraphs (blank lines dropped), or <paramref name="empty"/> when it has none.</summary>
    private static IEnumerable<ReportParagraph> Paragraphs(string? text, string empty)
    {
        var lines = (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? [new ReportParagraph(empty)] : lines.Select(l => new ReportParagraph(l));
    }
}
