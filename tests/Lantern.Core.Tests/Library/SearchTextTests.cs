using Lantern.Core.Library;

namespace Lantern.Core.Tests.Library;

public sealed class SearchTextTests
{
    private static string[] Terms(string typed) => [.. SearchText.Parse(typed).Terms.Select(t => t.ToString())];

    [Theory]
    [InlineData("strategy discussion", new[] { "strategy", "discussion" })]
    [InlineData("  Strategy   DISCUSSION ", new[] { "strategy", "discussion" })]
    [InlineData("\"strategy discussion\" bruise", new[] { "\"strategy discussion\"", "bruise" })]
    [InlineData("\u201Cseen alone\u201D health visitor", new[] { "\"seen alone\"", "health", "visitor" })]
    [InlineData("\"unclosed phrase runs on", new[] { "\"unclosed phrase runs on\"" })]
    [InlineData("\"\"", new string[0])]
    [InlineData("neglect AND bruise OR NOT near", new[] { "neglect", "bruise" })]
    [InlineData("neglect and Bruise", new[] { "neglect", "bruise" })]
    [InlineData("neglect* ^bruise title:child (health OR police) -school", new[] { "neglect", "bruise", "title", "child", "health", "police", "school" })]
    [InlineData("child's mother’s GP", new[] { "child", "mother", "gp" })]
    [InlineData("'; DROP TABLE Findings; --", new[] { "drop", "table", "findings" })]
    [InlineData("neglect neglect NEGLECT", new[] { "neglect" })]
    [InlineData("A&E 24/7 0-19", new[] { "a", "e", "24", "7", "0", "19" })]
    [InlineData("", new string[0])]
    [InlineData("*** ??? !!!", new string[0])]
    public void Parse_ReadsWordsAndPhrases_NeverOperators(string typed, string[] expected)
    {
        Assert.Equal(expected, Terms(typed));
    }

    [Theory]
    [InlineData("Zaniedbanie dziecka", new[] { "zaniedbanie", "dziecka" })]
    [InlineData("إهمال الطفل", new[] { "إهمال", "الطفل" })]
    [InlineData("儿童 忽视", new[] { "儿童", "忽视" })]
    [InlineData("Zoë café", new[] { "zoë", "café" })]
    [InlineData("e\u0301cole", new[] { "école" })]
    [InlineData("🙂 neglect 🙂", new[] { "neglect" })]
    public void Parse_KeepsWordsInAnyScript(string typed, string[] expected)
    {
        Assert.Equal(expected, Terms(typed));
    }

    [Fact]
    public void Parse_LongInput_IsCutToTwelveTermsAndSaysSo()
    {
        var pasted = string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"word{i}"));
        var search = SearchText.Parse(pasted);
        Assert.Equal(SearchText.MostTerms, search.Terms.Count);
        Assert.True(search.WasCut);

        var oneWord = SearchText.Parse(new string('a', 10_000));
        Assert.Equal(SearchText.LongestWord, Assert.Single(oneWord.Terms).Words[0].Length);
        Assert.True(oneWord.WasCut);

        Assert.False(SearchText.Parse("health visitor").WasCut);
    }

    [Fact]
    public void Parse_APhraseKeepsAtMostEightWords()
    {
        var search = SearchText.Parse("\"one two three four five six seven eight nine ten\"");
        Assert.Equal(SearchText.MostWordsInAPhrase, Assert.Single(search.Terms).Words.Count);
        Assert.True(search.WasCut);
    }

    [Fact]
    public void ToFts5_QuotesEveryTerm_AndRequiresThemAll()
    {
        Assert.Equal("\"strategy discussion\" AND \"bruise\"", SearchText.Parse("\"strategy discussion\" bruise").ToFts5());
        Assert.Equal("\"neglect\" AND \"near\"", SearchText.Parse("neglect \"near\"").ToFts5());
        Assert.Null(SearchText.Parse("AND OR").ToFts5());
    }

    [Fact]
    public void ToWebSearch_WordsAndQuotedPhrasesOnly()
    {
        Assert.Equal("\"seen alone\" health", SearchText.Parse("“seen alone” -health").ToWebSearch());
        Assert.Null(SearchText.Parse("  ").ToWebSearch());
    }

    [Fact]
    public void Words_ForHighlighting_AreDistinct()
    {
        Assert.Equal(["health", "visitor", "home"], SearchText.Parse("\"health visitor\" health home").Words);
    }
}
