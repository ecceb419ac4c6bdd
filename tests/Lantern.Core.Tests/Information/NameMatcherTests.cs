using Lantern.Core.Information.Import;

namespace Lantern.Core.Tests.Information;

public sealed class NameMatcherTests
{
    private static readonly Guid Mother = Guid.NewGuid();
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();
    private static readonly Guid Worker = Guid.NewGuid();

    private static readonly NameMatcher Matcher = new(
    [
        new KnownNames(Mother, ["Kerry-Ann Testwell", "Kerry Ann", "Kez", "Mother"]),
        new KnownNames(Child, ["Robin Example", "Robbie", "Child Q"]),
        new KnownNames(Partner, ["Sam Fictional", "Sam", "Mother's partner"]),
        new KnownNames(Worker, ["Jo O'Brien", "Social worker 1"]),
    ]);

    [Fact]
    public void Match_VariantsAndPseudonyms_FindEachPersonOnce()
    {
        var matches = Matcher.Match("Kez and ROBBIE were seen; robin example was asleep. Child Q's cot was clean.");

        Assert.Equal([(Mother, "Kez"), (Child, "ROBBIE")], matches.Select(m => (m.PersonId, m.MatchedText)));
    }

    [Fact]
    public void Match_LongestNameFirst_DoesNotAlsoMatchItsWords()
    {
        var matches = Matcher.Match("Mother's partner Sam Fictional was present.");

        Assert.Equal([(Partner, "Mother's partner")], matches.Select(m => (m.PersonId, m.MatchedText)));
    }

    [Fact]
    public void Match_OverlappingNames_TakeTheLongerAtThatPlace()
    {
        var matches = Matcher.Match("Spoke to Mother's partner about Mother.");

        Assert.Equal([Partner, Mother], matches.Select(m => m.PersonId));
        Assert.Equal("Mother's partner", matches[0].MatchedText);
    }

    [Fact]
    public void Match_PartOfAWord_IsNotAName()
    {
        Assert.Empty(Matcher.Match("Samuel and Samantha visited; Kezia phoned; motherhood group."));
    }

    [Fact]
    public void Match_AliasForTheLongerForm_Matches()
    {
        var matcher = new NameMatcher([new KnownNames(Partner, ["Sam", "Samuel"])]);

        Assert.Equal("Samuel", Assert.Single(matcher.Match("Samuel was at home.")).MatchedText);
    }

    [Fact]
    public void Match_PunctuationAndHyphens_AreIgnored()
    {
        var matches = Matcher.Match("Kerry Ann Testwell and Jo O Brien (social worker) met.", "kerry-ann");

        Assert.Equal([(Mother, "Kerry Ann Testwell"), (Worker, "Jo O Brien")], matches.Select(m => (m.PersonId, m.MatchedText)));
    }

    [Fact]
    public void Match_PeopleInvolvedColumn_IsSearchedToo()
    {
        var matches = Matcher.Match("Visit to the home.", "Robin Example, Kez");

        Assert.Equal([Child, Mother], matches.Select(m => m.PersonId));
    }

    [Fact]
    public void Match_SharedName_LinksEveryoneWhoHasIt()
    {
        var matcher = new NameMatcher([new KnownNames(Mother, ["Jay"]), new KnownNames(Partner, ["Jay"])]);

        Assert.Equal([Mother, Partner], matcher.Match("Jay phoned.").Select(m => m.PersonId));
    }

    [Fact]
    public void Match_EmptyRegisterOrText_FindsNothing()
    {
        Assert.Empty(new NameMatcher([]).Match("Kez"));
        Assert.Empty(Matcher.Match(null, string.Empty));
    }
}

public sealed class NameMatcherFoldingTests
{
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly Guid Neighbour = Guid.NewGuid();
    private static readonly Guid Sister = Guid.NewGuid();

    private static readonly NameMatcher Matcher = new(
    [
        new KnownNames(Child, ["Zoë Testwell"]),
        new KnownNames(Neighbour, ["Sam (neighbour)"]),
        new KnownNames(Sister, ["Mary", "Anne-Marie"]),
    ]);

    [Theory]
    [InlineData("ZOË TESTWELL")]
    [InlineData("Zoë Testwell")]
    [InlineData("Zoe Testwell")]
    [InlineData("zoe testwell")]
    [InlineData("ZOE\u0308 Testwell")]
    public void Match_CaseAndAccents_AreFolded(string text) =>
        Assert.Equal(Child, Assert.Single(Matcher.Match($"Visit: {text} at home.")).PersonId);

    [Fact]
    public void Match_NotesInBracketsInTheRegister_AreNotPartOfTheName()
    {
        Assert.Equal((Neighbour, "Sam"), Assert.Single(Matcher.Match("Sam came round.")) is var m ? (m.PersonId, m.MatchedText) : default);
        Assert.Empty(Matcher.Match("A neighbour came round."));
    }

    [Fact]
    public void Match_AHyphenatedName_IsOneName()
    {
        Assert.Empty(Matcher.Match("Mary-Jane and Jo-Mary were seen."));
        Assert.Equal(Sister, Assert.Single(Matcher.Match("Anne-Marie was seen.")).PersonId);
        Assert.Equal(Sister, Assert.Single(Matcher.Match("Anne Marie was seen.")).PersonId);
        Assert.Empty(Matcher.Match("Anne was seen; Marie too."));
    }

    [Fact]
    public void Match_InsideAnotherWord_NeverMatches() =>
        Assert.Empty(Matcher.Match("Maryland Zoetrope Samson"));
}
