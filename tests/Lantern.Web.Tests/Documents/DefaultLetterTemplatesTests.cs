using System.Text.RegularExpressions;
using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Tests.Documents;

public sealed class DefaultLetterTemplatesTests
{
    public static TheoryData<string> Keys => new(DefaultLetterTemplates.All.Select(letter => letter.Key));

    private static readonly Dictionary<string, string?> Values = new()
    {
        [LetterPlaceholders.FamilyMemberName] = "Sam Taylor",
        [LetterPlaceholders.ChildOrAdultName] = "Jamie",
        [LetterPlaceholders.PartnershipName] = "Northmoor Safeguarding Children Partnership (training)",
        [LetterPlaceholders.ReviewType] = "Local Child Safeguarding Practice Review",
        [LetterPlaceholders.LeadReviewer] = "Alex Morgan",
        [LetterPlaceholders.BusinessUnitContact] = "Chris Lee on 01234 567890",
        [LetterPlaceholders.ChairName] = "Pat Jones",
    };

    [Fact]
    public void LetterPlaceholders_All_AreTheSevenReviewNamesAndTheDate() =>
        Assert.Equal(
            ["family member name", "child or adult name", "partnership name", "review type", "lead reviewer",
             "business unit contact", "chair name", "date"],
            LetterPlaceholders.All);

    [Fact]
    public void All_AreTheThreeLettersWithNamesAndPurposes()
    {
        Assert.Equal(["review-starting", "meet-the-reviewers", "no-review"], DefaultLetterTemplates.All.Select(l => l.Key));
        Assert.All(DefaultLetterTemplates.All, letter =>
        {
            Assert.False(string.IsNullOrWhiteSpace(letter.Name));
            Assert.False(string.IsNullOrWhiteSpace(letter.Purpose));
        });
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Letter_PassesTheTemplateCheck(string key)
    {
        var check = LetterRendering.Check(Letter(key).Body, LetterPlaceholders.All);

        Assert.True(check.IsValid, string.Join("; ", check.Problems));
        Assert.Contains(LetterPlaceholders.FamilyMemberName, check.Placeholders);
        Assert.Contains(LetterPlaceholders.BusinessUnitContact, check.Placeholders);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Letter_RendersAValidDocumentWithEveryValueFilled(string key)
    {
        var letter = LetterRendering.Render("Letter", Letter(key).Body, Values, new DateOnly(2026, 12, 1));

        using var document = Docx.OpenValid(letter.Bytes);
        Assert.Empty(letter.MissingPlaceholders);
        var text = string.Join("\n", Docx.Paragraphs(document).Select(Docx.Text));
        Assert.StartsWith("1 December 2026\nDear Sam Taylor", text, StringComparison.Ordinal);
        Assert.DoesNotContain("((", text, StringComparison.Ordinal);
        Assert.Contains(Docx.Paragraphs(document), p => Docx.StyleOf(p) == "Heading1");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Letter_HasNoSentenceOver25Words(string key)
    {
        // Headings and bullets have no full stop, so line ends also end a sentence.
        var sentences = Regex.Split(Letter(key).Body, @"[.!?]\s|[.!?]$|\n");
        var longest = sentences.MaxBy(s => Words(s))!;

        Assert.True(Words(longest) <= 25, $"{Words(longest)} words: {longest.Trim()}");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Letter_NeverTalksAboutFaultOrFailure(string key)
    {
        var words = Regex.Split(Letter(key).Body.ToLowerInvariant(), @"[^a-z]+");

        Assert.Empty(words.Intersect(["fault", "failed", "failure", "failings", "culpable", "negligent", "guilty"]));
    }

    private static DefaultLetter Letter(string key) => DefaultLetterTemplates.All.Single(letter => letter.Key == key);

    private static int Words(string sentence) =>
        sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
