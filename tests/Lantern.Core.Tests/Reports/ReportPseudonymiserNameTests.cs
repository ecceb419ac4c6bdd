using Lantern.Core.Information;
using Lantern.Core.Reports;
using static Lantern.Core.Tests.Reports.TestPeople;

namespace Lantern.Core.Tests.Reports;

public sealed class ReportPseudonymiserNameTests
{
    private static readonly ReportPseudonymiser Register = new(All);

    private static string Apply(string text) => Register.Apply(text).Text;

    [Fact]
    public void Apply_FullName_BecomesPseudonym_AndSaysWhatWasReplaced()
    {
        var result = Register.Apply("Later that day James Okonjo-Reid phoned.");

        Assert.Equal("Later that day Father phoned.", result.Text);
        var replacement = Assert.Single(result.Replacements);
        Assert.Equal(15, replacement.Start);
        Assert.Equal("James Okonjo-Reid".Length, replacement.Length);
        Assert.Equal("James Okonjo-Reid", replacement.Original);
        Assert.Equal("Father", replacement.Text);
        Assert.Equal(ReplacementRule.FullName, replacement.Rule);
        Assert.Equal(Father.Id, replacement.PersonId);
    }

    [Fact]
    public void Apply_FirstNameAndUniqueSurnameAlone_BecomePseudonyms()
    {
        var result = Register.Apply("Priya saw the family; Kearney was on leave.");

        Assert.Equal("Social worker 1 saw the family; Health visitor 1 was on leave.", result.Text);
        Assert.Equal([ReplacementRule.FirstName, ReplacementRule.Surname], result.Replacements.Select(r => r.Rule));
    }

    [Theory]
    [InlineData("Mr Marsh said he was worried.", "Maternal grandfather said he was worried.")]
    [InlineData("Ms Marsh said she was worried.", "Mother said she was worried.")]
    [InlineData("Mrs. Marsh was out.", "Mother was out.")]
    public void Apply_SharedSurnameWithTitle_TitleChoosesWhoseItIs(string text, string expected)
    {
        var result = Register.Apply(text);

        Assert.Equal(expected, result.Text);
        Assert.Contains("title", result.Replacements[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_SharedSurnameAlone_TakenAsTheOneNamedLast()
    {
        var result = Register.Apply("Ronald Marsh rang the front door on Friday. Marsh was told to call back.");

        Assert.Equal("Maternal grandfather rang the front door on Friday. Maternal grandfather was told to call back.", result.Text);
        Assert.Equal(Grandfather.Id, result.Replacements[1].PersonId);
        Assert.NotNull(result.Replacements[1].Note);
    }

    [Fact]
    public void Apply_SharedSurnameNobodyNamedBefore_MarkerWithNoteForTheWriter()
    {
        var result = Register.Apply("The minutes say Marsh attended.");

        Assert.Equal("The minutes say [name] attended.", result.Text);
        Assert.Null(result.Replacements[0].PersonId);
        Assert.Contains("Mother", result.Replacements[0].Note, StringComparison.Ordinal);
        Assert.DoesNotContain("Danielle", result.Replacements[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_AliasesAndSpellingVariants_BecomeTheirPerson()
    {
        Assert.Equal("Mother and Mother's partner, whom Mother calls Mother's partner, and Child Q.",
            Apply("Dani and Tom, whom Danni calls Tomek, and Kayley."));
    }

    [Fact]
    public void Apply_NicknameThatIsAnOrdinaryWord_OnlyWhereWrittenAsAName()
    {
        Assert.Equal("Child Q slept on the bean bag; Child Q is on her peg.", Apply("Bean slept on the bean bag; BEAN is on her peg."));
    }

    [Theory]
    [InlineData("Kayleigh's coat was wet.", "Child Q's coat was wet.")]
    [InlineData("It was James' turn.", "It was Father's turn.")]
    [InlineData("It was James\u2019 turn.", "It was Father\u2019s turn.")]
    [InlineData("Ms Kearney's notes were brief.", "Health visitor 1's notes were brief.")]
    public void Apply_Possessives_KeepTheirApostrophe(string text, string expected) => Assert.Equal(expected, Apply(text));

    [Theory]
    [InlineData("K.M. was seen by her GP.", "Child Q was seen by her GP.")]
    [InlineData("Seen with KM and DM today.", "Seen with Child Q and Mother today.")]
    [InlineData("Visit by K. M. at home.", "Visit by Child Q at home.")]
    [InlineData("the km marker post", "the km marker post")]
    [InlineData("Referred to the GP and the MASH.", "Referred to the GP and the MASH.")]
    public void Apply_Initials_OnlyInCapitals_NeverAnAgencyAbbreviation(string text, string expected) => Assert.Equal(expected, Apply(text));

    [Theory]
    [InlineData("KAYLEIGH MARSH attended.", "Child Q attended.")]
    [InlineData("kayleigh seemed tired.", "Child Q seemed tired.")]
    [InlineData("Siobhan Kearney visited; SIOBHÁN left a card.", "Health visitor 1 visited; Health visitor 1 left a card.")]
    [InlineData("Tomasz Wisniewski and Tomasz Wiśniewski", "Mother's partner and Mother's partner")]
    public void Apply_AnyCaseAndAccents_Folded(string text, string expected) => Assert.Equal(expected, Apply(text));

    [Theory]
    [InlineData("James Okonjo Reid", "Father")]
    [InlineData("JAMES OKONJO-REID", "Father")]
    [InlineData("Mr Okonjoreid", "Father")]
    [InlineData("Reid said no.", "Father said no.")]
    [InlineData("Kayleigh Rose and Kayleigh-Rose", "Child Q and Child Q")]
    public void Apply_HyphenAndSpaceVariants_Replaced(string text, string expected) => Assert.Equal(expected, Apply(text));

    [Theory]
    [InlineData("Seen by Priya\nSandhu at the office.", "Seen by Social worker 1 at the office.")]
    [InlineData("Seen by Priya\r\n  Sandhu today.", "Seen by Social worker 1 today.")]
    [InlineData("Notes on Kay-\nleigh were filed.", "Notes on Child Q were filed.")]
    [InlineData("Notes on Okonjo-\nReid were filed.", "Notes on Father were filed.")]
    public void Apply_NameSplitAcrossLineBreak_ReplacedWhole(string text, string expected) => Assert.Equal(expected, Apply(text));

    [Fact]
    public void Apply_Professionals_ByTheirRolePseudonym_TitleTakenIn()
    {
        Assert.Equal("The GP, GP 1, spoke to Police officer 1 and later to GP 1.",
            Apply("The GP, Dr Adeyemi, spoke to DC Marcus Fenwick and later to Seun Adeyemi."));
    }

    [Fact]
    public void Apply_ReplacementStartingASentence_GetsACapital()
    {
        var register = new ReportPseudonymiser([TestPeople.Make(PersonCategory.Other, "Gwen Tallis", "a neighbour", [])]);

        Assert.Equal("A neighbour called. Later a neighbour called again.\nA neighbour wrote too.",
            register.Apply("Gwen called. Later Gwen Tallis called again.\nTallis wrote too.").Text);
    }

    [Theory]
    [InlineData("Marshall Road and the Hale-Bopp comet")]
    [InlineData("The marsh flooded; concerns rose as the water did.")]
    [InlineData("Tomato soup, a tom-tom drum and a dan buoy")]
    public void Apply_WordsThatOnlyLookLikeNames_Kept(string text)
    {
        var result = Register.Apply(text);

        Assert.Equal(text, result.Text);
        Assert.Empty(result.Replacements);
    }

    [Fact]
    public void Apply_SurnameThatIsARareWord_ReplacedInAnyCase_SafetyFirst()
    {
        // "Hale" is not an ordinary word on Lantern's list, so it is replaced however it is written: a known cost.
        Assert.Equal("She seemed Neighbour and hearty.", Apply("She seemed hale and hearty."));
    }
}
