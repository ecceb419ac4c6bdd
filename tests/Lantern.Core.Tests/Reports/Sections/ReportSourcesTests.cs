using System.Security.Cryptography;
using System.Text;
using Lantern.Core.Analysis;
using Lantern.Core.Reports;

namespace Lantern.Core.Tests.Reports.Sections;

public sealed class ReportSourcesTests
{
    private readonly ReportSourcesFixture fixture = new();

    private IReadOnlyDictionary<string, SectionSource> Sources => ReportSources.Build(fixture.Inputs);

    private static string Text(SectionSource source, string key) => Assert.Single(source.Statements, s => s.Key == key).Text;

    [Fact]
    public void Build_DefaultStructure_GivesASourceForEverySection()
    {
        var sources = Sources;

        Assert.Equal(ReportStructure.Default.Select(s => s.Key).Order(), sources.Keys.Order());
        Assert.All(sources, p => Assert.Equal(p.Key, p.Value.SectionKey));
        Assert.Equal(SectionSourceKind.Findings, sources[ReportStructure.Findings].Kind);
    }

    [Fact]
    public void Build_Findings_AgreedOnlyInPriorityOrder_EachInItsAnatomy()
    {
        var findings = Sources[ReportStructure.Findings];

        Assert.Equal([fixture.First.Id, fixture.Second.Id, fixture.Unranked.Id], findings.Statements.Select(s => s.Link.Id).Distinct());
        var first = findings.Statements.Where(s => s.Link.Id == fixture.First.Id).Select(s => s.Part).ToList();
        Assert.Equal(
            ["title", "statement", "in-this-case", "not-peculiar", "how-widespread", "why-it-matters", $"issue-{ReportSourcesFixture.Id(100):N}", $"issue-{ReportSourcesFixture.Id(101):N}"],
            first);
        Assert.DoesNotContain(findings.Statements, s => s.Part == "how-widespread" && s.Link.Id == fixture.Second.Id);
        Assert.All(findings.Statements, s => Assert.Equal(AnalysisItemKind.Finding, s.Link.AnalysisKind));
        Assert.Equal("Finding 3", findings.Statements.First(s => s.Link.Id == fixture.Second.Id).Link.Label);
    }

    [Fact]
    public void Build_Findings_IssuesTidiedAsQuestions_GoodPracticeSaidSo()
    {
        var findings = Sources[ReportStructure.Findings];

        Assert.Equal("Is the Board content that this is left to each agency?", Text(findings, $"finding/{fixture.First.Id:N}/issue-{ReportSourcesFixture.Id(100):N}"));
        Assert.Equal("What would it cost to share missed appointments routinely?", Text(findings, $"finding/{fixture.First.Id:N}/issue-{ReportSourcesFixture.Id(101):N}"));
        Assert.Single(findings.Statements, s => s.Part == "good-practice" && s.Link.Id == fixture.Unranked.Id);
        Assert.DoesNotContain(findings.Statements, s => s.Text.Contains("Withdrawn issue", StringComparison.Ordinal) || s.Text.Contains("Draft only", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SummarySection_OneSummaryPerAgreedFinding()
    {
        var summary = Sources[ReportStructure.Summary];

        Assert.Equal(3, summary.Statements.Count);
        Assert.All(summary.Statements, s => Assert.Equal("summary", s.Part));
        Assert.StartsWith("Professionals treat a missed health appointment", summary.Statements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Appraisal_AgreedEpisodesInCaseOrder_ChangedSinceAgreedLeftOut()
    {
        var appraisal = Sources[ReportStructure.Appraisal];

        Assert.Equal([fixture.EarlyEpisode.Id, fixture.LateEpisode.Id], appraisal.Statements.Select(s => s.Link.Id).Distinct());
        Assert.Equal("Good practice", Text(appraisal, $"episode/{fixture.EarlyEpisode.Id:N}/appraisal"));
        Assert.Equal("February 2025 to April 2025", Text(appraisal, $"episode/{fixture.EarlyEpisode.Id:N}/period"));
        Assert.Equal("November 2025", Text(appraisal, $"episode/{fixture.LateEpisode.Id:N}/period"));
        Assert.Equal("The ward arranged the discharge meeting for a Friday afternoon.\nThe school nurse was on leave and nobody covered.",
            Text(appraisal, $"episode/{fixture.LateEpisode.Id:N}/what-happened"));
        Assert.Equal("Key practice episode 7", appraisal.Statements[0].Link.Label);
    }

    [Fact]
    public void Build_CaseInBrief_AgreedPeriodsByDate()
    {
        var narrative = Sources[ReportStructure.CaseInBrief];

        Assert.Equal(["The first months", "After the move"], narrative.Statements.Where(s => s.Part == "title").Select(s => s.Text));
        Assert.Equal("January 2025 to March 2025", narrative.Statements[1].Text);
        Assert.All(narrative.Statements, s => Assert.Equal(SourceItemKind.NarrativeSection, s.Link.Kind));
    }

    [Fact]
    public void Build_Scope_LatestDecisionToReview_AgreedTermsOnly()
    {
        var scope = Sources[ReportStructure.WhyThisReview];

        Assert.Equal("The child was seriously harmed and agencies may have worked better together.", Text(scope, $"decision/{ReportSourcesFixture.Id(2):N}/rationale"));
        Assert.DoesNotContain(scope.Statements, s => s.Text.Contains("Not enough information", StringComparison.Ordinal) || s.Text.Contains("A draft line", StringComparison.Ordinal));
        var terms = $"terms/{ReportSourcesFixture.Id(4):N}";
        Assert.Equal("The review looked at the period from January 2025 to January 2026.", Text(scope, $"{terms}/period"));
        Assert.Equal("Agencies in scope: Harrowmoor Children's Services and Harrowmoor Community Health.", Text(scope, $"{terms}/agencies"));
        Assert.Equal(["How did agencies share information about missed appointments?", "How was the family's voice heard?"],
            scope.Statements.Where(s => s.Part.StartsWith("line-", StringComparison.Ordinal)).Select(s => s.Text));
        Assert.Equal("Decision, version 2", scope.Statements[0].Link.Label);
    }

    [Fact]
    public void Build_Method_CountsWhoTookPartAndWhatWasHeld()
    {
        var method = Sources[ReportStructure.HowItWasDone];
        var texts = method.Statements.Select(s => s.Text).ToList();

        Assert.Contains("Method: Learning Together (systems model), at the mid-range scale.", texts);
        Assert.Contains("Lead reviewers: Morwenna Pike and Tobias Lund.", texts);
        Assert.Contains("Taking part: 2 lead reviewers, 1 review team member and 1 case group member.", texts);
        Assert.Contains("4 conversations were held with 2 practitioners and managers from 2 agencies and 1 member of the family.", texts);
        Assert.Contains("The review held 1 review team meeting and 2 case group meetings.", texts);
        Assert.Contains("2 members of the family were invited to take part (Mother and maternal grandfather).", texts);
        Assert.Contains("The review was in touch with the family 3 times, 1 of them at the family's own initiative.", texts);
        Assert.True(method.Statements.Single(s => s.Key == "conversations/00000000000000000000000000000000/held").Link.IsList);
    }

    [Fact]
    public void Build_Method_TechniquesUsedInLanternsOrder_PlannedLeftOut()
    {
        var hindsight = Sources[ReportStructure.HowItWasDone].Statements.Where(s => s.Link.Kind == SourceItemKind.HindsightRecord).Select(s => s.Text).ToList();

        Assert.Equal(
            [
                "What was known then kept apart.",
                "Looked for what went well: Two episodes of good practice were looked at as closely as the others.",
                "A peer reviewer from another partnership read the appraisals.",
            ],
            hindsight);
    }

    [Fact]
    public void Build_Recommendations_ByKindThenLevel_WithOwnerAndFindings()
    {
        var recommendations = Sources[ReportStructure.Recommendations];

        Assert.Equal(["Recommendation 1", "Recommendation 2"], recommendations.Statements.Select(s => s.Link.Label).Distinct());
        Assert.Equal("Suggested owner: Designated nurse", Text(recommendations, $"recommendation/{ReportSourcesFixture.Id(70):N}/owner"));
        Assert.Equal("Draws on finding 3", Text(recommendations, $"recommendation/{ReportSourcesFixture.Id(70):N}/findings"));
        Assert.Equal("Draws on findings 1 and 3", Text(recommendations, $"recommendation/{ReportSourcesFixture.Id(71):N}/findings"));
        Assert.DoesNotContain(recommendations.Statements, s => s.Text == "Withdrawn one");
    }

    [Fact]
    public void Build_ParallelProcesses_ConstraintsByDate_ContactDetailsNeverDrawn()
    {
        var processes = Sources[ReportStructure.ParallelProcesses];
        var texts = processes.Statements.Select(s => s.Text).ToList();

        Assert.Equal("Inquest (HM Coroner for Harrowmoor)", texts[0]);
        Assert.Equal("Asked of the review in November 2025: Tell the coroner's officer before meeting the family. It held: family involvement. Lifted in February 2026.", texts[2]);
        Assert.Equal("Asked of the review in December 2025: No publication before the inquest concludes. It held: publication. Still in force.", texts[3]);
        Assert.Contains("The review kept in touch with those running it (2 recorded contacts).", texts);
        Assert.DoesNotContain(Sources.Values.SelectMany(v => v.Statements), s => s.Text.Contains("example.org", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NoSectionCarriesAFamilyMembersName()
    {
        Assert.DoesNotContain(Sources.Values.SelectMany(v => v.Statements), s => s.Text.Contains("Wexcombe", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Build_Glossary_PartnershipWordingReplacesLanterns_Alphabetical()
    {
        var glossary = Sources[ReportStructure.Glossary].Statements;

        Assert.Equal("Our own wording of the case group.", glossary.Single(s => s.Link.Label == "Case group").Text);
        Assert.Contains(glossary, s => s.Link.Label == "SCP");
        Assert.Equal(glossary.Select(s => s.Link.Label).Order(StringComparer.OrdinalIgnoreCase), glossary.Select(s => s.Link.Label));
        Assert.Equal(ReportSources.DefaultGlossary.Count + 1, glossary.Count);
    }

    [Fact]
    public void Build_OwnStructure_OnlyItsSections()
    {
        var inputs = fixture.Inputs with { Structure = [new("kpes", "Episodes", "", SectionSourceKind.Appraisal), new("notes", "Notes", "", SectionSourceKind.None)] };

        var sources = ReportSources.Build(inputs);

        Assert.Equal(["kpes", "notes"], sources.Keys.Order());
        Assert.Empty(sources["notes"].Statements);
        Assert.NotEmpty(sources["kpes"].Statements);
    }

    [Fact]
    public void Build_NothingRecorded_EmptySources()
    {
        var sources = ReportSources.Build(new ReportInputs());

        Assert.All(sources.Values.Where(s => s.Kind != SectionSourceKind.Glossary), s => Assert.Empty(s.Statements));
    }

    [Fact]
    public void Fingerprint_IsSha256OfKeysAndTexts_StableAcrossBuilds()
    {
        var one = new SectionSource("x", SectionSourceKind.None, [new("a/1/b", "Text", new SourceLink(SourceItemKind.Review, Guid.Empty, "Label"))]);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("a/1/b\u001FText\u001E")));

        Assert.Equal(expected, one.Fingerprint);
        Assert.Equal(Sources[ReportStructure.Findings].Fingerprint, ReportSources.Build(fixture.Inputs)[ReportStructure.Findings].Fingerprint);
    }

    [Fact]
    public void Fingerprint_ChangesWithTextOrOrder_NotWithLabel()
    {
        var before = Sources[ReportStructure.Findings];
        var reworded = new SectionSource(before.SectionKey, before.Kind, [.. before.Statements.Select(s => s.Part == "why-it-matters" ? s with { Text = s.Text + "!" } : s)]);
        var reordered = new SectionSource(before.SectionKey, before.Kind, [.. before.Statements.Reverse()]);
        var relabelled = new SectionSource(before.SectionKey, before.Kind, [.. before.Statements.Select(s => s with { Link = s.Link with { Label = "Renumbered" } })]);

        Assert.NotEqual(before.Fingerprint, reworded.Fingerprint);
        Assert.NotEqual(before.Fingerprint, reordered.Fingerprint);
        Assert.Equal(before.Fingerprint, relabelled.Fingerprint);
    }
}
