using Lantern.Core.Analysis;

namespace Lantern.Core.Tests.Analysis;

public sealed class CodingSchemeTests
{
    [Fact]
    public void Defaults_AreUsable_WithSevenFactorLevelsAndSixPatternCategories()
    {
        Assert.All(DefaultCodingSchemes.All, s => Assert.Empty(s.Check()));
        Assert.Equal(
            ["Family", "Individual practitioner", "Task and tools", "Team", "Inter-agency working", "Organisation and management", "Wider context"],
            DefaultCodingSchemes.ContributoryFactors.Codes.Select(c => c.Name));
        Assert.All(DefaultCodingSchemes.ContributoryFactors.Codes, level => Assert.NotEmpty(level.Children));
        Assert.Equal(6, DefaultCodingSchemes.UnderlyingPatterns.Codes.Count);
        Assert.All(DefaultCodingSchemes.UnderlyingPatterns.Codes, c => Assert.StartsWith("Patterns in ", c.Name, StringComparison.Ordinal));
        Assert.All(DefaultCodingSchemes.UnderlyingPatterns.Codes, c => Assert.False(string.IsNullOrWhiteSpace(c.Prompt)));
    }

    [Fact]
    public void FindAndPathTo_ReachNestedCodes_AndUnknownKeysGiveNothing()
    {
        var factors = DefaultCodingSchemes.ContributoryFactors;

        Assert.Equal("Supervision, advice and someone to think with", factors.Find("team-supervision")!.Name);
        Assert.Equal(["Team", "Supervision, advice and someone to think with"], factors.PathTo("team-supervision"));
        Assert.Equal(["Family"], factors.PathTo("family"));
        Assert.Null(factors.Find("no-such-code"));
        Assert.Empty(factors.PathTo("no-such-code"));
        Assert.Equal(factors.All.Count(), factors.All.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void Check_DuplicateOrBadKeysMissingNamesAndTooDeep_AreEachReported()
    {
        var deep = new Code("a", "A", Children: [new("b", "B", Children: [new("c", "C", Children: [new("d", "D")])])]);
        var scheme = new CodingScheme("seips", "SEIPS", 1,
        [
            new("person", "Person"),
            new("person", "Person again"),
            new("Bad Key", "Bad"),
            new("blank", " "),
            new("long", new string('x', CodingScheme.NameMaxLength + 1)),
            deep,
        ]);

        var problems = scheme.Check();

        Assert.Contains("The key \"person\" is used more than once", problems);
        Assert.Contains(problems, p => p.StartsWith("The key \"Bad Key\" must use only", StringComparison.Ordinal));
        Assert.Contains("The code \"blank\" needs a name", problems);
        Assert.Contains($"The name of \"long\" must be {CodingScheme.NameMaxLength} characters or fewer", problems);
        Assert.Contains("\"C\" is 3 levels down: codes can go no deeper", problems);
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void Check_EmptyScheme_NeedsANameAndACode()
    {
        Assert.Equal(["Enter a name for the coding scheme", "Add at least one code"], new CodingScheme("x", "", 1, []).Check());
    }
}
