using Lantern.Core.Disclosure;
using static Lantern.Core.Tests.Disclosure.TestRegister;

namespace Lantern.Core.Tests.Disclosure;

public sealed class HitResolutionTests
{
    private static readonly Guid Writer = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_Suggestion_ReplacesOnlyThatPlace()
    {
        const string text = "Kayleigh's flat was cold, Kayleigh said.";
        var hits = Scan(text);

        var replaced = HitResolutions.Apply(text, hits[0]);

        Assert.Equal("Mother's flat was cold, Kayleigh said.", replaced);
    }

    [Fact]
    public void Apply_AfterTheParagraphChanged_IsRefused()
    {
        var hit = Single("Kayleigh was at home.");

        Assert.Throws<InvalidOperationException>(() => HitResolutions.Apply("Mother was at home.", hit));
    }

    [Fact]
    public void Accept_WithoutAReason_IsRefused() =>
        Assert.Throws<ArgumentException>(() => HitResolution.Accept(new HitKey(DisclosureRule.Name, "will", 0), "  ", Writer, Now));

    [Fact]
    public void BlocksPublication_UntilEveryHighHitIsResolved()
    {
        var hits = Scan("Kayleigh met the nurse on 3 June 2024. Kayleigh left.");
        var keys = HitKey.For(hits);
        Assert.Equal(3, hits.Count);
        Assert.Equal(new HitKey(DisclosureRule.Name, "kayleigh", 1), keys[2]);

        var resolutions = new List<HitResolution>
        {
            HitResolution.Replace(keys[0], "Mother", Writer, Now),
            HitResolution.Accept(keys[2], "Quoted from a published court judgment", Writer, Now),
        };

        Assert.False(HitResolutions.BlocksPublication(hits, resolutions));
        Assert.Equal(DisclosureRule.ExactDate, Assert.Single(HitResolutions.Unresolved(hits, resolutions)).Rule);
        Assert.True(HitResolutions.BlocksPublication(hits, resolutions.Take(1)));
    }

    [Fact]
    public void FromText_BlankLinesSeparateParagraphsAndSingleBreaksStay()
    {
        var document = DisclosureDocument.FromText("One\ntwo\r\n\r\nThree\n\n\nFour");

        Assert.Equal(["One\ntwo", "Three", "Four"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Scan_HitsInLaterParagraphs_GiveTheirParagraph()
    {
        var hits = Scan("Nothing here.\n\nKayleigh was at home.");

        Assert.Equal(1, Assert.Single(hits).Paragraph);
    }
}
