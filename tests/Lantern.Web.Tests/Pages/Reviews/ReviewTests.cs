using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Reviews;

public sealed class ReviewTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static KeyValuePair<string, string>[] NewReview(string title, Guid typeId, string status = "Referral") =>
        Form.Of(("Input.WorkingTitle", title), ("Input.ReviewTypeId", typeId.ToString()), ("Input.Status", status));

    [Fact]
    public async Task Create_ValidForm_CreatesTheReviewAndShowsItsOverview()
    {
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var created = await browser.PostAsync("/reviews/new", NewReview("  Baby   O ", world.ReviewTypeId));

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var overview = await browser.GetAsync(created.Location!);
        Assert.Equal("Baby O", overview.Heading);
        Assert.Contains("Review Baby O created", overview.Html, StringComparison.Ordinal);
        Assert.Equal(6, overview.Document.QuerySelectorAll(".govuk-task-list__item").Length);
        await using var db = Factory.CreateDbContext();
        var review = await db.Reviews.SingleAsync(r => r.WorkingTitle == "Baby O");
        Assert.Equal(ReviewStatus.Referral, review.Status);
        Assert.Equal(world.BusinessUnit.Id, review.CreatedByUserId);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.ReviewCreated && e.ReviewId == review.Id && e.UserId == world.BusinessUnit.Id));
    }

    [Theory]
    [InlineData("", "Enter a working title, such as Child Q")]
    [InlineData("Child Q 12/03/2019", "Working title must not include a date. Use a pseudonym only, such as Child Q")]
    [InlineData("Child at NE1 4XY", "Working title must not include a postcode. Use a pseudonym only, such as Child Q")]
    [InlineData("Child <b>Q</b>", "Working title must only include letters, numbers, spaces, and the characters ' - , & ( ) .")]
    [InlineData("Child Q\u202E", "Working title must not include hidden or control characters. Retype it without pasting")]
    public async Task Create_BadTitle_ShowsTheReasonAndSavesNothing(string title, string expected)
    {
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        await using var db = Factory.CreateDbContext();
        var before = await db.Reviews.CountAsync();

        var page = await browser.PostAsync("/reviews/new", NewReview(title, world.ReviewTypeId));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(expected, page.Errors);
        Assert.Equal(before, await db.Reviews.CountAsync());
    }

    [Fact]
    public async Task Create_TooLongOrUnknownTypeOrStatus_IsRefused()
    {
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var tooLong = await browser.PostAsync("/reviews/new", NewReview(new string('a', 61), world.ReviewTypeId));
        var otherType = await browser.PostAsync("/reviews/new", NewReview("Child M", Guid.NewGuid()));
        var badStatus = await browser.PostAsync("/reviews/new", NewReview("Child M", world.ReviewTypeId, "Exploded"));
        var badGuid = await browser.PostAsync("/reviews/new", Form.Of(("Input.WorkingTitle", "Child M"), ("Input.ReviewTypeId", "not-a-guid"), ("Input.Status", "Referral")));

        Assert.Contains("Working title must be 60 characters or fewer", tooLong.Errors);
        Assert.Contains("Select the type of review", otherType.Errors);
        Assert.NotEmpty(badStatus.Errors);
        Assert.NotEmpty(badGuid.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Reviews.AnyAsync(r => r.WorkingTitle == "Child M"));
    }

    [Fact]
    public async Task List_ShowsEachPersonOnlyTheReviewsTheyMaySee()
    {
        async Task<List<string>> TitlesFor(Person person) =>
            (await (await Factory.SignInAsync(person)).GetAsync("/reviews?closed=true")).Document
                .QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Contains("Child Q", await TitlesFor(world.BusinessUnit));
        Assert.Contains("Child Q", await TitlesFor(world.Chair));
        Assert.Equal(["Child Q"], await TitlesFor(world.OnReview[ReviewRole.CaseGroupMember]));
        Assert.Empty(await TitlesFor(world.Partner));
        Assert.Empty(await TitlesFor(world.Administrator));
        Assert.Empty(await TitlesFor(world.NoRole));
        Assert.Equal(["Child Z"], await TitlesFor(world.OtherBusinessUnit));
        var empty = await (await Factory.SignInAsync(world.NoRole)).GetAsync("/reviews");
        Assert.Contains("You will see a review here when your business unit gives you a role on it", empty.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ManyReviews_IsPagedAndSortable()
    {
        var (partnership, agency, type) = await Factory.PartnershipAsync("Pagingshire Partnership");
        var businessUnit = await Factory.PersonAsync(partnership, agency, Core.Organisation.PartnershipRoles.BusinessUnit, "Page Turner");
        for (var i = 1; i <= 23; i++)
        {
            await Factory.ReviewAsync(partnership, type, businessUnit.Id, $"Child {i:D2}");
        }

        var browser = await Factory.SignInAsync(businessUnit);
        var first = await browser.GetAsync("/reviews?sort=Title");
        var second = await browser.GetAsync("/reviews?sort=Title&page=2");
        var beyond = await browser.GetAsync("/reviews?sort=Title&page=99");

        string[] Titles(PageResult page) => page.Document.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToArray();
        Assert.Equal(20, Titles(first).Length);
        Assert.Equal("Child 01", Titles(first)[0]);
        Assert.Equal(["Child 21", "Child 22", "Child 23"], Titles(second));
        Assert.Equal(Titles(second), Titles(beyond));
        Assert.NotNull(first.Document.QuerySelector(".govuk-pagination__next a"));
        Assert.Contains("Showing 1 to 20 of 23 reviews", first.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_EachView_IsAuditedWithWhoAndWhich()
    {
        var lead = world.OnReview[ReviewRole.LeadReviewer];
        var browser = await Factory.SignInAsync(lead);
        await using var db = Factory.CreateDbContext();
        var before = await db.AuditEvents.CountAsync(e => e.Action == AuditActions.ReviewViewed && e.UserId == lead.Id);

        var page = await browser.GetAsync($"/reviews/{world.ReviewId}");

        Assert.Equal("Child Q", page.Heading);
        Assert.Equal(before + 1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.ReviewViewed && e.UserId == lead.Id && e.ReviewId == world.ReviewId));
        var latest = await db.AuditEvents.Where(e => e.UserId == lead.Id).OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal(world.AgencyId, latest.AgencyId);
        Assert.Equal(ClientAddressFilter.Address.ToString(), latest.IpAddress);
    }

    [Fact]
    public async Task Overview_NoRole_IsRefusedAndTheAttemptAudited()
    {
        var browser = await Factory.SignInAsync(world.Partner);

        var page = await browser.GetAsync($"/reviews/{world.ReviewId}");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal("You do not have access to this page", page.Heading);
        Assert.DoesNotContain("Child Q", page.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AccessRefused && e.UserId == world.Partner.Id && e.ReviewId == world.ReviewId));
    }

    [Fact]
    public async Task Overview_AnotherPartnershipsReview_IsNotFoundAndTheAttemptAudited()
    {
        var browser = await Factory.SignInAsync(world.OtherBusinessUnit);

        var page = await browser.GetAsync($"/reviews/{world.ReviewId}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AccessRefused && e.UserId == world.OtherBusinessUnit.Id && e.ReviewId == world.ReviewId));
    }

    [Fact]
    public async Task Details_Change_SavesAndIsAudited()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child D");
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var form = await browser.GetAsync($"/reviews/{reviewId}/details");

        var saved = await browser.PostWithTokenAsync($"/reviews/{reviewId}/details", form.Token, Form.Of(("Input.WorkingTitle", "Child E"),
            ("Input.ReviewTypeId", world.ReviewTypeId.ToString()), ("Input.Status", "ReportDrafting"), ("Version", form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));

        Assert.Equal($"/reviews/{reviewId}", saved.Location);
        await using var db = Factory.CreateDbContext();
        var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
        Assert.Equal(("Child E", ReviewStatus.ReportDrafting), (review.WorkingTitle, review.Status));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.ReviewDetailsChanged && e.ReviewId == reviewId));
    }

    [Fact]
    public async Task Details_SomeoneElseSavedFirst_ShowsTheConflictAndLosesNothing()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F");
        var me = await Factory.SignInAsync(world.BusinessUnit);
        var colleague = await Factory.SignInAsync(world.BusinessUnit);
        var mine = await me.GetAsync($"/reviews/{reviewId}/details");
        var theirs = await colleague.GetAsync($"/reviews/{reviewId}/details");
        KeyValuePair<string, string>[] Fields(PageResult page, string title, string status) => Form.Of(("Input.WorkingTitle", title),
            ("Input.ReviewTypeId", world.ReviewTypeId.ToString()), ("Input.Status", status), ("Version", page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!));

        await colleague.PostWithTokenAsync($"/reviews/{reviewId}/details", theirs.Token, Fields(theirs, "Child G", "InProgress"));
        var conflict = await me.PostWithTokenAsync($"/reviews/{reviewId}/details", mine.Token, Fields(mine, "Child H", "Closed"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("Someone else changed this review", conflict.Heading);
        Assert.Contains("Child G", conflict.Document.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Child H", conflict.Document.QuerySelector("#Input_WorkingTitle")?.GetAttribute("value"));
        await using var db = Factory.CreateDbContext();
        var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
        Assert.Equal(("Child G", ReviewStatus.InProgress), (review.WorkingTitle, review.Status));

        var retried = await me.PostWithTokenAsync($"/reviews/{reviewId}/details", conflict.Token, Fields(conflict, "Child H", "Closed"));
        Assert.Equal($"/reviews/{reviewId}", retried.Location);
    }

    [Fact]
    public async Task Details_Owner_IsChosenFromTheBusinessUnitAndSavedInTheSameAuditedWrite()
    {
        var owner = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.BusinessUnit, "Olu Owner");
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child O");
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var form = await browser.GetAsync($"/reviews/{reviewId}/details");
        var choices = form.Document.QuerySelectorAll("select#Input_OwnerUserId option").Select(o => o.TextContent.Trim()).ToList();
        KeyValuePair<string, string>[] Fields(PageResult page, string owner) => Form.Of(("Input.WorkingTitle", "Child O"),
            ("Input.ReviewTypeId", world.ReviewTypeId.ToString()), ("Input.Status", "InProgress"), ("Input.OwnerUserId", owner),
            ("Version", page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!));

        var saved = await browser.PostWithTokenAsync($"/reviews/{reviewId}/details", form.Token, Fields(form, owner.Id.ToString()));

        Assert.Equal("No owner yet", choices[0]);
        Assert.Contains("Olu Owner", choices);
        Assert.Contains("Bea Business", choices);
        Assert.DoesNotContain("Pat Partner", choices);
        Assert.DoesNotContain("Cal Chair", choices);
        Assert.DoesNotContain("Otto Other", choices);
        Assert.Equal($"/reviews/{reviewId}", saved.Location);
        var overview = await browser.GetAsync($"/reviews/{reviewId}");
        Assert.Contains(overview.Document.QuerySelectorAll(".govuk-summary-list__row"), r => r.TextContent.Contains("Owner", StringComparison.Ordinal) && r.TextContent.Contains("Olu Owner", StringComparison.Ordinal));
        var again = await browser.GetAsync($"/reviews/{reviewId}/details");
        Assert.Equal(owner.Id.ToString(), again.Document.QuerySelector("select#Input_OwnerUserId option[selected]")?.GetAttribute("value"));
        var cleared = await browser.PostWithTokenAsync($"/reviews/{reviewId}/details", again.Token, Fields(again, string.Empty));
        Assert.Equal($"/reviews/{reviewId}", cleared.Location);
        await using var db = Factory.CreateDbContext();
        Assert.Null(await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.OwnerUserId).SingleAsync());
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.ReviewDetailsChanged && e.ReviewId == reviewId));
    }

    [Fact]
    public async Task Details_OwnerOutsideTheBusinessUnit_IsRefusedAndNothingSaved()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child N");
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        foreach (var outsider in new[] { world.Partner.Id.ToString(), world.OtherBusinessUnit.Id.ToString(), Guid.NewGuid().ToString(), "not-a-person" })
        {
            var form = await browser.GetAsync($"/reviews/{reviewId}/details");
            var page = await browser.PostWithTokenAsync($"/reviews/{reviewId}/details", form.Token, Form.Of(("Input.WorkingTitle", "Child M"),
                ("Input.ReviewTypeId", world.ReviewTypeId.ToString()), ("Input.Status", "Closed"), ("Input.OwnerUserId", outsider),
                ("Version", form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotEmpty(page.Errors);
            if (outsider != "not-a-person")
            {
                Assert.Equal(["Select someone in the business unit as the owner, or no owner"], page.Errors);
            }
        }

        await using var db = Factory.CreateDbContext();
        var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
        Assert.Equal(("Child N", ReviewStatus.InProgress, (Guid?)null), (review.WorkingTitle, review.Status, review.OwnerUserId));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.ReviewDetailsChanged && e.ReviewId == reviewId));
    }
}
