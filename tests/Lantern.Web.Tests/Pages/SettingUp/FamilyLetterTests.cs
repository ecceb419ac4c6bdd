using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Lantern.Web.Infrastructure.Documents;
using Lantern.Web.Pages.SettingUp;
using Lantern.Web.Pages.SettingUp.Family;
using Lantern.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class FamilyLetterTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private async Task<Guid> TemplateAsync(string name)
    {
        await using var db = Factory.CreateDbContext();
        return await db.LetterTemplates.Where(t => t.PartnershipId == world.PartnershipId && t.Name == name).Select(t => t.Id).SingleAsync();
    }

    /// <summary>A review with a referral, a family member and, if asked, a lead reviewer; returns its ids.</summary>
    private async Task<(Guid ReviewId, Guid MemberId)> ReviewWithFamilyAsync(string title, bool withLead)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await Factory.ReferralAsync(reviewId, world.AgencyId, world.BusinessUnit.Id, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), world.ReviewTypeId);
        var memberId = await Factory.FamilyMemberAsync(reviewId, "Casey Sample", "Aunt");
        if (withLead)
        {
            var lead = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, Core.Organisation.PartnershipRoles.None, "Lee Leadreviewer");
            await Factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        }

        return (reviewId, memberId);
    }

    [Fact]
    public async Task Letter_ChosenForAMember_IsFilledInFromTheReviewAndListsWhatIsMissing()
    {
        var (reviewId, memberId) = await ReviewWithFamilyAsync("Child L1", withLead: false);
        var templateId = await TemplateAsync(DefaultLetterTemplates.MeetTheReviewers.Name);
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family/letter?Letter={templateId}&Member={memberId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var letter = page.Document.QuerySelector("#letter-preview")!.TextContent;
        Assert.Contains("Dear Casey Sample", letter, StringComparison.Ordinal);
        Assert.Contains("what happened to Robin Example", letter, StringComparison.Ordinal);
        Assert.Contains("Testshire Safeguarding Partnership", letter, StringComparison.Ordinal);
        Assert.Contains("Cal Chair", letter, StringComparison.Ordinal);
        Assert.Contains("Please contact Bea Business", letter, StringComparison.Ordinal);
        Assert.Contains("lead reviewer", page.Document.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/reviews/{reviewId}/setting-up/family/{memberId}/letter/{templateId}",
            page.Document.QuerySelector("a.govuk-button[href*='/letter/']")!.GetAttribute("href"));
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.FamilyViewed && e.UserId == world.BusinessUnit.Id));
    }

    [Fact]
    public async Task Letter_WithALeadReviewer_NamesThemAndMissesNothing()
    {
        var (reviewId, memberId) = await ReviewWithFamilyAsync("Child L2", withLead: true);
        var templateId = await TemplateAsync(DefaultLetterTemplates.MeetTheReviewers.Name);
        var chair = await Factory.SignInAsync(world.Chair);

        var page = await chair.GetAsync($"/reviews/{reviewId}/setting-up/family/letter?Letter={templateId}&Member={memberId}");

        Assert.Contains("Lee Leadreviewer is leading the review", page.Document.QuerySelector("#letter-preview")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".govuk-warning-text"));
    }

    [Fact]
    public async Task Letter_NothingOrSomethingElsesChosen_AsksAgainWithoutAPreview()
    {
        var (reviewId, _) = await ReviewWithFamilyAsync("Child L3", withLead: false);
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var first = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family/letter");
        var nothing = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family/letter?Letter=&Member=");
        var elsewhere = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family/letter?Letter={Guid.NewGuid()}&Member={world.FamilyMemberId}");

        Assert.Empty(first.Errors);
        Assert.Equal(3, first.Document.QuerySelectorAll("input[name=Letter]").Length);
        Assert.Equal(["Select a letter", "Select the family member the letter is for"], nothing.Errors);
        Assert.Equal(["Select a letter", "Select the family member the letter is for"], elsewhere.Errors);
        Assert.Null(elsewhere.Document.QuerySelector("#letter-preview"));
    }

    [Fact]
    public async Task Download_ByTheBusinessUnit_IsAWordDocumentForTheMemberAndIsAudited()
    {
        var (reviewId, memberId) = await ReviewWithFamilyAsync("Child L4", withLead: true);
        var templateId = await TemplateAsync(DefaultLetterTemplates.ReviewStarting.Name);
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var response = await businessUnit.Client.GetAsync($"/reviews/{reviewId}/setting-up/family/{memberId}/letter/{templateId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WordDocument.ContentType, response.Content.Headers.ContentType?.MediaType);
        var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Assert.Matches(@"^letter-\d{4}-\d{2}-\d{2}\.docx$", fileName);
        using var document = Docx.OpenValid(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", Docx.Paragraphs(document).Select(Docx.Text));
        Assert.Contains("Dear Casey Sample", text, StringComparison.Ordinal);
        Assert.Contains("Robin Example", text, StringComparison.Ordinal);
        Assert.Equal(FamilyLetterService.DocumentTitle, document.PackageProperties.Title);
        await using var db = Factory.CreateDbContext();
        var produced = await db.AuditEvents.Where(e => e.ReviewId == reviewId && e.Action == AuditActions.LetterProduced).ToListAsync();
        Assert.Equal((memberId, "FamilyMember", world.BusinessUnit.Id), (produced.Single().EntityId, produced.Single().EntityType, produced.Single().UserId));
        Assert.False(await db.Correspondence.AnyAsync(c => c.ReviewId == reviewId));
    }

    [Fact]
    public async Task Download_ALetterOfAnotherPartnershipOrAMemberOfAnotherReview_IsNotFound()
    {
        var (reviewId, memberId) = await ReviewWithFamilyAsync("Child L5", withLead: false);
        var theirs = await Factory.LetterTemplatesAsync(world.OtherPartnershipId);
        var ours = await TemplateAsync(DefaultLetterTemplates.ReviewStarting.Name);
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var otherLetter = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family/{memberId}/letter/{theirs}");
        var otherMember = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family/{world.FamilyMemberId}/letter/{ours}");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], [otherLetter.Status, otherMember.Status]);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.LetterProduced));
    }

    [Fact]
    public async Task LeadReviewer_CanReadALetterButNotDownloadIt()
    {
        var templateId = await TemplateAsync(DefaultLetterTemplates.ReviewStarting.Name);
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);

        var page = await lead.GetAsync($"/reviews/{world.ReviewId}/setting-up/family/letter?Letter={templateId}&Member={world.FamilyMemberId}");
        var download = await lead.GetAsync($"/reviews/{world.ReviewId}/setting-up/family/{world.FamilyMemberId}/letter/{templateId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("#letter-preview"));
        Assert.Null(page.Document.QuerySelector("a.govuk-button[href*='/letter/']"));
        Assert.Equal(HttpStatusCode.Forbidden, download.Status);
    }

    [Fact]
    public async Task ReviewTeamMember_CannotOpenLetters()
    {
        var templateId = await TemplateAsync(DefaultLetterTemplates.ReviewStarting.Name);
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);

        var page = await team.GetAsync($"/reviews/{world.ReviewId}/setting-up/family/letter?Letter={templateId}&Member={world.FamilyMemberId}");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.DoesNotContain("Robin Example", page.Html, StringComparison.Ordinal);
    }
}
