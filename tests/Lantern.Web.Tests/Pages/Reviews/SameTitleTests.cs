using System.Net;
using Lantern.Core;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Reviews;

/// <summary>A second review with the same working title is not made without a word: the form names the reviews
/// that have it and asks the person to change the title or confirm.</summary>
public sealed class SameTitleTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private KeyValuePair<string, string>[] NewReview(string title, bool createAnyway = false) =>
    [
        .. Form.Of(("Input.WorkingTitle", title), ("Input.ReviewTypeId", world.ReviewTypeId.ToString()), ("Input.Status", "Referral")),
        .. createAnyway ? Form.Of(("Input.CreateAnyway", "true")) : [],
    ];

    private async Task<int> CountTitledAsync(string key)
    {
        await using var db = Factory.CreateDbContext();
        return (await db.Reviews.Where(r => r.PartnershipId == world.PartnershipId).Select(r => r.WorkingTitle).ToListAsync())
            .Count(t => ReviewTitle.IsSameTitle(t, key));
    }

    private static string Squeeze(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Child Larch")]
    [InlineData("child larch")]
    [InlineData("CHILD-LARCH.")]
    [InlineData("  Child   Larch ")]
    public async Task Create_SameTitleAsAnOpenReview_NamesItAndCreatesNothingUntilConfirmed(string title)
    {
        var existing = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Larch");
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var before = await CountTitledAsync("Child Larch");

        var warned = await browser.PostAsync("/reviews/new", NewReview(title));

        Assert.Equal(HttpStatusCode.OK, warned.Status);
        Assert.Equal([$"There is already a review called {ReviewTitle.Normalise(title)}. Change the working title, or tick the box to create it anyway"], warned.Errors);
        var warning = warned.Document.QuerySelector("#same-title");
        Assert.NotNull(warning);
        Assert.Contains("with this working title. Check this is not the same case.", Squeeze(warning.TextContent), StringComparison.Ordinal);
        Assert.Contains(warning.QuerySelectorAll("li a"), a => a.GetAttribute("href") == $"/reviews/{existing}" && a.TextContent == "Child Larch");
        Assert.Contains($"(in progress, created {DateTime.UtcNow.UkDate()})", Squeeze(warning.TextContent), StringComparison.Ordinal);
        Assert.NotNull(warned.Document.QuerySelector("input[type=checkbox][name='Input.CreateAnyway']"));
        Assert.Equal(before, await CountTitledAsync("Child Larch"));

        var confirmed = await browser.PostWithTokenAsync("/reviews/new", warned.Token, NewReview(title, createAnyway: true));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal(before + 1, await CountTitledAsync("Child Larch"));
        var overview = await browser.GetAsync(confirmed.Location!);
        Assert.Contains("Another review has the same working title: check the two are not the same case.", overview.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_TitleOfAWithdrawnReviewOnly_IsCreatedAndTheWithdrawnOneMentioned()
    {
        var withdrawn = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Medlar");
        await using (var db = Factory.CreateDbContext())
        {
            var review = await db.Reviews.SingleAsync(r => r.Id == withdrawn);
            review.Withdraw("Made by mistake while testing.", world.BusinessUnit.Id, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var created = await browser.PostAsync("/reviews/new", NewReview("Child medlar"));

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var overview = await browser.GetAsync(created.Location!);
        Assert.Contains("A withdrawn review had the same working title.", overview.Html, StringComparison.Ordinal);
        Assert.Equal(2, await CountTitledAsync("Child Medlar"));
    }

    [Fact]
    public async Task Create_OpenAndWithdrawnReviewsWithTheTitle_ListsBothAndSaysTheWithdrawnOneDoesNotStopYou()
    {
        await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Nutmeg");
        var withdrawn = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Nutmeg");
        await using (var db = Factory.CreateDbContext())
        {
            (await db.Reviews.SingleAsync(r => r.Id == withdrawn)).Withdraw("Duplicate.", world.BusinessUnit.Id, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var warned = await browser.PostAsync("/reviews/new", NewReview("Child Nutmeg"));

        var items = warned.Document.QuerySelectorAll("#same-title li").Select(li => Squeeze(li.TextContent)).ToList();
        Assert.Equal(2, items.Count);
        Assert.StartsWith("Child Nutmeg (in progress", items[0], StringComparison.Ordinal);
        Assert.Contains("(withdrawn, created", items[1], StringComparison.Ordinal);
        Assert.Contains("withdrawn reviews do not stop you using the title", items[1], StringComparison.Ordinal);
        Assert.Contains("already has a review with this working title", Squeeze(warned.Document.QuerySelector("#same-title .govuk-warning-text")?.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ADifferentTitle_IsCreatedWithoutAWarning()
    {
        await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Olive");
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var created = await browser.PostAsync("/reviews/new", NewReview("Child Olivia"));

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var overview = await browser.GetAsync(created.Location!);
        Assert.DoesNotContain("same working title", overview.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.ReviewCreated && e.UserId == world.BusinessUnit.Id));
    }

    [Fact]
    public async Task Create_AnotherPartnershipsReviewWithTheTitle_DoesNotCount()
    {
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var created = await browser.PostAsync("/reviews/new", NewReview("Child Z"));

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
    }
}
