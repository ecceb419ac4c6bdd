using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Tests.Documents;

public sealed class LetterCheckTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n ")]
    public void Check_EmptyTemplate_AsksForTheText(string template)
    {
        var check = LetterRendering.Check(template, LetterPlaceholders.All);

        Assert.False(check.IsValid);
        Assert.Equal(["Enter the text of the letter"], check.Problems);
    }

    [Fact]
    public void Check_Over20000Characters_IsAProblem()
    {
        var check = LetterRendering.Check(new string('a', 20_001), LetterPlaceholders.All);

        var problem = Assert.Single(check.Problems);
        Assert.Equal("The letter must be 20,000 characters or fewer. It has 20,001", problem);
    }

    [Fact]
    public void Check_Exactly20000Characters_IsValid() =>
        Assert.True(LetterRendering.Check(new string('a', 20_000), LetterPlaceholders.All).IsValid);

    [Fact]
    public void Check_UnclosedPlaceholder_SaysWhichLine()
    {
        var check = LetterRendering.Check("Dear ((family member name)),\n\nFrom ((chair name", LetterPlaceholders.All);

        var problem = Assert.Single(check.Problems);
        Assert.Equal("The (( on line 3 is not closed. End each placeholder with )), for example ((chair name))", problem);
    }

    [Fact]
    public void Check_PlaceholderClosedWithOneBracket_IsUnclosed()
    {
        var check = LetterRendering.Check("Line one\nDear ((family member name) and family", LetterPlaceholders.All);

        Assert.Contains("line 2 is not closed", Assert.Single(check.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dear (())")]
    [InlineData("Dear ((   ))")]
    public void Check_EmptyPlaceholder_IsAProblem(string template)
    {
        var check = LetterRendering.Check("Hello\n" + template, LetterPlaceholders.All);

        Assert.Equal(
            ["The (()) on line 2 is empty. Put a placeholder name between the brackets or delete them"], check.Problems);
    }

    [Fact]
    public void Check_UnknownPlaceholder_NamesItTheLineAndTheChoices()
    {
        var check = LetterRendering.Check("Dear ((family member name))\n\nWe need your ((Shoe  Size)).\nAgain ((shoe size)).", LetterPlaceholders.All);

        var problem = Assert.Single(check.Problems);
        Assert.Equal(
            "((shoe size)) on line 3 is not one Lantern knows. Use one of: ((family member name)), ((child or adult name)), " +
            "((partnership name)), ((review type)), ((lead reviewer)), ((business unit contact)), ((chair name)), ((date))",
            problem);
        Assert.Equal(["family member name", "shoe size"], check.Placeholders);
    }

    [Fact]
    public void Check_PlaceholderOutsideTheAllowedList_IsUnknown()
    {
        var check = LetterRendering.Check("Signed ((chair name))", ["family member name"]);

        Assert.StartsWith("((chair name)) on line 1 is not one Lantern knows. Use one of: ((family member name))", Assert.Single(check.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Please see part (a) of the form (part (a)).")]
    [InlineData("The meeting (in the small room (upstairs)) starts at 10am.")]
    [InlineData("Smiles :) and (brackets) ) ( are fine")]
    public void Check_OrdinaryBrackets_AreNotFlagged(string template)
    {
        var check = LetterRendering.Check(template, LetterPlaceholders.All);

        Assert.True(check.IsValid, string.Join("; ", check.Problems));
        Assert.Empty(check.Placeholders);
    }

    [Fact]
    public void Check_PlaceholdersInAnyCaseAndSpacing_AreKnownAndListedOnce()
    {
        var check = LetterRendering.Check(
            "# ((Child Or Adult Name))\nDear (( family   member name ))\n* ((FAMILY MEMBER NAME)) and (((date)))",
            LetterPlaceholders.All);

        Assert.True(check.IsValid, string.Join("; ", check.Problems));
        Assert.Equal(["child or adult name", "family member name", "date"], check.Placeholders);
    }

    [Fact]
    public void Check_SeveralProblems_AreAllReportedInLineOrder()
    {
        var check = LetterRendering.Check("(())\n((nickname))\n((chair name", LetterPlaceholders.All);

        Assert.Equal(3, check.Problems.Count);
        Assert.Contains("line 1", check.Problems[0], StringComparison.Ordinal);
        Assert.Contains("line 2", check.Problems[1], StringComparison.Ordinal);
        Assert.Contains("line 3", check.Problems[2], StringComparison.Ordinal);
    }
}
