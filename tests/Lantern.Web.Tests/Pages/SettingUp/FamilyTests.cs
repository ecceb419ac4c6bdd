using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class FamilyTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static KeyValuePair<string, string>[] MemberForm(string name = "Alex Sample", string relationship = "Father", string? version = null, string channel = "Phone") =>
    [
        .. Form.Of(
            ("Input.Name", name),
            ("Input.Relationship", relationship),
            ("Input.ParentalResponsibility", "yes"),
            ("Input.Language", "Polish"),
            ("Input.InterpreterNeeded", "True"),
            ("Input.AccessibilityNeeds", "Large print"),
            ("Input.SafetyConcerns", "Do not share the mother's address"),
            ("Input.PreferredChannel", channel)),
        .. version is null ? [] : Form.Of(("Input.Version", version)),
    ];

    private static KeyValuePair<string, string>[] ContactForm(DateOnly on, string who, string direction = "ToFamily", string summary = "Letter sent explaining the review") =>
        Form.Of(
            ("Input.OccurredOn.Day", on.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.OccurredOn.Month", on.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.OccurredOn.Year", on.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.Who", who),
            ("Input.Direction", direction),
            ("Input.Channel", "Letter"),
            ("Input.Summary", summary));

    [Fact]
    public async Task Family_ViewedByTheBusinessUnit_ShowsEachMemberTheOpenTaskAndTheLogAndIsAudited()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F1");
        var memberId = await Factory.FamilyMemberAsync(reviewId, "Jordan Example", "Mother", safetyConcerns: "Father must not learn her new address");
        await Factory.TaskAsync(reviewId, TaskKind.InformFamily, "Tell the family about the review", Today.AddDays(5));
        await Factory.CorrespondenceAsync(reviewId, world.BusinessUnit.Id, Today.AddDays(-2), "Older call", memberId);
        await Factory.CorrespondenceAsync(reviewId, world.BusinessUnit.Id, Today.AddDays(-1), "Newer call");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var card = page.Document.QuerySelector(".govuk-summary-card")!;
        Assert.Contains("Jordan Example", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Father must not learn her new address", card.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector($"a[href='/reviews/{reviewId}/setting-up/family/{memberId}']"));
        Assert.Contains("Tell the family about the review", page.Document.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Newer call", rows[0], StringComparison.Ordinal);
        Assert.Contains("Whole family", rows[0], StringComparison.Ordinal);
        Assert.Contains("Jordan Example", rows[1], StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href='/admin/letters']"));
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.FamilyViewed && e.ReviewId == reviewId && e.UserId == world.BusinessUnit.Id));
    }

    [Fact]
    public async Task Family_NothingRecordedYet_ShowsEmptyStates()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F2");
        var chair = await Factory.SignInAsync(world.Chair);

        var page = await chair.GetAsync($"/reviews/{reviewId}/setting-up/family");

        Assert.Contains("No family members are in the contact plan yet", page.Html, StringComparison.Ordinal);
        Assert.Contains("No contact with the family has been recorded yet", page.Html, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".govuk-notification-banner"));
        Assert.Null(page.Document.QuerySelector("a[href='/admin/letters']"));
    }

    [Fact]
    public async Task Family_MoreThanAPageOfContacts_IsPagedNewestFirst()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F3");
        for (var i = 1; i <= 27; i++)
        {
            await Factory.CorrespondenceAsync(reviewId, world.BusinessUnit.Id, Today.AddDays(-i), $"Contact number {i}.");
        }

        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var first = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family");
        var second = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family?page=2");

        Assert.Equal(25, first.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Contact number 1.", first.Document.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/reviews/{reviewId}/setting-up/family?page=2", first.Document.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href"));
        Assert.Equal(["Contact number 26.", "Contact number 27."], second.Document.QuerySelectorAll("tbody tr td:last-child").Select(c => c.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task AddAndChangeAMember_SavesEachStepAndAuditsIt()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F4");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var added = await businessUnit.PostAsync($"/reviews/{reviewId}/setting-up/family/add", MemberForm());

        Assert.Equal($"/reviews/{reviewId}/setting-up/family", added.Location);
        await using var db = Factory.CreateDbContext();
        var member = await db.FamilyMembers.AsNoTracking().SingleAsync(m => m.ReviewId == reviewId);
        Assert.Equal(("Alex Sample", "Father", true, "Polish", true, ContactChannel.Phone),
            (member.Name, member.Relationship, member.HasParentalResponsibility, member.Language, member.InterpreterNeeded, member.PreferredChannel));

        var form = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family/{member.Id}");
        var version = form.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        var changed = await businessUnit.PostWithTokenAsync($"/reviews/{reviewId}/setting-up/family/{member.Id}", form.Token,
            MemberForm("Alex Sample", "Stepfather", version, "Email"));

        Assert.Equal($"/reviews/{reviewId}/setting-up/family", changed.Location);
        var now = await db.FamilyMembers.AsNoTracking().SingleAsync(m => m.Id == member.Id);
        Assert.Equal(("Stepfather", ContactChannel.Email), (now.Relationship, now.PreferredChannel));
        var actions = await db.AuditEvents.Where(e => e.EntityId == member.Id).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.FamilyMemberAdded, AuditActions.FamilyMemberChanged], actions);
    }

    [Fact]
    public async Task AddAMember_WithoutNameOrRelationshipOrTooLong_ShowsTheErrorsAndSavesNothing()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F5");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var empty = await businessUnit.PostAsync($"/reviews/{reviewId}/setting-up/family/add", Form.Of(("Input.Name", " "), ("Input.Relationship", "")));
        var tooLong = await businessUnit.PostAsync($"/reviews/{reviewId}/setting-up/family/add", MemberForm(new string('a', 121)));

        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal(
            ["Enter the family member's name", "Enter their relationship to the child or adult", "Select whether they have parental responsibility, or Not known", "Select how they would like to be contacted"],
            empty.Errors);
        Assert.Equal(["Name must be 120 characters or fewer"], tooLong.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.FamilyMembers.AnyAsync(m => m.ReviewId == reviewId));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.FamilyMemberAdded));
    }

    [Fact]
    public async Task ChangeAMember_SomeoneElseSavedFirst_IsAConflictAndKeepsTheirChange()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F6");
        var memberId = await Factory.FamilyMemberAsync(reviewId, "Sam Sample", "Grandmother");
        var me = await Factory.SignInAsync(world.BusinessUnit);
        var colleague = await Factory.SignInAsync(world.Chair);
        var url = $"/reviews/{reviewId}/setting-up/family/{memberId}";
        var mine = await me.GetAsync(url);
        var theirs = await colleague.GetAsync(url);
        await colleague.PostWithTokenAsync(url, theirs.Token, MemberForm("Sam Sample", "Grandmother (maternal)", theirs.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")));

        var conflict = await me.PostWithTokenAsync(url, mine.Token, MemberForm("Sam Sample", "Aunt", mine.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Someone else changed this family member's details", conflict.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal("Grandmother (maternal)", conflict.Document.QuerySelector("input[name='Input.Relationship']")!.GetAttribute("value"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Grandmother (maternal)", (await db.FamilyMembers.SingleAsync(m => m.Id == memberId)).Relationship);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EntityId == memberId && e.Action == AuditActions.FamilyMemberChanged));
    }

    [Fact]
    public async Task ChangeAMember_OfAnotherReview_IsNotFound()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F7");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family/{world.FamilyMemberId}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task LeadReviewer_CanReadThePlanButNotChangeIt()
    {
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var family = $"/reviews/{world.ReviewId}/setting-up/family";

        var plan = await lead.GetAsync(family);
        var memberPage = await lead.GetAsync($"{family}/{world.FamilyMemberId}");
        var add = await lead.PostWithTokenAsync($"{family}/add", plan.Token ?? memberPage.Token, MemberForm());
        var change = await lead.PostWithTokenAsync($"{family}/{world.FamilyMemberId}", memberPage.Token, MemberForm("Changed Name"));
        var contact = await lead.PostWithTokenAsync($"{family}/contact", memberPage.Token, ContactForm(Today, "family"));

        Assert.Equal(HttpStatusCode.OK, plan.Status);
        Assert.Null(plan.Document.QuerySelector($"a[href='{family}/add']"));
        Assert.Null(plan.Document.QuerySelector(".govuk-summary-card__actions"));
        Assert.Null(memberPage.Document.QuerySelector("main form[method=post]"));
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [add.Status, change.Status, contact.Status]);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Jordan Example", (await db.FamilyMembers.SingleAsync(m => m.Id == world.FamilyMemberId)).Name);
    }

    [Theory]
    [InlineData(ReviewRole.ReviewTeamMember)]
    [InlineData(ReviewRole.Observer)]
    public async Task ReviewTeamAndObservers_CannotSeeTheFamily(ReviewRole role)
    {
        var person = await Factory.SignInAsync(world.OnReview[role]);

        var plan = await person.GetAsync($"/reviews/{world.ReviewId}/setting-up/family");
        var member = await person.GetAsync($"/reviews/{world.ReviewId}/setting-up/family/{world.FamilyMemberId}");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [plan.Status, member.Status]);
        Assert.DoesNotContain("Jordan Example", plan.Html + member.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordContact_FirstToTheFamily_CompletesTheTaskAddsHistoryAndAudits()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F8");
        var memberId = await Factory.FamilyMemberAsync(reviewId);
        var taskId = await Factory.TaskAsync(reviewId, TaskKind.InformFamily, "Tell the family about the review", Today.AddDays(5));
        var otherTaskId = await Factory.TaskAsync(reviewId, TaskKind.InformBoard, "Tell the Board", Today.AddDays(5));
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var url = $"/reviews/{reviewId}/setting-up/family/contact";

        var fromFamily = await businessUnit.PostAsync(url, ContactForm(Today.AddDays(-1), memberId.ToString(), "FromFamily", "She rang to ask what happens next"));
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).CompletedAt);

        var first = await businessUnit.PostAsync(url, ContactForm(Today, memberId.ToString()));
        var second = await businessUnit.PostAsync(url, ContactForm(Today, "family", summary: "Follow-up letter to everyone"));

        Assert.All(new[] { fromFamily, first, second }, posted => Assert.Equal($"/reviews/{reviewId}/setting-up/family", posted.Location));
        var entries = await db.Correspondence.AsNoTracking().Where(c => c.ReviewId == reviewId).OrderBy(c => c.RecordedAt).ToListAsync();
        Assert.Equal([memberId, memberId, null], entries.Select(e => e.FamilyMemberId));
        Assert.Equal(world.BusinessUnit.Id, entries[1].RecordedByUserId);
        Assert.NotNull((await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).CompletedAt);
        Assert.Null((await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == otherTaskId)).CompletedAt);
        var history = await db.ReviewHistory.Where(h => h.ReviewId == reviewId && h.Kind == HistoryKind.FamilyContacted).ToListAsync();
        Assert.Single(history);
        Assert.DoesNotContain("Jordan", history[0].Summary, StringComparison.Ordinal);
        Assert.Equal(3, await db.AuditEvents.CountAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.CorrespondenceRecorded));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityId == taskId && e.Action == AuditActions.TaskCompleted));
        var hub = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up");
        Assert.Contains("Told " + Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), hub.Document.QuerySelector("#part-family-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordContact_BadInput_ShowsTheErrorsAndSavesNothing()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F9");
        var taskId = await Factory.TaskAsync(reviewId, TaskKind.InformFamily, "Tell the family about the review", Today.AddDays(5));
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var url = $"/reviews/{reviewId}/setting-up/family/contact";

        var future = await businessUnit.PostAsync(url, ContactForm(Today.AddDays(3), "family"));
        var empty = await businessUnit.PostAsync(url, ContactForm(Today, "family", summary: "   "));
        var otherReviewsMember = await businessUnit.PostAsync(url, ContactForm(Today, world.FamilyMemberId.ToString()));
        var nothing = await businessUnit.PostAsync(url, []);

        Assert.Equal(["The date of the contact must be today or in the past"], future.Errors);
        Assert.Equal(["Say briefly what was said or sent"], empty.Errors);
        Assert.Equal(["Select a family member from the list, or the whole family"], otherReviewsMember.Errors);
        Assert.Equal(
            ["Enter date of the contact", "Select who the contact was with", "Select whether the contact was to or from the family", "Select how the contact was made", "Say briefly what was said or sent"],
            nothing.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Correspondence.AnyAsync(c => c.ReviewId == reviewId));
        Assert.Null((await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).CompletedAt);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.CorrespondenceRecorded));
    }
}
