using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class PurposeTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static string Url(Guid reviewId) => $"/reviews/{reviewId}/setting-up/purpose";

    private static KeyValuePair<string, string>[] Purpose(string statement, string? version = null, string sentTo = "", DateOnly? sentOn = null, string factors = "") =>
        Form.Of([
            ("Input.Statement", statement),
            ("Input.ComplicatingFactors", factors),
            ("Input.SentTo", sentTo),
            ("Input.Version", version ?? string.Empty),
            .. sentOn is { } on ? SettingUpForms.Date("Input.SentOn", on) : [],
        ]);

    [Fact]
    public async Task Record_FirstThenChanged_SavesAuditsAndAddsOneHistoryEntry()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P");
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var first = await browser.PostAsync(Url(reviewId), Purpose("To learn how agencies shared what they knew about the family.", factors: "A disciplinary process is running alongside."));
        var form = await browser.GetAsync(Url(reviewId));
        var second = await browser.PostWithTokenAsync(Url(reviewId), form.Token, Purpose("To learn how agencies shared what they knew.", form.Value("Input.Version"), "Board members and agency leaders", Factory.Today(), "A disciplinary process is running alongside."));

        Assert.Equal($"/reviews/{reviewId}/setting-up", first.Location);
        Assert.Equal($"/reviews/{reviewId}/setting-up", second.Location);
        await using var db = Factory.CreateDbContext();
        var purpose = await db.PurposeStatements.SingleAsync(p => p.ReviewId == reviewId);
        Assert.Equal(("To learn how agencies shared what they knew.", "Board members and agency leaders", Factory.Today()), (purpose.Statement, purpose.SentTo!, purpose.SentOn!.Value));
        Assert.Equal("A disciplinary process is running alongside.", purpose.ComplicatingFactors);
        Assert.Equal(world.BusinessUnit.Id, purpose.ChangedByUserId);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.PurposeRecorded && e.EntityId == purpose.Id));
        Assert.Equal(1, await db.ReviewHistory.CountAsync(h => h.ReviewId == reviewId && h.Kind == HistoryKind.PurposeRecorded));
        var page = await browser.GetAsync(Url(reviewId));
        Assert.Contains("Board members and agency leaders, on", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Board", false, "Enter the learning purpose of the review")]
    [InlineData("To learn.", "Board", true, "The date it was sent must be today or in the past")]
    [InlineData("To learn.", "Board", false, "Enter the date the purpose was sent")]
    public async Task Record_BadInput_ShowsTheErrorAndSavesNothing(string statement, string sentTo, bool sentTomorrow, string error)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P");
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), Purpose(statement, sentTo: sentTo, sentOn: sentTomorrow ? Factory.Today().AddDays(1) : null));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(error, page.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.PurposeStatements.AnyAsync(p => p.ReviewId == reviewId));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.PurposeRecorded));
    }

    [Fact]
    public async Task Record_SomeoneElseSavedFirst_Is409AndKeepsTheirs()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P");
        var me = await Factory.SignInAsync(world.BusinessUnit);
        var chair = await Factory.SignInAsync(world.Chair);
        await me.PostAsync(Url(reviewId), Purpose("First words."));
        var mine = await me.GetAsync(Url(reviewId));
        var theirs = await chair.GetAsync(Url(reviewId));
        await chair.PostWithTokenAsync(Url(reviewId), theirs.Token, Purpose("The chair's words.", theirs.Value("Input.Version")));

        var conflict = await me.PostWithTokenAsync(Url(reviewId), mine.Token, Purpose("My late words.", mine.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Single(conflict.Errors, e => e.StartsWith("Someone else changed the purpose", StringComparison.Ordinal));
        Assert.Contains("The chair&#x27;s words.", conflict.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("The chair's words.", (await db.PurposeStatements.SingleAsync(p => p.ReviewId == reviewId)).Statement);
    }

    [Fact]
    public async Task Record_TwoPeopleWriteTheFirstStatementAtOnce_TheSecondIs409()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P");
        var me = await Factory.SignInAsync(world.BusinessUnit);
        var chair = await Factory.SignInAsync(world.Chair);
        var mine = await me.GetAsync(Url(reviewId));
        await chair.PostAsync(Url(reviewId), Purpose("The chair's words."));

        var conflict = await me.PostWithTokenAsync(Url(reviewId), mine.Token, Purpose("My words.", mine.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("The chair's words.", (await db.PurposeStatements.SingleAsync(p => p.ReviewId == reviewId)).Statement);
    }

    [Fact]
    public async Task Purpose_LeadReviewer_ReadsItButCannotChangeIt()
    {
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);

        var page = await lead.GetAsync(Url(world.ReviewId));
        var post = await lead.PostWithTokenAsync(Url(world.ReviewId), await lead.AnyTokenAsync(), Purpose("A lead reviewer's words."));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("form textarea"));
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.PurposeStatements.AnyAsync(p => p.ReviewId == world.ReviewId && p.Statement == "A lead reviewer's words."));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == world.ReviewId && e.UserId == world.OnReview[ReviewRole.LeadReviewer].Id && e.Action == AuditActions.SettingUpViewed));
    }

    [Fact]
    public async Task Purpose_CaseGroupMember_IsRefused()
    {
        var member = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);

        var page = await member.GetAsync(Url(world.ReviewId));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }
}
