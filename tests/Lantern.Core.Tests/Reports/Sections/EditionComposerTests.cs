using System.Text.RegularExpressions;
using Lantern.Core.Reports;

namespace Lantern.Core.Tests.Reports.Sections;

public sealed partial class EditionComposerTests
{
    private const string Title = "Child W: a local child safeguarding practice review";

    private const string FamilyText = "You told us that Saoirse Yarrow was the one person who kept in touch.\r\n\r\nThe review found that services did not share **missed appointments**.\r\n";

    private const string QuestionsText = "1. When did your team last hear that a baby missed a check?\n2. Who would you tell?\n";

    private readonly IReadOnlyList<ComposedSection> sections;

    public EditionComposerTests()
    {
        var sources = ReportSources.Build(new ReportSourcesFixture().Inputs);
        sections =
        [
            .. ReportStructure.Default.Select(d => new ComposedSection(d, d.Key switch
            {
                ReportStructure.FamilySummary => FamilyText,
                ReportStructure.QuestionsForTeams => QuestionsText,
                ReportStructure.Summary => "Ms Yarrow, the health visitor, noticed the missed immunisations.",
                ReportStructure.CaseInBrief => "  \r\n ",
                _ => SectionText.Draft(sources[d.Key]),
            })),
        ];
    }

    /// <summary>A stand-in for the pseudonymiser: the two registered names and their short forms.</summary>
    private static string Pseudonymise(string text) =>
        RealName().Replace(text, m => m.Value.StartsWith("Ms", StringComparison.Ordinal) || m.Value.StartsWith("Saoirse", StringComparison.Ordinal) ? "the health visitor" : "the lead reviewer");

    [GeneratedRegex(@"Saoirse Yarrow|Ms Yarrow|Morwenna Pike")]
    private static partial Regex RealName();

    private static IReadOnlyList<string> SectionHeadings(ReportDocument document) =>
        [.. document.Blocks.OfType<ReportHeading>().Where(h => h.Level == 1).Select(h => h.Text)];

    private static int Words(ReportDocument document) => ReportDocuments.Paragraphs(document).Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    [Fact]
    public void Restricted_EveryReportSectionWithText_MarkedAndNamingItsVersion()
    {
        var document = EditionComposer.Compose(EditionKind.Restricted, Title, "Draft 3", sections, Pseudonymise);

        Assert.Equal(EditionComposer.RestrictedMarking, document.Marking);
        Assert.Equal("Draft 3", document.VersionLabel);
        Assert.Equal("Restricted edition for the Board, from Draft 3", document.Subtitle);
        Assert.Equal(EditionKind.Restricted, document.Kind);
        Assert.Equal(
            ["Summary", "Why this review, and what it looked at", "How the review was done", "Appraisal of practice", "Findings", "Recommendations", "How the review fitted with other processes", "Glossary"],
            SectionHeadings(document));

        // Real names stay: the pseudonymiser is not applied to the Board's edition.
        Assert.Contains(ReportDocuments.Paragraphs(document), p => p.Contains("Ms Yarrow", StringComparison.Ordinal));
        Assert.DoesNotContain(ReportDocuments.Paragraphs(document), p => p.Contains("services did not share", StringComparison.Ordinal));
    }

    [Fact]
    public void Published_SameSections_EveryTextThroughThePseudonymiser_NoMarking()
    {
        var restricted = EditionComposer.Compose(EditionKind.Restricted, Title, "Draft 3", sections, null);
        var published = EditionComposer.Compose(EditionKind.Published, Title, "Draft 3", sections, Pseudonymise);

        Assert.Null(published.Marking);
        Assert.Equal("Published edition, from Draft 3", published.Subtitle);
        Assert.Equal(SectionHeadings(restricted), SectionHeadings(published));
        Assert.Equal(restricted.Blocks.Count, published.Blocks.Count);
        Assert.DoesNotContain(ReportDocuments.Paragraphs(published), p => RealName().IsMatch(p));
        Assert.Contains(ReportDocuments.Paragraphs(published), p => p.StartsWith("the health visitor, the health visitor, noticed", StringComparison.Ordinal));
        Assert.Contains(ReportDocuments.Paragraphs(published), p => p == "Lead reviewers: the lead reviewer and Tobias Lund.");
    }

    [Fact]
    public void Published_TransformReachesTitleListsAndTableCells()
    {
        var calls = new List<string>();
        var published = EditionComposer.Compose(EditionKind.Published, Title, "Draft 3", sections, t =>
        {
            calls.Add(t);
            return t.ToUpperInvariant();
        });

        Assert.Equal(Title.ToUpperInvariant(), published.Title);
        Assert.All(ReportDocuments.Paragraphs(published), p => Assert.Equal(p.ToUpperInvariant(), p));
        Assert.Contains("SCP", published.Blocks.OfType<ReportTable>().Single().Rows.Select(r => r[0]));
        Assert.Contains("Is the Board content that this is left to each agency?", calls);
    }

    [Fact]
    public void Published_WithoutThePseudonymiser_Refused()
    {
        Assert.Throws<ArgumentNullException>(() => EditionComposer.Compose(EditionKind.Published, Title, "Draft 3", sections, null));
    }

    [Fact]
    public void PractitionerBriefing_FindingsInShort_QuestionsAndWhatToDoDifferently()
    {
        var document = EditionComposer.Compose(EditionKind.PractitionerBriefing, Title, "Version 2 (agreed by the chair)", sections, Pseudonymise);

        Assert.Null(document.Marking);
        Assert.Equal("Briefing for practitioners, from Version 2 (agreed by the chair)", document.Subtitle);
        Assert.Equal([EditionComposer.BriefingFindingsHeading, "Questions for teams", EditionComposer.BriefingDifferentlyHeading], SectionHeadings(document));
        Assert.Equal(3, document.Blocks.OfType<ReportHeading>().Count(h => h.Level == 2));
        var findingParagraphs = document.Blocks.SkipWhile(b => b is not ReportHeading { Level: 2 }).TakeWhile(b => b is not ReportHeading { Level: 1 }).OfType<ReportParagraph>().ToList();
        Assert.Equal(3, findingParagraphs.Count);
        Assert.Equal("Professionals treat a missed health appointment as a health matter only. This leaves risks unseen. Other agencies rarely hear of it.", findingParagraphs[0].Text);
        Assert.DoesNotContain(document.Blocks, b => b is ReportHeading { Text: "How it showed in this case" or "Issues for the Board" });
        var lists = document.Blocks.OfType<ReportList>().ToList();
        Assert.Equal(["When did your team last hear that a baby missed a check?", "Who would you tell?"], lists[0].Items);
        Assert.Equal(2, lists[1].Items.Count);
        Assert.True(lists[1].Numbered);
        Assert.InRange(Words(document), 100, EditionComposer.BriefingWordLimit);
    }

    [Fact]
    public void PractitionerBriefing_TooLong_FindingsCutToTheirFirstSentence()
    {
        var sentence = "More " + string.Join(' ', Enumerable.Repeat("words", 29)) + ".";
        var findings = string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"## Finding {i}: heading\n\nFirst sentence of finding {i}. {sentence} {sentence} {sentence}\n\n### Why it matters\n\nNot in the briefing."));
        var definition = ReportStructure.Default.Single(d => d.Key == ReportStructure.Findings);

        var document = EditionComposer.Compose(EditionKind.PractitionerBriefing, Title, "Draft 1", [new(definition, findings)], null);

        var paragraphs = document.Blocks.OfType<ReportParagraph>().Skip(1).Select(p => p.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"First sentence of finding {i}."), paragraphs);
        Assert.True(Words(document) <= EditionComposer.BriefingWordLimit);
    }

    [Fact]
    public void PractitionerBriefing_FindingsWrittenWithoutHeadings_FirstParagraph_RecommendationsInProse()
    {
        var findings = ReportStructure.Default.Single(d => d.Key == ReportStructure.Findings);
        var recommendations = ReportStructure.Default.Single(d => d.Key == ReportStructure.Recommendations);

        var document = EditionComposer.Compose(EditionKind.PractitionerBriefing, Title, "Draft 1",
            [new(findings, "The review found one thing above all.\n\nMore detail."), new(recommendations, "The review makes no recommendations; it asks the Board three questions.")], null);

        Assert.Equal<ReportBlock>(
            [
                new ReportParagraph(EditionComposer.BriefingIntroduction), new ReportHeading(1, EditionComposer.BriefingFindingsHeading),
                new ReportParagraph("The review found one thing above all."), new ReportHeading(1, EditionComposer.BriefingDifferentlyHeading),
                new ReportParagraph("The review makes no recommendations; it asks the Board three questions."),
            ],
            document.Blocks,
            BlockComparer.Instance);
    }

    [Fact]
    public void FamilySummary_StandardIntroductionThenTheFamilySectionOnly()
    {
        var document = EditionComposer.Compose(EditionKind.FamilySummary, Title, "Draft 3", sections, null);

        Assert.Null(document.Marking);
        Assert.Equal("A summary for the family, from Draft 3", document.Subtitle);
        Assert.Equal<ReportBlock>(
            [
                new ReportParagraph(EditionComposer.FamilyIntroduction), new ReportHeading(1, "A summary for the family"),
                new ReportParagraph("You told us that Saoirse Yarrow was the one person who kept in touch."),
                new ReportParagraph("The review found that services did not share missed appointments."),
            ],
            document.Blocks,
            BlockComparer.Instance);
    }

    [Fact]
    public void FamilySummary_PseudonymiserGiven_Applied()
    {
        var document = EditionComposer.Compose(EditionKind.FamilySummary, Title, "Draft 3", sections, Pseudonymise);

        Assert.Contains(new ReportParagraph("You told us that the health visitor was the one person who kept in touch."), document.Blocks);
    }
}
