using Lantern.Core.Reviews;

namespace Lantern.Core.Tests.Reviews;

public sealed class ReviewTitleTests
{
    [Theory]
    [InlineData("Child Q")]
    [InlineData("Children F, G and H")]
    [InlineData("Baby O")]
    [InlineData("Adult V (self-neglect)")]
    [InlineData("Family Z")]
    [InlineData("Chloé's review")]
    [InlineData("Child 7")]
    public void Check_Pseudonyms_AreAccepted(string title) => Assert.Null(ReviewTitle.Check(title));

    [Theory]
    [InlineData("", "Enter a working title")]
    [InlineData("   ", "Enter a working title")]
    [InlineData("Child Q born 12/03/2019", "must not include a date")]
    [InlineData("Child Q 2019-03", "must not include a date")]
    [InlineData("Child at NE1 4XY", "must not include a postcode")]
    [InlineData("Child <script>", "must only include")]
    [InlineData("Child Q\u0000", "must only include")]
    public void Check_IdentifyingOrOddTitles_AreRefusedWithAReason(string title, string expected)
    {
        var problem = ReviewTitle.Check(title);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TooLong_IsRefused() =>
        Assert.Contains("60 characters", ReviewTitle.Check(new string('a', 61)), StringComparison.Ordinal);

    [Fact]
    public void Normalise_ExtraSpaces_AreCollapsed() => Assert.Equal("Child Q", ReviewTitle.Normalise("  Child    Q "));

    [Fact]
    public void Constructor_BadTitle_Throws() =>
        Assert.Throws<ArgumentException>(() => new Review(Guid.NewGuid(), Guid.NewGuid(), "", Guid.NewGuid(), ReviewStatus.Referral, DateTime.UtcNow, Guid.NewGuid()));

    [Fact]
    public void ChangeDetails_ValidTitle_UpdatesTitleTypeAndStatus()
    {
        var review = new Review(Guid.NewGuid(), Guid.NewGuid(), "Child Q", Guid.NewGuid(), ReviewStatus.Referral, DateTime.UtcNow, Guid.NewGuid());
        var type = Guid.NewGuid();

        review.ChangeDetails(" Child  R ", type, ReviewStatus.InProgress);

        Assert.Equal("Child R", review.WorkingTitle);
        Assert.Equal(type, review.ReviewTypeId);
        Assert.Equal(ReviewStatus.InProgress, review.Status);
    }

    [Theory]
    [InlineData("Child Q", "child q")]
    [InlineData("Child Q", "Child-Q")]
    [InlineData("Child Q", "  CHILD   Q. ")]
    [InlineData("Adult V (self-neglect)", "adult v self neglect")]
    [InlineData("Chloé’s review", "Chloe\u0301's review")]
    public void IsSameTitle_DifferentCaseSpacesOrPunctuation_IsTheSameTitle(string first, string second) =>
        Assert.True(ReviewTitle.IsSameTitle(first, second));

    [Theory]
    [InlineData("Child Q", "Child O")]
    [InlineData("Child Q", "Child Q2")]
    [InlineData("Children F, G and H", "Children F and G")]
    [InlineData("-", "(.)")]
    public void IsSameTitle_OtherLettersOrNoLettersAtAll_IsNotTheSameTitle(string first, string second) =>
        Assert.False(ReviewTitle.IsSameTitle(first, second));
}
