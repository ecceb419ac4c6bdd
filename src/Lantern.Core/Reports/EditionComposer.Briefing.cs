namespace Lantern.Core.Reports;

public static partial class EditionComposer
{
    public const string BriefingFindingsHeading = "What the review found";
    public const string BriefingDifferentlyHeading = "What to do differently";

    /// <summary>
    /// The practitioner briefing: each finding's heading with the first paragraph under it (its summary, in the draft
    /// layout), the questions for teams, and what to do differently (the recommendations' items, or their paragraphs
    /// when the writer wrote prose). Over <see cref="BriefingWordLimit"/> words, the findings are cut to their first
    /// sentence so the briefing stays short.
    /// </summary>
    private static List<ReportBlock> Briefing(IReadOnlyList<ComposedSection> sections)
    {
        var findings = BriefingFindings(sections);
        var questions = sections.Where(s => s.Definition.Use == SectionUse.PractitionerBriefing).ToList();
        var differently = BriefingDifferently(sections);

        List<ReportBlock> Build(bool cut)
        {
            var blocks = new List<ReportBlock> { new ReportParagraph(BriefingIntroduction) };
            if (findings.Count > 0)
            {
                blocks.Add(new ReportHeading(1, BriefingFindingsHeading));
                foreach (var (heading, paragraph) in findings)
                {
                    if (heading is not null)
                    {
                        blocks.Add(new ReportHeading(2, heading));
                    }

                    if (paragraph is not null)
                    {
                        blocks.Add(new ReportParagraph(cut ? SectionText.FirstSentence(paragraph) : paragraph));
                    }
                }
            }

            foreach (var section in questions)
            {
                AddSection(blocks, section);
            }

            if (differently.Count > 0)
            {
                blocks.Add(new ReportHeading(1, BriefingDifferentlyHeading));
                blocks.AddRange(differently);
            }

            return blocks;
        }

        var full = Build(cut: false);
        return ReportDocuments.Paragraphs(new ReportDocument(string.Empty, string.Empty, EditionKind.PractitionerBriefing, string.Empty, null, full)).Sum(Words) > BriefingWordLimit
            ? Build(cut: true)
            : full;
    }

    /// <summary>Each finding of the findings sections as its "## " heading and the first paragraph under it (before any
    /// sub-heading). A findings section written without headings gives its first paragraph alone.</summary>
    private static List<(string? Heading, string? Paragraph)> BriefingFindings(IReadOnlyList<ComposedSection> sections)
    {
        var result = new List<(string?, string?)>();
        foreach (var section in sections.Where(s => s.Definition.Use == SectionUse.Report && s.Definition.Source == SectionSourceKind.Findings))
        {
            var blocks = SectionText.Parse(section.Text);
            if (!blocks.OfType<ReportHeading>().Any(h => h.Level == 2))
            {
                if (blocks.OfType<ReportParagraph>().FirstOrDefault() is { } only)
                {
                    result.Add((null, only.Text));
                }

                continue;
            }

            string? heading = null;
            string? paragraph = null;
            var inLead = false;
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case ReportHeading { Level: 2 } h:
                        if (heading is not null)
                        {
                            result.Add((heading, paragraph));
                        }

                        (heading, paragraph, inLead) = (h.Text, null, true);
                        break;
                    case ReportHeading:
                        inLead = false;
                        break;
                    case ReportParagraph p when inLead && heading is not null && paragraph is null:
                        paragraph = p.Text;
                        break;
                    default:
                        break;
                }
            }

            if (heading is not null)
            {
                result.Add((heading, paragraph));
            }
        }

        return result;
    }

    /// <summary>The recommendations as one numbered list; their paragraphs instead when the writer used no lists.</summary>
    private static List<ReportBlock> BriefingDifferently(IReadOnlyList<ComposedSection> sections)
    {
        var blocks = sections
            .Where(s => s.Definition.Use == SectionUse.Report && s.Definition.Source == SectionSourceKind.Recommendations)
            .SelectMany(s => SectionText.Parse(s.Text))
            .ToList();
        var items = blocks.OfType<ReportList>().SelectMany(l => l.Items).ToList();
        return items.Count > 0 ? [new ReportList(items, Numbered: true)] : [.. blocks.OfType<ReportParagraph>()];
    }
}
