using System.Globalization;
using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Board;
using Lantern.Core.Information;
using Lantern.Core.Reports;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.Publication;

/// <summary>The publication plan through its pages: the target date with the holds and the national bodies' deadline,
/// each part refused with its own messages and nothing saved, the publication refused inside a hold and before the
/// panel could have the report, late publication needing a reason, the version moved to published with its removal
/// task, agency contacts confirming for their own agency only, and two people editing at once.</summary>
public sealed class PublicationTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private DateOnly Today => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);

    private static string Plan(Guid reviewId) => $"/reviews/{reviewId}/publication";

    private static (string, string)[] Date(string prefix, DateOnly? d) => d is { } day
        ? [($"{prefix}.Day", day.Day.ToString(CultureInfo.InvariantCulture)), ($"{prefix}.Month", day.Month.ToString(CultureInfo.InvariantCulture)), ($"{prefix}.Year", day.Year.ToString(CultureInfo.InvariantCulture))]
        : [($"{prefix}.Day", ""), ($"{prefix}.Month", ""), ($"{prefix}.Year", "")];

    private static async Task<PageResult> PostAsync(Browserless browser, string url, (string, string)[] fields)
    {
        var token = (await browser.GetAsync(url)).Document.QuerySelector("input[name='Input.Version']")?.GetAttribute("value");
        return await browser.PostAsync(url, [.. Form.Of([.. fields, .. token is null ? [] : new[] { ("Input.Version", token) }])]);
    }

    /// <summary>Every entry of the error summary links to a field on the page.</summary>
    private static void EachErrorLinksToAField(PageResult page)
    {
        var links = page.Document.QuerySelectorAll(".govuk-error-summary__list a");
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var target = link.GetAttribute("href")!.TrimStart('#');
            Assert.True(page.Document.GetElementById(target) is not null, $"The error \"{link.TextContent.Trim()}\" links to #{target}, which is not on the page");
        }
    }

    /// <summary>A review whose report was presented to the Board, with the agency contact on it, a target date 30 days
    /// off and a police hold on publication.</summary>
    private async Task<(Guid ReviewId, Guid HoldId)> PresentedAsync(string title)
    {
        var reviewId = await ReviewWithReportAsync(world, title, "Summary of the review.", ReportStatus.PresentedToBoard, ReviewRole.AgencyContact);
        await Factory.MilestoneAsync(reviewId, Milestone.PublicationName, Today.AddDays(30));
        await using var db = Factory.CreateDbContext();
        await db.Milestones.Where(m => m.ReviewId == reviewId && m.Name == Milestone.PublicationName).ExecuteUpdateAsync(u => u.SetProperty(m => m.Role, MilestoneRole.Publication));
        var process = new ParallelProcess { Id = Guid.NewGuid(), ReviewId = reviewId, Kind = ProcessKind.Prosecution, LeadBody = "Testshire Police", Status = ProcessStatus.UnderWay, CreatedAt = DateTime.UtcNow };
        var hold = new ProcessConstraint
        {
            Id = Guid.NewGuid(),
            ProcessId = process.Id,
            ReviewId = reviewId,
            Text = "Nothing published until the trial ends",
            Holds = ReviewHold.Publication,
            AgreedOn = Today.AddDays(-60),
            AddedByUserId = world.BusinessUnit.Id,
            AddedAt = DateTime.UtcNow,
        };
        db.AddRange(process, hold);
        await db.SaveChangesAsync();
        return (reviewId, hold.Id);
    }

    [Fact]
    public async Task PlanningAndRecordingPublication_EachPartValidated_HoldAndPanelBlockIt_ThenTheVersionIsPublishedWithARemovalTask()
    {
        var (reviewId, holdId) = await PresentedAsync("Child P1");
        var unit = await Factory.SignInAsync(world.BusinessUnit);

        var empty = await unit.GetAsync(Plan(reviewId));
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("Holding publication", empty.Html, StringComparison.Ordinal);
        Assert.Contains("Testshire Police is", empty.Html.Replace(" (prosecution)", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("must have the final report by", empty.Html, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.PublicationPlanViewed));

        // Publishing now: the hold, the panel never sent and the edition not checked are all named; nothing is saved.
        var record = $"{Plan(reviewId)}/published";
        var blocked = await PostAsync(unit, record, [.. Date("Input.PublishedOn", Today), ("Input.Where", "https://testshire-scp.example/child-p1"), ("Input.Editions", "Report")]);
        Assert.Equal(HttpStatusCode.OK, blocked.Status);
        Assert.Contains(blocked.Errors, e => e.Contains("disclosure-risk check", StringComparison.Ordinal));
        Assert.Contains(blocked.Errors, e => e.Contains("is holding publication", StringComparison.Ordinal));
        Assert.Contains(blocked.Errors, e => e.Contains("sent to the national panel", StringComparison.Ordinal));
        EachErrorLinksToAField(blocked);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.PublicationPlans.AnyAsync(p => p.ReviewId == reviewId));
        }

        // The national bodies: a date in the future refused; then all three recorded 12 days ago.
        var bodies = $"{Plan(reviewId)}/national-bodies";
        var future = await PostAsync(unit, bodies, [.. Date("Input.PanelSentOn", Today.AddDays(2)), .. Date("Input.SecretaryOfStateSentOn", null), .. Date("Input.OfstedSentOn", null)]);
        Assert.Equal(["The date it was sent to the national panel must be today or in the past"], future.Errors);
        EachErrorLinksToAField(future);
        var sent = Today.AddDays(-12);
        Assert.Equal(Plan(reviewId), (await PostAsync(unit, bodies, [.. Date("Input.PanelSentOn", sent), .. Date("Input.SecretaryOfStateSentOn", sent), .. Date("Input.OfstedSentOn", sent)])).Location);

        // The family: every part named when nothing is entered; then recorded.
        var family = $"{Plan(reviewId)}/family";
        var noFamily = await PostAsync(unit, family, [.. Date("Input.ToldOn", null), ("Input.ToldBy", " "), ("Input.Support", "")]);
        Assert.Equal(4, noFamily.Errors.Count);
        EachErrorLinksToAField(noFamily);
        Assert.Equal(Plan(reviewId), (await PostAsync(unit, family,
            [.. Date("Input.ToldOn", Today.AddDays(-5)), ("Input.ToldBy", "Lead reviewer and business manager"), ("Input.OfferedMeeting", "true"), ("Input.Support", "An advocate from Testshire Family Support on the day.")])).Location);

        // The media plan needs a press lead and a holding statement.
        var media = $"{Plan(reviewId)}/media";
        var noMedia = await PostAsync(unit, media, [("Input.PressLead", ""), ("Input.HoldingStatement", ""), ("Input.ExpectedQuestions", "Why did nobody see the baby?")]);
        Assert.Equal(2, noMedia.Errors.Count);
        EachErrorLinksToAField(noMedia);
        Assert.Equal(Plan(reviewId), (await PostAsync(unit, media, [("Input.PressLead", "Council head of communications"), ("Input.HoldingStatement", "The partnership will publish the review and its response.")])).Location);

        // Still held: refused for the hold alone. Lift the hold and check the edition; then it publishes.
        var held = await PostAsync(unit, record, [.. Date("Input.PublishedOn", Today), ("Input.Where", "https://testshire-scp.example/child-p1"), ("Input.Editions", "LearningSummary")]);
        Assert.Equal(["Testshire Police (prosecution) is holding publication. Record that the hold has been lifted before recording the publication"], held.Errors);
        await using (var db = Factory.CreateDbContext())
        {
            await db.ProcessConstraints.Where(c => c.Id == holdId).ExecuteUpdateAsync(u => u.SetProperty(c => c.LiftedOn, Today.AddDays(-1)));
            var version = await db.ReportVersions.SingleAsync(v => v.ReviewId == reviewId);
            db.ReportEditions.Add(new ReportEdition { Id = Guid.NewGuid(), ReviewId = reviewId, VersionId = version.Id, Kind = EditionKind.Published, CheckedAt = DateTime.UtcNow, ContentHash = "x", ReadyAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        // The Board's written response has not been checked (no meeting is recorded, so there is none): refused for it alone.
        var noResponse = await PostAsync(unit, record, [.. Date("Input.PublishedOn", Today), ("Input.Where", "https://testshire-scp.example/child-p1"), ("Input.Editions", "Report"), ("Input.Editions", "BoardResponse")]);
        Assert.Equal(["The Board's written response has not passed its disclosure-risk check for its current words. Resolve the check and mark it ready first"], noResponse.Errors);
        var published = await PostAsync(unit, record, [.. Date("Input.PublishedOn", Today), ("Input.Where", "https://testshire-scp.example/child-p1"), ("Input.Editions", "Report")]);
        Assert.Equal(Plan(reviewId), published.Location);
        await using (var db = Factory.CreateDbContext())
        {
            var plan = await db.PublicationPlans.SingleAsync(p => p.ReviewId == reviewId);
            Assert.Equal((Today, PublishedEditions.Report, Today.AddMonths(12)), (plan.PublishedOn!.Value, plan.Editions, plan.RemoveOn!.Value));
            Assert.Null(plan.LateReason);
            Assert.Equal(ReportStatus.Published, (await db.ReportVersions.SingleAsync(v => v.ReviewId == reviewId)).Status);
            var task = await db.ReviewTasks.SingleAsync(t => t.Id == plan.RemovalTaskId);
            Assert.Equal((TaskKind.RemovePublication, Today.AddMonths(12).AddDays(-28)), (task.Kind, task.DueOn!.Value));
            Assert.Equal(Today, (await db.Milestones.SingleAsync(m => m.ReviewId == reviewId && m.Role == MilestoneRole.Publication)).CompletedOn);
        }

        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.PublicationRecorded));
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.PublicationSentToNationalBodies));
        var after = await unit.GetAsync(Plan(reviewId));
        Assert.Contains("Publication recorded", after.Html, StringComparison.Ordinal);
        Assert.Contains(Today.AddMonths(12).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), after.Html, StringComparison.Ordinal);

        // Recording it twice is refused.
        Assert.Equal(Plan(reviewId), (await unit.GetAsync(record)).Location);
    }

    [Fact]
    public async Task LatePublication_NeedsTheReasonAndWhenTheBoardWasTold()
    {
        var (reviewId, holdId) = await PresentedAsync("Child P2");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var sent = Today.AddDays(-40);
        Assert.Equal(Plan(reviewId), (await PostAsync(unit, $"{Plan(reviewId)}/national-bodies", [.. Date("Input.PanelSentOn", sent), .. Date("Input.SecretaryOfStateSentOn", sent), .. Date("Input.OfstedSentOn", sent)])).Location);
        await using (var db = Factory.CreateDbContext())
        {
            await db.ProcessConstraints.Where(c => c.Id == holdId).ExecuteUpdateAsync(u => u.SetProperty(c => c.LiftedOn, Today.AddDays(-20)));
            await db.Milestones.Where(m => m.ReviewId == reviewId && m.Role == MilestoneRole.Publication).ExecuteUpdateAsync(u => u.SetProperty(m => m.DueOn, Today.AddDays(-10)));
        }

        var record = $"{Plan(reviewId)}/published";
        var late = await PostAsync(unit, record, [.. Date("Input.PublishedOn", Today), ("Input.Where", "Testshire SCP website"), ("Input.Editions", "LearningSummary")]);
        Assert.Equal(["Publication was later than planned or than the statutory deadline. Give the reason the Board was told", "Enter the date the Board was told why publication was late"], late.Errors);
        EachErrorLinksToAField(late);

        // A date inside the hold that was lifted later is refused with the date it ended.
        var inside = await PostAsync(unit, record, [.. Date("Input.PublishedOn", Today.AddDays(-25)), ("Input.Where", "Testshire SCP website"), ("Input.Editions", "LearningSummary")]);
        Assert.Contains(inside.Errors, e => e.Contains("held publication until", StringComparison.Ordinal));

        Assert.Equal(Plan(reviewId), (await PostAsync(unit, record, [.. Date("Input.PublishedOn", Today), ("Input.Where", "Testshire SCP website"), ("Input.Editions", "LearningSummary"),
            ("Input.LateReason", "The trial was adjourned twice."), .. Date("Input.BoardToldOfLatenessOn", Today.AddDays(-3))])).Location);
        await using (var db = Factory.CreateDbContext())
        {
            var plan = await db.PublicationPlans.SingleAsync(p => p.ReviewId == reviewId);
            Assert.Equal(("The trial was adjourned twice.", Today.AddDays(-3)), (plan.LateReason, plan.BoardToldOfLatenessOn!.Value));

            // A summary alone leaves the report's version presented, not published.
            Assert.Equal(ReportStatus.PresentedToBoard, (await db.ReportVersions.SingleAsync(v => v.ReviewId == reviewId)).Status);
        }
    }

    [Fact]
    public async Task AgencyContacts_ConfirmForTheirOwnAgencyOnly_AndTwoPeopleEditingTheFamilyPartLoseNothing()
    {
        var (reviewId, _) = await PresentedAsync("Child P3");
        var contact = await Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]);
        var professionals = $"{Plan(reviewId)}/professionals";

        // The contact cannot open the plan itself, only their own confirmation.
        Assert.Equal(HttpStatusCode.Forbidden, (await contact.GetAsync(Plan(reviewId))).Status);
        var missing = await PostAsync(contact, professionals, [.. Date("Input.ToldOn", null), ("Input.Support", " ")]);
        Assert.Equal(["Enter the date your staff were told", "Enter the support your staff were offered"], missing.Errors);
        EachErrorLinksToAField(missing);
        Assert.Equal(professionals, (await PostAsync(contact, professionals, [.. Date("Input.ToldOn", Today.AddDays(-2)), ("Input.Support", "Manager meeting and the staff support line")])).Location);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.PublicationProfessionalsTold));

        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var plan = await unit.GetAsync(Plan(reviewId));
        Assert.Contains("Manager meeting and the staff support line", plan.Html, StringComparison.Ordinal);

        // The business unit confirms for nobody; the form is the agency contact's.
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync(professionals)).Status);

        // Two people editing the family part from the same copy: the second is told, and the first's words are kept.
        var family = $"{Plan(reviewId)}/family";
        var chair = await Factory.SignInAsync(world.Chair);
        Assert.Equal(Plan(reviewId), (await PostAsync(unit, family, [.. Date("Input.ToldOn", Today), ("Input.ToldBy", "Business manager"), ("Input.OfferedMeeting", "false"), ("Input.Support", "They declined support.")])).Location);
        var copy = (await chair.GetAsync(family)).Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        Assert.Equal(Plan(reviewId), (await PostAsync(unit, family, [.. Date("Input.ToldOn", Today), ("Input.ToldBy", "Business manager"), ("Input.OfferedMeeting", "true"), ("Input.Support", "A meeting with the chair was offered.")])).Location);
        var conflict = await chair.PostAsync(family, [.. Form.Of([.. Date("Input.ToldOn", Today), ("Input.ToldBy", "Chair"), ("Input.OfferedMeeting", "false"), ("Input.Support", "None."), ("Input.Version", copy)])]);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("A meeting with the chair was offered.", (await db.PublicationPlans.SingleAsync(p => p.ReviewId == reviewId)).FamilySupport);
    }
}
