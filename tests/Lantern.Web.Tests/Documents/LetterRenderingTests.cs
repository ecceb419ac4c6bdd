using DocumentFormat.OpenXml.Wordprocessing;
using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Tests.Documents;

public sealed class LetterRenderingTests
{
    private static readonly Dictionary<string, string?> NoValues = [];

    [Fact]
    public void Render_PlaceholderNamesInAnyCaseAndSpacing_AreFilled()
    {
        var values = new Dictionary<string, string?> { ["Family Member  Name"] = "Sam Taylor", ["chair name"] = "Pat Jones" };

        var letter = LetterRendering.Render("Letter", "Dear (( FAMILY   member name ))\n\nFrom ((Chair Name))", values, null);

        using var document = Docx.OpenValid(letter.Bytes);
        Assert.Equal(["Dear Sam Taylor", "From Pat Jones"], Docx.Paragraphs(document).Select(Docx.Text));
        Assert.Empty(letter.MissingPlaceholders);
        Assert.Equal("Letter", document.PackageProperties.Title);
    }

    [Fact]
    public void Render_MissingOrBlankValues_AreLeftEmptyAndReported()
    {
        var values = new Dictionary<string, string?> { ["lead reviewer"] = "  ", ["chair name"] = null, ["partnership name"] = "Northmoor" };

        var letter = LetterRendering.Render(
            "Letter", "Dear ((family member name)), ((lead reviewer)) of ((partnership name)).\n\n((chair name)) and ((family member name))", values, null);

        using var document = Docx.OpenValid(letter.Bytes);
        Assert.Equal(["Dear ,  of Northmoor.", "and"], Docx.Paragraphs(document).Select(Docx.Text));
        Assert.Equal(["family member name", "lead reviewer", "chair name"], letter.MissingPlaceholders);
    }

    [Fact]
    public void Render_HeadingsAndParagraphsLeftEmpty_AreDropped()
    {
        var template = "# ((review type))\n\n((lead reviewer))\n\n* ((chair name))\n\n## Kept\n\n((family member name))\n1 High Street";

        var letter = LetterRendering.Render("Letter", template, NoValues, null);

        using var document = Docx.OpenValid(letter.Bytes);
        var paragraphs = Docx.Paragraphs(document).Where(p => Docx.Text(p).Length > 0).ToList();
        Assert.Equal(["Kept", "1 High Street"], paragraphs.Select(Docx.Text));
        Assert.Equal(["Heading2", null], paragraphs.Select(Docx.StyleOf));
        Assert.Empty(Docx.Body(document).Descendants<NumberingProperties>());
    }

    [Fact]
    public void Render_ValueLookingLikeStructureOrAPlaceholder_StaysLiteral()
    {
        var values = new Dictionary<string, string?>
        {
            ["family member name"] = "# Heading\n* not a bullet ((chair name))",
            ["chair name"] = "Pat Jones",
        };

        var letter = LetterRendering.Render("Letter", "Dear ((family member name))", values, null);

        using var document = Docx.OpenValid(letter.Bytes);
        var paragraph = Assert.Single(Docx.Paragraphs(document));
        Assert.Equal("Dear # Heading\n* not a bullet ((chair name))", Docx.Text(paragraph));
        Assert.Null(Docx.StyleOf(paragraph));
        Assert.Empty(Docx.Body(document).Descendants<NumberingProperties>());
        Assert.Empty(letter.MissingPlaceholders);
    }

    [Fact]
    public void Render_LetterDate_IsTheFirstRightAlignedParagraphAndFillsTheDatePlaceholder()
    {
        var letter = LetterRendering.Render("Letter", "Written on ((Date)).", NoValues, new DateOnly(2026, 12, 1));

        using var document = Docx.OpenValid(letter.Bytes);
        var paragraphs = Docx.Paragraphs(document);
        Assert.Equal(["1 December 2026", "Written on 1 December 2026."], paragraphs.Select(Docx.Text));
        Assert.Equal(JustificationValues.Right, paragraphs[0].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Empty(letter.MissingPlaceholders);
    }

    [Fact]
    public void Render_NoLetterDate_DatePlaceholderIsMissing()
    {
        var letter = LetterRendering.Render("Letter", "Written on ((date)).", NoValues, null);

        using var document = Docx.OpenValid(letter.Bytes);
        Assert.Equal(["Written on ."], Docx.Paragraphs(document).Select(Docx.Text));
        Assert.Equal(["date"], letter.MissingPlaceholders);
    }

    [Fact]
    public void Render_HashLines_BecomeHeadingsOneToThree()
    {
        var letter = LetterRendering.Render("Letter", "# One\n## Two\n### Three\n#### Four\n#Five", NoValues, null);

        using var document = Docx.OpenValid(letter.Bytes);
        var paragraphs = Docx.Paragraphs(document);
        Assert.Equal(["Heading1", "Heading2", "Heading3", null], paragraphs.Select(Docx.StyleOf));
        Assert.Equal(["One", "Two", "Three", "#### Four\n#Five"], paragraphs.Select(Docx.Text));
    }

    [Fact]
    public void Render_ConsecutiveBulletLines_FormOneListAndABlankLineStartsAnother()
    {
        var letter = LetterRendering.Render("Letter", "Intro\n* one\n- two\n\u2022 three\n\nMiddle\n\n-  four\n-no bullet", NoValues, null);

        using var document = Docx.OpenValid(letter.Bytes);
        var paragraphs = Docx.Paragraphs(document);
        Assert.Equal(["Intro", "one", "two", "three", "Middle", "four", "-no bullet"], paragraphs.Select(Docx.Text));
        var ids = paragraphs.Select(Docx.NumberingIdOf).ToList();
        Assert.Equal([null, ids[1], ids[1], ids[1], null, ids[5], null], ids);
        Assert.NotEqual(ids[1], ids[5]);
        Assert.Equal(NumberFormatValues.Bullet, Docx.FormatOf(document, ids[1]!.Value));
    }

    [Fact]
    public void Render_ConsecutiveLines_FormOneParagraphWithLineBreaks()
    {
        var letter = LetterRendering.Render("Letter", "Yours sincerely\r\n\r\nPat Jones\r\nChair\n\n\n\nEnd", NoValues, null);

        using var document = Docx.OpenValid(letter.Bytes);
        Assert.Equal(["Yours sincerely", "Pat Jones\nChair", "End"], Docx.Paragraphs(document).Select(Docx.Text));
    }

    [Fact]
    public void Render_MistakesInTheTemplate_AreKeptAsText()
    {
        var letter = LetterRendering.Render("Letter", "A (()) and ((chair name", NoValues, null);

        using var document = Docx.OpenValid(letter.Bytes);
        Assert.Equal("A (()) and ((chair name", Docx.Text(Assert.Single(Docx.Paragraphs(document))));
    }

    [Fact]
    public void Preview_ShowsTheDateBlocksAndBulletsAsPlainText()
    {
        var values = new Dictionary<string, string?> { ["family member name"] = "Sam" };

        var preview = LetterRendering.Preview("# Hello ((family member name))\nDear ((family member name))\n* a\n* ((chair name))\n* b", values, new DateOnly(2026, 3, 9));

        Assert.Equal("9 March 2026\n\nHello Sam\n\nDear Sam\n\n\u2022 a\n\u2022 b", preview.Text);
        Assert.Equal(["chair name"], preview.MissingPlaceholders);
    }
}
