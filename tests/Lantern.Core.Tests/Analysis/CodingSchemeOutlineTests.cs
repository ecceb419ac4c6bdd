using Lantern.Core.Analysis;

namespace Lantern.Core.Tests.Analysis;

public sealed class CodingSchemeOutlineTests
{
    [Fact]
    public void Parse_AnIndentedOutline_BuildsTheHierarchyWithKeysAndPrompts()
    {
        var result = CodingSchemeOutline.Parse("- Team : What was the team like?\r\n\t- Supervision\n  - Other\n\n- Other\n");

        Assert.Empty(result.Errors);
        var scheme = new CodingScheme("s", "S", 1, result.Codes);
        Assert.Equal(["team", "supervision", "other", "other-2"], scheme.All.Select(c => c.Key));
        Assert.Equal("What was the team like?", scheme.Find("team")!.Prompt);
        Assert.Equal(["Team", "Other"], scheme.PathTo("other"));
        Assert.Empty(scheme.Check());
    }

    [Fact]
    public void Write_ThenParse_GivesTheSameCodes()
    {
        var codes = DefaultCodingSchemes.ContributoryFactors.Codes;

        var again = CodingSchemeOutline.Parse(CodingSchemeOutline.Write(codes)).Codes;

        Assert.Equal(Flatten(codes).Select(c => (c.Name, c.Prompt)), Flatten(again).Select(c => (c.Name, c.Prompt)));
    }

    [Theory]
    [InlineData("Team", "Line 1: start each code with a hyphen and a space, like \"- Team\"")]
    [InlineData("- A\n - B", "Line 2: indent each level by 2 spaces (this line has 1)")]
    [InlineData("- A\n    - B", "Line 2: this code is indented more than one level below the code above it")]
    [InlineData("- A\n  - B\n    - C\n      - D", "Line 4: codes can go at most 3 levels deep")]
    [InlineData("-  : prompt only", "Line 1: write the code's name after the hyphen")]
    public void Parse_AFaultyLine_SaysWhichLineAndWhy(string text, string error)
    {
        Assert.Equal([error], CodingSchemeOutline.Parse(text).Errors);
    }

    [Theory]
    [InlineData("Équipe & outils!", "equipe-outils")]
    [InlineData("  ---  ", "code")]
    public void UniqueKey_FromAName_IsASlugTheSchemeAccepts(string name, string key)
    {
        Assert.Equal(key, CodingSchemeOutline.UniqueKey(name, new HashSet<string>()));
    }

    private static IEnumerable<Code> Flatten(IReadOnlyList<Code> codes) => new CodingScheme("x", "x", 1, codes).All;
}
