using Lantern.Core.Reports;

namespace Lantern.Core.Tests.Reports.Sections;

public sealed class ReportStructureTests
{
    [Fact]
    public void Default_HasTheReportSectionsInOrder_ThenTheAudienceSections()
    {
        Assert.Equal(
            [
                "summary", "why-this-review", "how-it-was-done", "case-in-brief", "appraisal-of-practice", "findings", "recommendations",
                "parallel-processes", "glossary", "family-summary", "questions-for-teams",
            ],
            ReportStructure.Default.Select(s => s.Key));
        Assert.Equal(SectionUse.FamilySummary, ReportStructure.Default.Single(s => s.Key == ReportStructure.FamilySummary).Use);
        Assert.Equal(SectionUse.PractitionerBriefing, ReportStructure.Default.Single(s => s.Key == ReportStructure.QuestionsForTeams).Use);
        Assert.All(ReportStructure.Default, s => Assert.InRange(s.Prompt.Length, 20, ReportStructure.PromptMaxLength));
    }

    [Fact]
    public void Default_PassesItsOwnChecks()
    {
        var reading = ReportStructure.Parse(ReportStructure.ToJson(ReportStructure.Default));

        Assert.True(reading.IsValid);
        Assert.Equal(ReportStructure.Default, reading.Sections);
    }

    [Fact]
    public void ToJson_WritesSourcesAndUsesInKebabCase()
    {
        var json = ReportStructure.ToJson(ReportStructure.Default);

        Assert.Contains("\"source\": \"case-in-brief\"", json, StringComparison.Ordinal);
        Assert.Contains("\"use\": \"family-summary\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HandEdited_ForgivingAboutCaseSpacesCommentsAndMissingUse()
    {
        const string json = """
            [
              // a partnership's own shorter report
              { "Key": "summary", "Heading": "  Overview ", "source": "FindingsInShort" },
              { "key": "learning", "heading": "What we learned", "prompt": "Findings first.", "source": "findings", "use": "report" },
              { "key": "for-the-family", "heading": "For the family", "source": "None", "use": "Family_Summary" },
            ]
            """;

        var reading = ReportStructure.Parse(json);

        Assert.True(reading.IsValid, string.Join("; ", reading.Problems.Select(p => p.Message)));
        Assert.Equal(
            [
                new ReportSectionDefinition("summary", "Overview", string.Empty, SectionSourceKind.FindingsInShort),
                new ReportSectionDefinition("learning", "What we learned", "Findings first.", SectionSourceKind.Findings),
                new ReportSectionDefinition("for-the-family", "For the family", string.Empty, SectionSourceKind.None, SectionUse.FamilySummary),
            ],
            reading.Sections);
    }

    [Fact]
    public void Parse_EveryProblem_NamedByFieldInPlainWords()
    {
        var longHeading = new string('h', ReportStructure.HeadingMaxLength + 1);
        var json = $$"""
            [
              { "key": "findings", "heading": "Findings", "source": "findings" },
              { "key": "Findings", "heading": "Again", "source": "findings" },
              { "key": "has space", "heading": "", "source": "chronology" },
              { "key": "ok", "heading": "{{longHeading}}", "source": "scope", "use": "press" },
              { "key": "n", "heading": 12, "source": "1" },
              "not an object"
            ]
            """;

        var reading = ReportStructure.Parse(json);

        Assert.False(reading.IsValid);
        Assert.Null(reading.Sections);
        Assert.Equal(
            [
                "Sections[2].Key", "Sections[3].Key", "Sections[3].Heading", "Sections[3].Source", "Sections[4].Heading", "Sections[4].Use",
                "Sections[5].Heading", "Sections[5].Heading", "Sections[5].Source", "Sections[6]",
            ],
            reading.Problems.Select(p => p.Field));
        Assert.Contains(reading.Problems, p => p.Message == "Section 2 has the key \"findings\", which an earlier section already uses");
        Assert.Contains(reading.Problems, p => p.Message.StartsWith("Section 3 draws from \"chronology\", which Lantern does not know. Use one of: none, scope, method, case-in-brief", StringComparison.Ordinal));
        Assert.Contains(reading.Problems, p => p.Message == "Enter a heading for section 3");
    }

    [Theory]
    [InlineData("", "Enter the report's sections")]
    [InlineData("{ \"key\": \"x\" }", "The structure must be a list of sections")]
    [InlineData("[]", "The report needs at least one section")]
    [InlineData("[ { \"key\": \"x\", ", "The structure is not valid JSON (line 1)")]
    public void Parse_NotAList_OneProblem(string json, string message)
    {
        var reading = ReportStructure.Parse(json);

        Assert.Equal([message], reading.Problems.Select(p => p.Message));
        Assert.Equal("Sections", reading.Problems[0].Field);
    }

    [Fact]
    public void Parse_TooManySections_Refused()
    {
        var many = Enumerable.Range(1, ReportStructure.MaxSections + 1).Select(i => new ReportSectionDefinition($"s{i}", $"Section {i}", "", SectionSourceKind.None)).ToList();

        var reading = ReportStructure.Parse(ReportStructure.ToJson(many));

        Assert.Equal([$"A report can have at most {ReportStructure.MaxSections} sections"], reading.Problems.Select(p => p.Message));
        Assert.True(ReportStructure.Parse(ReportStructure.ToJson(many[..^1])).IsValid);
    }
}
