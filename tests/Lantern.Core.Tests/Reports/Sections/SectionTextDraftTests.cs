using Lantern.Core.Reports;

namespace Lantern.Core.Tests.Reports.Sections;

public sealed class SectionTextDraftTests
{
    private readonly IReadOnlyDictionary<string, SectionSource> sources = ReportSources.Build(new ReportSourcesFixture().Inputs);

    private IReadOnlyList<ReportBlock> DraftBlocks(string key) => SectionText.Parse(SectionText.Draft(sources[key]));

    [Fact]
    public void Draft_Findings_EachInTheAnatomy_SummaryFirst_IssuesAsBullets()
    {
        var blocks = DraftBlocks(ReportStructure.Findings);

        var first = blocks.TakeWhile(b => b is not ReportHeading { Level: 2, Text: var t } || t.StartsWith("Finding 1:", StringComparison.Ordinal)).ToList();
        Assert.Equal(new ReportHeading(2, "Finding 1: Professionals treat a missed health appointment as a health matter only"), first[0]);
        Assert.StartsWith("Professionals treat a missed health appointment as a health matter only. This leaves", Assert.IsType<ReportParagraph>(first[1]).Text, StringComparison.Ordinal);
        Assert.Equal(
            ["How it showed in this case", "Why it is not peculiar to this case", "How widespread it is", "Why it matters", "Issues for the Board"],
            first.OfType<ReportHeading>().Where(h => h.Level == 3).Select(h => h.Text));
        var issues = Assert.IsType<ReportList>(first[^1]);
        Assert.False(issues.Numbered);
        Assert.Equal(["Is the Board content that this is left to each agency?", "What would it cost to share missed appointments routinely?"], issues.Items);
        Assert.Equal(
            ["Finding 1: Professionals treat a missed health appointment as a health matter only", "Finding 2: Discharge planning depends on who happens to be on shift", "Finding 3: Health visitors follow up missed immunisations persistently"],
            blocks.OfType<ReportHeading>().Where(h => h.Level == 2).Select(h => h.Text));
    }

    [Fact]
    public void Draft_Appraisal_TitleAndPeriodAsHeading_PartsLabelled()
    {
        var blocks = DraftBlocks(ReportStructure.Appraisal);

        Assert.Equal(new ReportHeading(2, "The health visitor noticed the missed immunisations (February 2025 to April 2025)"), blocks[0]);
        var paragraphs = blocks.OfType<ReportParagraph>().Select(p => p.Text).ToList();
        Assert.Contains("Appraisal: Good practice.", paragraphs);
        Assert.Contains("What was known then: The ward did not know the family had a social worker.", paragraphs);
        Assert.Contains("Why it made sense at the time: Fridays were short-staffed.", paragraphs);

        // The two lines typed with a Windows line ending read as one paragraph.
        Assert.Contains("The ward arranged the discharge meeting for a Friday afternoon. The school nurse was on leave and nobody covered.", paragraphs);
    }

    [Fact]
    public void Draft_Recommendations_GroupedByKindThenLevel_Numbered()
    {
        var blocks = DraftBlocks(ReportStructure.Recommendations);

        Assert.Equal(
            ["Kind 1: clear-cut, for local agencies to put in place", "Local", "Kind 3: needs research, development or national action", "National"],
            blocks.OfType<ReportHeading>().Select(h => h.Text));
        var local = Assert.IsType<ReportList>(blocks[2]);
        Assert.True(local.Numbered);
        Assert.Equal(["Agree a rule for who attends discharge meetings when the named nurse is away. (Suggested owner: Designated nurse; Draws on finding 3)"], local.Items);
    }

    [Fact]
    public void Draft_Scope_LinesOfEnquiryAsNumberedList()
    {
        var blocks = DraftBlocks(ReportStructure.WhyThisReview);

        var lines = Assert.Single(blocks.OfType<ReportList>());
        Assert.True(lines.Numbered);
        Assert.Equal(2, lines.Items.Count);
        Assert.Contains(new ReportParagraph("The review set out to answer these questions:"), blocks);
    }

    [Fact]
    public void Draft_Method_TechniquesAsBullets_ConstraintsOfAProcessAsOneList()
    {
        var method = DraftBlocks(ReportStructure.HowItWasDone);
        var processes = DraftBlocks(ReportStructure.ParallelProcesses);

        Assert.Equal(2, Assert.Single(method.OfType<ReportList>()).Items.Count);
        Assert.Equal(new ReportHeading(2, "Inquest (HM Coroner for Harrowmoor)"), processes[0]);
        Assert.Equal(2, Assert.Single(processes.OfType<ReportList>()).Items.Count);
    }

    [Fact]
    public void Draft_Glossary_ATableWithCaption()
    {
        var table = Assert.IsType<ReportTable>(Assert.Single(DraftBlocks(ReportStructure.Glossary)));

        Assert.Equal("Terms used in this report", table.Caption);
        Assert.Equal(["Term", "What it means"], table.Header);
        Assert.Equal(["SCP", "Safeguarding children partnership."], table.Rows.Single(r => r[0] == "SCP"));
    }

    [Fact]
    public void Draft_QuestionsForTeams_OneNumberedQuestionPerFinding()
    {
        var list = Assert.IsType<ReportList>(Assert.Single(DraftBlocks(ReportStructure.QuestionsForTeams)));

        Assert.Equal(3, list.Items.Count);
        Assert.Equal("Professionals treat a missed health appointment as a health matter only. How does this show in your team's work, and what would help?", list.Items[0]);
    }

    [Fact]
    public void Draft_NoStatements_EmptyText()
    {
        Assert.Equal(string.Empty, SectionText.Draft(SectionSource.Empty("summary")));
        Assert.Equal(string.Empty, SectionText.Draft(new SectionSource("findings", SectionSourceKind.Findings, [])));
    }

    [Fact]
    public void Draft_EndsWithOneNewline_BlocksSeparatedByOneBlankLine()
    {
        var text = SectionText.Draft(sources[ReportStructure.Findings]);

        Assert.EndsWith(".\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
