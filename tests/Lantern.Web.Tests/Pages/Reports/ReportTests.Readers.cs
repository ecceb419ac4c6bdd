using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reports;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.Reports;

public sealed partial class ReportTests
{
    [Fact]
    public async Task Drafts_GivenToTheFamilyAndTheCaseGroup_AreRecorded_AndTheCaseGroupReadsTheSharedDraftInPseudonymsOnly()
    {
        var reviewId = await ReviewWithReportAsync(world, "Child R7", "Priya-Mae Castellanos told the health visitor she was frightened to go home.",
            ReportStatus.Drafting, ReviewRole.CaseGroupMember);
        await Factory.RegisterPersonAsync(reviewId, "Priya-Mae Castellanos", "Mother", PersonCategory.FamilyOrHousehold, "Mother", ["Pree"]);
        var familyId = await Factory.FamilyMemberAsync(reviewId, "Ignatius Castellanos", "Grandfather");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var readers = Readers(reviewId);
        var today = DateTime.UtcNow;

        KeyValuePair<string, string>[] Give(string reader, DateTime on) =>
            Form.Of(("Input.Reader", reader), ("Input.GivenOn.Day", on.Day.ToString()), ("Input.GivenOn.Month", on.Month.ToString()), ("Input.GivenOn.Year", on.Year.ToString()));
        var nobody = await bu.PostAsync(readers, Form.Of(("Input.Reader", ""), ("Input.GivenOn.Day", ""), ("Input.GivenOn.Month", ""), ("Input.GivenOn.Year", "")), $"{readers}?handler=Give");
        Assert.Contains("Select who the draft was given to", nobody.Errors);
        var future = await bu.PostAsync(readers, Give(familyId.ToString(), today.AddDays(10)), $"{readers}?handler=Give");
        Assert.Equal(["The date the draft was given must be today or in the past"], future.Errors);
        Assert.Equal(readers, (await bu.PostAsync(readers, Give(familyId.ToString(), today.AddDays(-3)), $"{readers}?handler=Give")).Location);
        Assert.Equal(readers, (await bu.PostAsync(readers, Give("case-group", today.AddDays(-1)), $"{readers}?handler=Give")).Location);
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ReportDraftGiven));

        // The family's response, recorded by the writers.
        var page = await bu.GetAsync(readers);
        Assert.Contains(page.Document.QuerySelectorAll(".govuk-summary-card__title"), t => t.TextContent.Contains("Family: Grandfather", StringComparison.Ordinal));
        Guid familyDraft;
        await using (var given = Factory.CreateDbContext())
        {
            familyDraft = await given.ReportDraftResponses.Where(d => d.ReviewId == reviewId && d.FamilyMemberId == familyId).Select(d => d.Id).SingleAsync();
        }

        var draftId = familyDraft.ToString();
        var form = page.Document.QuerySelector($"input[name=draftId][value='{draftId}']")?.Closest("form");
        Assert.True(form is not null, page.Document.QuerySelector("main")?.InnerHtml);
        var token = form.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var said = "He said the report was fair but that it should say the school knew about the bruises first.";
        var answered = await bu.PostAsync(readers, Form.Of(("draftId", draftId), ("token", token), ("response", said),
            ("respondedOn.Day", today.Day.ToString()), ("respondedOn.Month", today.Month.ToString()), ("respondedOn.Year", today.Year.ToString())), $"{readers}?handler=Response");
        Assert.Equal(readers, answered.Location);
        Assert.Contains(said, (await bu.GetAsync(readers)).Html, StringComparison.Ordinal);

        // The case group sees nothing of the report until the draft is shared with them.
        var member = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);
        var shared = $"{Report(reviewId)}/shared-draft";
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(Version(reviewId))).Status);
        var before = await member.GetAsync(shared);
        Assert.Contains("have not shared a draft", before.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("frightened", before.Html, StringComparison.Ordinal);

        var version = await bu.GetAsync(Version(reviewId));
        var versionToken = version.Document.QuerySelector("input[name='Input.Token']")!.GetAttribute("value")!;
        Assert.Equal(Version(reviewId), (await bu.PostAsync(Version(reviewId), Form.Of(("Input.DateStyle", "MonthAndYear"), ("Input.ShareWithCaseGroup", "true"),
            ("Input.Token", versionToken)), $"{Version(reviewId)}?handler=Settings")).Location);

        var after = await member.GetAsync(shared);
        var text = after.Document.QuerySelector(".app-edition-preview")!.TextContent;
        Assert.Contains("Mother told the health visitor she was frightened", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Priya", after.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Castellanos", after.Html, StringComparison.Ordinal);
        var empty = await member.PostAsync(shared, Form.Of(("ResponseText", "")));
        Assert.Single(empty.Errors);
        var mine = "From the police side: the strategy discussion was in March, not April.";
        Assert.Equal(shared, (await member.PostAsync(shared, Form.Of(("ResponseText", mine)))).Location);
        Assert.Contains(mine, (await member.GetAsync(shared)).Html, StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        var responses = await db.ReportDraftResponses.Where(d => d.ReviewId == reviewId).ToListAsync();
        Assert.Equal(3, responses.Count);
        Assert.Equal(said, responses.Single(r => r.FamilyMemberId == familyId).Response);
        var own = responses.Single(r => r.RespondentUserId == world.OnReview[ReviewRole.CaseGroupMember].Id);
        Assert.Equal((DraftReader.CaseGroup, mine), (own.Reader, own.Response));
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ReportDraftResponseRecorded));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.ReportSharedDraftViewed));
    }

    [Fact]
    public async Task IdentifyingDetails_AreValidatedAddedAndRemoved_WithAuditEntries()
    {
        var reviewId = await ReviewWithReportAsync(world, "Child R8", "Nothing yet.", ReportStatus.Drafting, ReviewRole.LeadReviewer);
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var path = $"{Report(reviewId)}/identifying-details";
        KeyValuePair<string, string>[] Detail(string kind, string text, string replacement) =>
            Form.Of(("Input.Kind", kind), ("Input.Text", text), ("Input.Replacement", replacement));

        var empty = await bu.PostAsync(path, Detail("", " ", ""), $"{path}?handler=Add");
        Assert.Equal(["Select what kind of detail it is", "Enter the detail as it is written", "Enter the words that replace it in the published edition"], empty.Errors);
        Assert.Equal(path, (await bu.PostAsync(path, Detail("GpPractice", "Fennick Street Surgery", "the family's GP practice"), $"{path}?handler=Add")).Location);
        var again = await bu.PostAsync(path, Detail("GpPractice", "  fennick street surgery ", "a surgery"), $"{path}?handler=Add");
        Assert.Equal(["This detail is already on the list"], again.Errors);
        var leaky = await bu.PostAsync(path, Detail("Condition", "Moyamoya disease", "a rare condition (Moyamoya disease)"), $"{path}?handler=Add");
        Assert.Equal(["The replacement must not contain the detail itself"], leaky.Errors);
        Assert.Equal(path, (await bu.PostAsync(path, Detail("Condition", "Moyamoya disease", "a rare condition of the blood vessels"), $"{path}?handler=Add")).Location);

        var page = await bu.GetAsync(path);
        Assert.Contains("Fennick Street Surgery", page.Html, StringComparison.Ordinal);
        var remove = page.Document.QuerySelectorAll("form[action*='handler=Remove']").Single(f => f.Closest("tr")!.TextContent.Contains("Fennick", StringComparison.Ordinal));
        var detailId = remove.QuerySelector("input[name=detailId]")!.GetAttribute("value")!;
        Assert.Equal(path, (await bu.PostAsync(path, Form.Of(("detailId", detailId)), $"{path}?handler=Remove")).Location);

        await using var db = Factory.CreateDbContext();
        Assert.Equal(["Moyamoya disease"], await db.IdentifyingDetails.Where(d => d.ReviewId == reviewId).Select(d => d.Text).ToListAsync());
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.IdentifyingDetailAdded));
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.IdentifyingDetailRemoved));

        // An observer does not see real identities, so not the list either.
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.Observer], ReviewRole.Observer, world.BusinessUnit.Id);
        var observer = await Factory.SignInAsync(world.OnReview[ReviewRole.Observer]);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync(path)).Status);
    }
}
