using System.Net;
using AngleSharp.Dom;
using Lantern.Core;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Reviews;

/// <summary>After the withdrawal: every change refused, Withdrawn never offered as a status, the review last in the
/// list and gone from the dashboard.</summary>
public sealed partial class WithdrawReviewTests
{
    [Fact]
    public async Task AfterWithdrawal_EveryChangeIsRefusedWithAPageThatSaysWhy()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Ivy");
        var taskId = await Factory.TaskAsync(reviewId, TaskKind.InformFamily, "Tell the family about the review", new DateOnly(2026, 1, 5));
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var warned = await browser.GetAsync($"/reviews/{reviewId}/withdraw");
        await WithdrawAsync(browser, reviewId, Reason);
        var token = (await browser.GetAsync("/account")).Token;

        var details = await browser.PostWithTokenAsync($"/reviews/{reviewId}/details", token, Form.Of(("Input.WorkingTitle", "Child Ivy"),
            ("Input.ReviewTypeId", world.ReviewTypeId.ToString()), ("Input.Status", "InProgress"), ("Version", Guid.NewGuid().ToString())));
        var task = await browser.PostWithTokenAsync($"/reviews/{reviewId}/tasks/{taskId}/done", token, []);
        var purpose = await browser.PostWithTokenAsync($"/reviews/{reviewId}/setting-up/purpose", token, Form.Of(("Input.Purpose", "To learn.")));
        var member = await browser.PostWithTokenAsync($"/reviews/{reviewId}/members/add", token, Form.Of(("Input.UserId", world.Partner.Id.ToString()), ("Input.Role", "Observer")));
        var again = await browser.PostWithTokenAsync($"/reviews/{reviewId}/withdraw", token, Form.Of(("Input.Reason", "Again."), ("Version", Guid.NewGuid().ToString())));
        var detailsForm = await browser.GetAsync($"/reviews/{reviewId}/details");
        var withdrawForm = await browser.GetAsync($"/reviews/{reviewId}/withdraw");

        foreach (var refused in new[] { details, task, purpose, member })
        {
            Assert.Equal((HttpStatusCode)423, refused.Status);
            Assert.Equal("This review has been withdrawn", refused.Heading);
            Assert.Contains("Nothing you entered was saved", refused.Html, StringComparison.Ordinal);
            Assert.Equal($"/reviews/{reviewId}", refused.Document.QuerySelector("main a.govuk-link")?.GetAttribute("href"));
        }

        Assert.Contains("it leaves the dashboard with its deadlines and its 1 open task.", Squeeze(warned.Document.QuerySelector(".govuk-warning-text")?.TextContent), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("This review has been withdrawn", detailsForm.Heading);
        Assert.Null(detailsForm.Document.QuerySelector("main form"));
        Assert.Equal("This review has been withdrawn", withdrawForm.Heading);
        Assert.Null(withdrawForm.Document.QuerySelector("main form"));
        await using var db = Factory.CreateDbContext();
        var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
        Assert.Equal((ReviewStatus.Withdrawn, Reason), (review.Status, review.WithdrawnReason));
        Assert.Null((await db.ReviewTasks.SingleAsync(t => t.Id == taskId)).CompletedAt);
        Assert.False(await db.ReviewMembers.AnyAsync(m => m.ReviewId == reviewId));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.ReviewWithdrawn && e.ReviewId == reviewId));
    }

    [Fact]
    public async Task Details_DoesNotOfferWithdrawnAndRefusesItAsAStatus()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Juniper");
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var form = await browser.GetAsync($"/reviews/{reviewId}/details");
        var create = await browser.GetAsync("/reviews/new");

        var page = await browser.PostWithTokenAsync($"/reviews/{reviewId}/details", form.Token, Form.Of(("Input.WorkingTitle", "Child Juniper"),
            ("Input.ReviewTypeId", world.ReviewTypeId.ToString()), ("Input.Status", "Withdrawn"), ("Version", VersionOf(form)!)));
        var created = await browser.PostWithTokenAsync("/reviews/new", create.Token, Form.Of(("Input.WorkingTitle", "Child Kale"),
            ("Input.ReviewTypeId", world.ReviewTypeId.ToString()), ("Input.Status", "Withdrawn")));

        Assert.DoesNotContain(form.Document.QuerySelectorAll("select#Input_Status option"), o => o.GetAttribute("value") == "Withdrawn");
        Assert.DoesNotContain(create.Document.QuerySelectorAll("select#Input_Status option"), o => o.GetAttribute("value") == "Withdrawn");
        Assert.Contains("Closed", form.Document.QuerySelectorAll("select#Input_Status option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["Select the status of the review"], page.Errors);
        Assert.Equal(["Select the status of the review"], created.Errors);
        Assert.Equal(ReviewStatus.InProgress, (await ReviewAsync(reviewId)).Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Reviews.AnyAsync(r => r.WorkingTitle == "Child Kale"));
    }

    [Fact]
    public async Task ReviewList_ShowsWithdrawnReviewsOnlyWithClosedOnesAndAfterEveryOther()
    {
        var (partnership, agency, type) = await Factory.PartnershipAsync("Listshire Safeguarding Partnership");
        var businessUnit = await Factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "Lis Lister");
        await Factory.ReviewAsync(partnership, type, businessUnit.Id, "Child Maple");
        var mistaken = await Factory.ReviewAsync(partnership, type, businessUnit.Id, "Child Alder");
        await Factory.ReviewAsync(partnership, type, businessUnit.Id, "Child Oak");
        var browser = await Factory.SignInAsync(businessUnit);
        await WithdrawAsync(browser, mistaken, Reason);

        List<IElement> Rows(PageResult page) => page.Document.QuerySelectorAll("tbody tr").ToList();
        string Title(IElement row) => row.QuerySelector("td a")!.TextContent.Trim();
        var open = await browser.GetAsync("/reviews");
        var all = await browser.GetAsync("/reviews?closed=true");
        var byTitle = await browser.GetAsync("/reviews?closed=true&sort=Title");
        var oldest = await browser.GetAsync("/reviews?closed=true&sort=Oldest");

        Assert.Equal(["Child Oak", "Child Maple"], Rows(open).Select(Title));
        Assert.Equal(["Child Oak", "Child Maple", "Child Alder"], Rows(all).Select(Title));
        Assert.Equal(["Child Maple", "Child Oak", "Child Alder"], Rows(byTitle).Select(Title));
        Assert.Equal(["Child Maple", "Child Oak", "Child Alder"], Rows(oldest).Select(Title));
        Assert.Equal("Withdrawn", Rows(all)[2].QuerySelector(".govuk-tag")?.TextContent.Trim());
        Assert.Contains("Show closed and withdrawn reviews too", open.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_AfterWithdrawal_LeavesOutTheReviewItsDeadlinesItsTasksAndItsCount()
    {
        var (partnership, agency, _) = await Factory.PartnershipAsync("Dashshire Safeguarding Partnership");
        Guid type;
        await using (var types = Factory.CreateDbContext())
        {
            type = await types.ReviewTypes.Where(t => t.PartnershipId == partnership && t.Name == "Rapid review").Select(t => t.Id).SingleAsync();
        }

        var businessUnit = await Factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "Dee Dash");
        var chairPerson = await Factory.PersonAsync(partnership, agency, PartnershipRoles.Chair, "Cam Chair");
        var lead = await Factory.PersonAsync(partnership, agency, PartnershipRoles.None, "Lyn Lead");
        var keep = await Factory.ReviewAsync(partnership, type, businessUnit.Id, "Child Rowan");
        var mistaken = await Factory.ReviewAsync(partnership, type, businessUnit.Id, "child rowan");
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime.ToUk());
        foreach (var review in new[] { keep, mistaken })
        {
            await Factory.GiveRoleAsync(review, lead, ReviewRole.LeadReviewer, businessUnit.Id);
            await Factory.ReferralAsync(review, agency, businessUnit.Id, today.AddDays(-30), type);
        }

        await Factory.TaskAsync(mistaken, TaskKind.NotifyPanel, "Notify the national panel (the mistaken one)", today.AddDays(-20));
        await using (var db = Factory.CreateDbContext())
        {
            db.ReviewTasks.Add(new ReviewTask { Id = Guid.NewGuid(), ReviewId = mistaken, Kind = TaskKind.Other, Title = "Read the mistaken summaries", AssignedUserId = lead.Id, DueOn = today.AddDays(-3), CreatedAt = DateTime.UtcNow });
            db.ReviewTasks.Add(new ReviewTask { Id = Guid.NewGuid(), ReviewId = keep, Kind = TaskKind.Other, Title = "Read the real summaries", AssignedUserId = lead.Id, DueOn = today.AddDays(-3), CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var bu = await Factory.SignInAsync(businessUnit);
        var leads = await Factory.SignInAsync(lead);
        var chair = await Factory.SignInAsync(chairPerson);
        List<string> Titles(PageResult page) => page.Document.QuerySelectorAll("table.app-dashboard-table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        List<string> Tasks(PageResult page) => page.Document.QuerySelectorAll("#tasks + table tbody tr td:first-child").Select(td => Squeeze(td.TextContent)).ToList();

        var before = await bu.GetAsync("/dashboard");
        var leadBefore = await leads.GetAsync("/dashboard");

        await WithdrawAsync(chair, mistaken, Reason);

        var after = await bu.GetAsync("/dashboard");
        var afterAll = await bu.GetAsync("/dashboard?status=all");
        var afterNamed = await bu.GetAsync("/dashboard?status=Withdrawn");
        var leadAfter = await leads.GetAsync("/dashboard");
        var chairAfter = await chair.GetAsync("/dashboard");
        var csv = await (await bu.Client.GetAsync("/dashboard/export?status=all")).Content.ReadAsStringAsync();

        Assert.Equal(["Child Rowan", "child rowan"], Titles(before).Order(StringComparer.Ordinal));
        Assert.Contains("Showing 1 to 2 of 2 reviews", before.Html, StringComparison.Ordinal);
        Assert.Contains(Tasks(before), t => t.StartsWith("Notify the national panel (the mistaken one)", StringComparison.Ordinal));
        Assert.Contains("Read the mistaken summaries", Tasks(leadBefore));
        Assert.Equal(2, before.Document.QuerySelectorAll("table.app-dashboard-table .govuk-tag--red").Length);

        Assert.Equal(["Child Rowan"], Titles(after));
        Assert.Equal(["Child Rowan"], Titles(afterAll));
        Assert.Equal(["Child Rowan"], Titles(afterNamed));
        Assert.Contains("Showing 1 to 1 of 1 review", after.Html, StringComparison.Ordinal);
        Assert.Equal(1, after.Document.QuerySelectorAll("table.app-dashboard-table .govuk-tag--red").Length);
        Assert.DoesNotContain(Tasks(after), t => t.Contains("mistaken", StringComparison.Ordinal));
        Assert.DoesNotContain(Tasks(chairAfter), t => t.Contains("mistaken", StringComparison.Ordinal));
        Assert.Equal(["Read the real summaries"], Tasks(leadAfter));
        Assert.Equal(["Child Rowan"], Titles(leadAfter));
        Assert.DoesNotContain(after.Document.QuerySelectorAll("select#status option"), o => o.GetAttribute("value") == "Withdrawn");
        Assert.DoesNotContain("child rowan", csv, StringComparison.Ordinal);
        Assert.Contains("Child Rowan", csv, StringComparison.Ordinal);
    }
}
