using Lantern.Core.Reports;

namespace Lantern.Core.Tests.Reports;

public sealed class ReadabilityTests
{
    private const string Plain =
        "Child Q lived with her mother in a small flat. The flat was cold and damp. The health visitor saw the family four times in a year. " +
        "She wrote down what she saw. Nobody asked Child Q's father what he thought.";

    private const string Dense =
        "Following the receipt of the referral by the Multi-Agency Safeguarding Hub (MASH), a strategy discussion was convened in accordance with " +
        "local procedures, at which the decision was made that the threshold for section 47 enquiries had not been met and that the case should " +
        "step down to early help, notwithstanding the concerns previously articulated by the nursery regarding the child's presentation and the " +
        "LADO's involvement with a member of staff. The ICPC did not take place. CP planning was not considered by the core group, and the PLO " +
        "was not discussed with the IRO.";

    [Fact]
    public void Measure_PlainText_CountsSentencesAndWords_ScoresEasy_NoAdvice()
    {
        var figures = Readability.Measure([Plain]);

        Assert.Equal(5, figures.Sentences);
        Assert.Equal(41, figures.Words);
        Assert.Equal(8.2, figures.MeanSentenceLength);
        Assert.Equal(11, figures.LongestSentenceLength);
        Assert.Equal(0, figures.ShareOfLongSentences);
        Assert.InRange(figures.FleschReadingEase, 75, 100);
        Assert.Empty(figures.Unexplained);
        Assert.Empty(figures.Advice);
    }

    [Fact]
    public void Measure_DenseText_LongSentencesAndHardScore_Advised()
    {
        var figures = Readability.Measure([Dense]);

        Assert.Equal(3, figures.Sentences);
        Assert.True(figures.LongestSentenceLength > 60);
        Assert.Equal(0.333, figures.ShareOfLongSentences);
        Assert.True(figures.FleschReadingEase < 50, $"Flesch {figures.FleschReadingEase}");
        Assert.StartsWith("Following the receipt", figures.LongestSentence, StringComparison.Ordinal);
        Assert.Contains(figures.Advice, a => a.Contains("reading ease score", StringComparison.Ordinal));
        Assert.Contains(figures.Advice, a => a.Contains("longest sentence has", StringComparison.Ordinal));
    }

    [Fact]
    public void Measure_Acronyms_ExplainedInTextOrGlossaryAreNotListed()
    {
        var figures = Readability.Measure([Dense], ["IRO: independent reviewing officer", "Core group"]);

        var acronyms = figures.Unexplained.Where(u => u.Kind == TermKind.Acronym).Select(u => u.Term).ToList();
        Assert.Equal(["LADO", "ICPC", "CP", "PLO"], acronyms);
        Assert.Equal(["strategy discussion", "section 47", "threshold", "step down", "early help"],
            figures.Unexplained.Where(u => u.Kind == TermKind.Jargon).Select(u => u.Term));
    }

    [Theory]
    [InlineData("The Local Authority Designated Officer (LADO) was told.")]
    [InlineData("An Initial Child Protection Conference (ICPC) was held.")]
    [InlineData("Her Education, Health and Care Plan (EHCP) was late.")]
    [InlineData("The LADO (Local Authority Designated Officer) was told.")]
    [InlineData("Child and Adolescent Mental Health Services (CAMHS) wrote back.")]
    [InlineData("The GP and the NHS trust wrote to A&E in the UK.")]
    [InlineData("FINDINGS AND LEARNING FOR THE PARTNERSHIP")]
    [InlineData("She was NOT seen alone, as Part II of the report shows.")]
    public void Measure_AcronymSpelledOutOrWellKnown_NotListed(string text) =>
        Assert.Empty(Readability.Measure([text]).Unexplained);

    [Theory]
    [InlineData("The Local Authority Officer (LADO) was told.", "LADO")]
    [InlineData("Referred to MARAC twice.", "MARAC")]
    [InlineData("Two CPs were drawn up.", "CP")]
    public void Measure_AcronymNotSpelledOut_ListedWithAdvice(string text, string acronym)
    {
        var term = Assert.Single(Readability.Measure([text]).Unexplained);

        Assert.Equal(acronym, term.Term);
        Assert.Contains($"\"{acronym}\"", term.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The case was stepped down in May.", "step down")]
    [InlineData("Enquiries under s47 began.", "section 47")]
    [InlineData("Two strategy meetings were held.", "strategy discussion")]
    [InlineData("She was not brought to three appointments.", "was not brought")]
    public void Measure_JargonVariants_Found(string text, string term) =>
        Assert.Contains(Readability.Measure([text]).Unexplained, u => u.Term == term && u.Kind == TermKind.Jargon);

    [Theory]
    [InlineData("Dr. Adeyemi saw her. Mr. Hale did not.", 2)]
    [InlineData("She said \"No.\" Then she left.", 2)]
    [InlineData("The plan (see para. 4) was agreed. It lapsed.", 2)]
    [InlineData("Seen by Child Q. The next day nobody came!", 2)]
    [InlineData("Visits fell, e.g. in May. Calls rose.", 2)]
    public void Sentences_AbbreviationsDoNotEndASentence(string text, int count) => Assert.Equal(count, Readability.Sentences(text).Count);

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("nursery", 3)]
    [InlineData("visited", 3)]
    [InlineData("conference", 3)]
    [InlineData("procedures", 3)]
    [InlineData("safeguarding", 4)]
    [InlineData("notwithstanding", 4)]
    public void Syllables_EstimateForEnglish(string word, int expected) => Assert.Equal(expected, Readability.Syllables(word));
}
