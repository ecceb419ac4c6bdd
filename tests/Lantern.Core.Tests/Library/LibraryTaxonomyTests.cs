using Lantern.Core.Library;

namespace Lantern.Core.Tests.Library;

public sealed class LibraryTaxonomyTests
{
    [Theory]
    [InlineData("2026-03-01", "2026-03-01", AgeBand.UnderOne)]
    [InlineData("2025-03-02", "2026-03-01", AgeBand.UnderOne)]
    [InlineData("2025-03-01", "2026-03-01", AgeBand.OneToFour)]
    [InlineData("2024-02-29", "2025-02-28", AgeBand.UnderOne)]
    [InlineData("2024-02-29", "2025-03-01", AgeBand.OneToFour)]
    [InlineData("2021-06-10", "2026-06-09", AgeBand.OneToFour)]
    [InlineData("2021-06-10", "2026-06-10", AgeBand.FiveToTen)]
    [InlineData("2010-01-01", "2026-01-01", AgeBand.SixteenToSeventeen)]
    [InlineData("2008-07-01", "2026-07-01", AgeBand.EighteenToTwentyFour)]
    [InlineData("1950-05-05", "2026-05-05", AgeBand.SixtyFiveAndOver)]
    public void AgeBand_CountsWholeYearsOnTheDayOfTheIncident(string born, string incident, AgeBand expected)
    {
        Assert.Equal(expected, AgeBands.From(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(incident, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AgeBand_UnknownOrBornAfterTheIncident_IsNone()
    {
        Assert.Null(AgeBands.From(null, new DateOnly(2026, 1, 1)));
        Assert.Null(AgeBands.From(new DateOnly(2026, 1, 1), null));
        Assert.Null(AgeBands.From(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void EveryBandAndHarmType_HasAName()
    {
        Assert.All(AgeBands.All, b => Assert.NotEqual(b.ToString(), b.DisplayName()));
        Assert.All(HarmTypes.All.Where(h => h != HarmType.Neglect && h != HarmType.Exploitation && h != HarmType.Suicide && h != HarmType.Other),
            h => Assert.NotEqual(h.ToString(), h.DisplayName()));
    }

    [Fact]
    public void ContextThemes_HaveUniqueLowerCaseKeys_AndTheCurrentVersionOffersThemAll()
    {
        Assert.Equal(ContextThemes.All.Count, ContextThemes.All.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ContextThemes.All, t => Assert.Matches("^[a-z]+(-[a-z]+)*$", t.Key));
        Assert.Equal(ContextThemes.All.Count, ContextThemes.InVersion(ContextThemes.CurrentVersion).Count);
        Assert.Equal("Domestic abuse", ContextThemes.Find("domestic-abuse")!.Name);
        Assert.Null(ContextThemes.Find("Domestic abuse"));
    }
}
