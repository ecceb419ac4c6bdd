using Lantern.Core.Disclosure;
using static Lantern.Core.Tests.Disclosure.TestRegister;

namespace Lantern.Core.Tests.Disclosure;

public sealed class NameRulesTests
{
    [Fact]
    public void Scan_FullName_IsOneHitWithThePseudonym()
    {
        var hit = Single("The health visitor saw Kayleigh Morris at home.");

        Assert.Equal("Kayleigh Morris", hit.Text);
        Assert.Equal(DisclosureRule.Name, hit.Rule);
        Assert.Equal(DisclosureSeverity.High, hit.Severity);
        Assert.Equal("Mother", hit.Suggestion);
        Assert.Equal(23, hit.Start);
        Assert.Equal(0, hit.Paragraph);
    }

    [Theory]
    [InlineData("KAYLEIGH was at home.", "KAYLEIGH")]
    [InlineData("kayleigh was at home.", "kayleigh")]
    [InlineData("The family saw renee dubois often.", "renee dubois")]
    [InlineData("The family saw RENÉE DUBOIS often.", "RENÉE DUBOIS")]
    public void Scan_AnyCaseOrAccents_AreFound(string text, string expected) =>
        Assert.Equal(expected, Single(text).Text);

    [Theory]
    [InlineData("Kayleigh's flat was cold.", "Kayleigh's", "Mother's")]
    [InlineData("Kayleigh’s flat was cold.", "Kayleigh’s", "Mother’s")]
    [InlineData("Renée Dubois' flat was cold.", "Renée Dubois'", "Maternal grandmother's")]
    [InlineData("The Natarajans plan was clear.", "Natarajans", "Social worker 1's")]
    public void Scan_Possessive_KeepsThePossessiveInTheSuggestion(string text, string expected, string suggestion) =>
        Expect(text, expected, suggestion: suggestion);

    [Theory]
    [InlineData("We met Mary-Jane today.", "Mary-Jane")]
    [InlineData("We met Mary Jane today.", "Mary Jane")]
    [InlineData("We met Maryjane today.", "Maryjane")]
    [InlineData("We met MARY JANE today.", "MARY JANE")]
    public void Scan_HyphensAndSpacesVaried_AreFound(string text, string expected) =>
        Expect(text, expected, suggestion: "Child Q");

    [Theory]
    [InlineData("The nurse saw Kay-\nleigh at home.", "Kay-\nleigh")]
    [InlineData("The nurse saw Kay\nleigh at home.", "Kay\nleigh")]
    [InlineData("The nurse saw Kayleigh\nMorris at home.", "Kayleigh\nMorris")]
    public void Scan_NameSplitOverALine_IsOneHit(string text, string expected) =>
        Expect(text, expected, suggestion: "Mother");

    [Fact]
    public void Scan_NameSplitAcrossFormattingRuns_IsOneHitThatMapsBackToTheRuns()
    {
        var document = DisclosureDocument.FromRuns([["Intro."], ["The nurse saw Kay", "leigh", " at home."]]);

        var hit = Assert.Single(Check.Scan(document));

        Assert.Equal(1, hit.Paragraph);
        Assert.Equal("Kayleigh", hit.Text);
        Assert.Equal(new RunPosition(0, 14), document.Paragraphs[1].Locate(hit.Start));
        Assert.Equal(new RunPosition(1, 4), document.Paragraphs[1].Locate(hit.End - 1));
    }

    [Theory]
    [InlineData("Kayliegh did not answer the door.", "Kayliegh")]
    [InlineData("The family met Kayleih twice.", "Kayleih")]
    [InlineData("The plan was made by Natarajen.", "Natarajen")]
    [InlineData("The plan was made by Nattarajan.", "Nattarajan")]
    public void Scan_OneLetterOffALongName_IsAMisspelling(string text, string expected) =>
        Expect(text, expected, DisclosureRule.Misspelling);

    [Fact]
    public void Scan_ShortNameOneLetterOffNextToAnotherOfTheirNames_IsAMisspelling() =>
        Expect("The officer wrote down Gary Lomas as the name.", "Gary Lomas", DisclosureRule.Misspelling, "Uncle");

    [Theory]
    [InlineData("The letter went to Lomas.")]
    [InlineData("The letter went to Priye.")]
    [InlineData("The letter went to Hoope.")]
    [InlineData("The letter went to Kayleighanne.")]
    public void Scan_ShortNamesOrTwoLettersOff_AreNotMisspellings(string text) => Assert.Empty(Scan(text));

    [Fact]
    public void Scan_Nickname_IsAnAlias()
    {
        var hit = Single("Everyone called her Kayls at school.");

        Assert.Equal(DisclosureRule.Alias, hit.Rule);
        Assert.Equal("Mother", hit.Suggestion);
    }

    [Theory]
    [InlineData("K.M. was seen at home.", "K.M.")]
    [InlineData("The visit to KM was cancelled.", "KM")]
    [InlineData("The visit to K. M. was cancelled.", "K. M.")]
    [InlineData("The visit to PN was cancelled.", "PN")]
    public void Scan_InitialsInCapitals_AreFound(string text, string expected) =>
        Expect(text, expected, DisclosureRule.Initials);

    [Theory]
    [InlineData("The visit to km was cancelled.")]
    [InlineData("The GP wrote to the school.")]
    public void Scan_LowerCaseInitialsOrAbbreviations_AreNotInitials(string text) => Assert.Empty(Scan(text));

    [Fact]
    public void Scan_SurnameSharedByTwoPeople_SuggestsANeutralWord()
    {
        var hit = Single("The Morris household was busy.");

        Assert.Equal("[name removed]", hit.Suggestion);
        Assert.Contains("more than one person", hit.Why);
    }

    [Fact]
    public void Scan_ProfessionalsName_IsAHitSuggestingTheirRole()
    {
        var hit = Single("Dr Tomasz Wilczek examined the child.");

        Assert.Equal("GP 1", hit.Suggestion);
    }
}
