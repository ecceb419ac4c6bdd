using System.Text;
using Lantern.Core.Analysis;

namespace Lantern.Core.Reports;

public static partial class SectionText
{
    /// <summary>
    /// The first draft of a section's text, laid out from its statements in the markup <see cref="Parse"/> reads: the
    /// findings in their anatomy under sub-headings with the Board's issues as bullets, episodes and narrative periods
    /// under their titles, recommendations grouped by kind and level, the glossary as a table. The writer rewrites it
    /// as prose; Lantern never writes over it again.
    /// </summary>
    public static string Draft(SectionSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = new Writer();
        var items = source.Statements.GroupBy(s => s.Item).ToList();
        switch (source.Kind)
        {
            case SectionSourceKind.Scope:
            case SectionSourceKind.Method:
                DraftPlain(text, source.Statements);
                break;
            case SectionSourceKind.CaseInBrief:
            case SectionSourceKind.Appraisal:
            case SectionSourceKind.ParallelProcesses:
                foreach (var item in items)
                {
                    DraftTitled(text, item.ToList());
                }

                break;
            case SectionSourceKind.Findings:
                var n = 0;
                foreach (var item in items)
                {
                    DraftFinding(text, ++n, item.ToList());
                }

                break;
            case SectionSourceKind.FindingsInShort when source.SectionKey == ReportStructure.QuestionsForTeams:
                text.List(source.Statements.Select(s => $"{FirstSentence(s.Text)} How does this show in your team's work, and what would help?"), numbered: true);
                break;
            case SectionSourceKind.FindingsInShort:
                foreach (var statement in source.Statements)
                {
                    text.Paragraph(statement.Text);
                }

                break;
            case SectionSourceKind.Recommendations:
                DraftRecommendations(text, items);
                break;
            case SectionSourceKind.Glossary when source.Statements.Count > 0:
                text.Line("Table: Terms used in this report");
                text.Line("| Term | What it means |");
                text.Line("| --- | --- |");
                foreach (var s in source.Statements)
                {
                    text.Line($"| {Cell(s.Link.Label)} | {Cell(s.Text)} |");
                }

                text.Line(string.Empty);
                break;
            default:
                break;
        }

        return text.ToString();
    }

    /// <summary>Scope and method: prose, with lines of enquiry and techniques against hindsight as lists under a lead-in.</summary>
    private static void DraftPlain(Writer text, IReadOnlyList<SourceStatement> statements)
    {
        var lines = statements.Where(s => s.Key.StartsWith("terms/", StringComparison.Ordinal) && s.Part.StartsWith("line-", StringComparison.Ordinal)).ToList();
        var techniques = statements.Where(s => s.Link.Kind == SourceItemKind.HindsightRecord && s.Part != "other").ToList();
        foreach (var s in statements)
        {
            if (s == lines.FirstOrDefault())
            {
                text.Paragraph("The review set out to answer these questions:");
                text.List(lines.Select(l => l.Text), numbered: true);
            }
            else if (s == techniques.FirstOrDefault())
            {
                text.Paragraph("To guard against hindsight, the review team:");
                text.List(techniques.Select(t => t.Text), numbered: false);
            }
            else if (!lines.Contains(s) && !techniques.Contains(s))
            {
                text.Paragraph(s.Text);
            }
        }
    }

    /// <summary>A narrative period, an episode or a parallel process: its title (and period) as a heading, then its parts.</summary>
    private static void DraftTitled(Writer text, IReadOnlyList<SourceStatement> parts)
    {
        string? Part(string key) => parts.FirstOrDefault(p => p.Part == key)?.Text;
        var title = Part("title") ?? Part("kind") ?? parts[0].Link.Label;
        var period = Part("period");
        text.Heading(2, period is null ? title : $"{title} ({period})");
        foreach (var p in parts.Where(p => p.Part is not ("title" or "kind" or "period")))
        {
            if (p.Part.StartsWith("constraint-", StringComparison.Ordinal))
            {
                text.List([p.Text], numbered: false);
                continue;
            }

            text.Paragraph(p.Part switch
            {
                "known-then" => $"What was known then: {p.Text}",
                "appraisal" => $"Appraisal: {p.Text}.",
                "appraisal-reasons" => $"Why: {p.Text}",
                "explanation" => $"Why it made sense at the time: {p.Text}",
                _ => p.Text,
            });
        }
    }

    /// <summary>One finding in its anatomy: title as heading, the summary first, then a sub-heading per part and the
    /// issues for the Board as bullets.</summary>
    private static void DraftFinding(Writer text, int number, IReadOnlyList<SourceStatement> parts)
    {
        var headings = FindingAnatomy.Parts.ToDictionary(p => p.Key, p => p.Heading);
        var title = parts.FirstOrDefault(p => p.Part == "title")?.Text ?? parts[0].Link.Label;
        text.Heading(2, $"Finding {number}: {title}");
        foreach (var p in parts.Where(p => p.Part is "statement" or "good-practice"))
        {
            text.Paragraph(p.Text);
        }

        foreach (var key in new[] { "in-this-case", "not-peculiar", "how-widespread", "why-it-matters" })
        {
            if (parts.FirstOrDefault(p => p.Part == key) is { } part)
            {
                text.Heading(3, headings[key]);
                text.Paragraph(part.Text);
            }
        }

        var issues = parts.Where(p => p.Part.StartsWith("issue-", StringComparison.Ordinal)).Select(p => p.Text).ToList();
        if (issues.Count > 0)
        {
            text.Heading(3, headings["issues"]);
            text.List(issues, numbered: false);
        }
    }

    private static void DraftRecommendations(Writer text, IReadOnlyList<IGrouping<string, SourceStatement>> items)
    {
        string Part(IGrouping<string, SourceStatement> item, string key) => item.FirstOrDefault(p => p.Part == key)?.Text ?? string.Empty;
        foreach (var kind in items.GroupBy(i => Part(i, "kind")))
        {
            text.Heading(2, kind.Key);
            foreach (var level in kind.GroupBy(i => Part(i, "level")))
            {
                text.Heading(3, level.Key);
                text.List(level.Select(i =>
                {
                    var notes = new[] { Part(i, "owner"), Part(i, "findings") }.Where(n => n.Length > 0).ToList();
                    return notes.Count == 0 ? Part(i, "text") : $"{Part(i, "text")} ({string.Join("; ", notes)})";
                }), numbered: true);
            }
        }
    }

    /// <summary>The first sentence of a text (all of it when it has one).</summary>
    internal static string FirstSentence(string text)
    {
        var flat = Spaces().Replace(text.Replace('\n', ' '), " ").Trim();
        for (var i = 0; i < flat.Length - 1; i++)
        {
            if (flat[i] is '.' or '?' or '!' && flat[i + 1] == ' ' && i + 2 < flat.Length && char.IsUpper(flat[i + 2]))
            {
                return flat[..(i + 1)];
            }
        }

        return flat;
    }

    private static string Cell(string text) => Spaces().Replace(text.Replace('\n', ' ').Replace('|', '/'), " ").Trim();

    /// <summary>Builds markup text: blocks separated by one blank line.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder text = new();

        public void Heading(int level, string title) => Block(new string('#', level) + " " + Spaces().Replace(title.Replace('\n', ' '), " ").Trim());

        public void Paragraph(string paragraph) => Block(paragraph.Trim());

        public void List(IEnumerable<string> items, bool numbered)
        {
            var n = 0;
            Block(string.Join("\n", items.Select(i => (numbered ? $"{++n}. " : "- ") + Spaces().Replace(i.Replace('\n', ' '), " ").Trim())));
        }

        public void Line(string line) => text.Append(line).Append('\n');

        public override string ToString() => text.ToString().TrimEnd() + (text.Length > 0 ? "\n" : string.Empty);

        private void Block(string block)
        {
            if (block.Length > 0)
            {
                text.Append(block).Append("\n\n");
            }
        }
    }
}
