using System.Net;
using System.Text;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Chronology downloads leave Lantern pseudonymised, so the disclosure-risk check runs over what would go out:
/// what the pseudonymiser missed stops the download, with an error and an audit event; a clean chronology downloads.</summary>
public sealed class ExportDisclosureTests(World world) : IClassFixture<World>
{
    // Written as a health visitor might: the child's name misspelt once ("Rhianon" for "Rhiannon", one letter out),
    // which the pseudonymiser does not replace and the check finds.
    private const string Misspelt = "HV home visit. Rhianon (3y) quiet and withdrawn, mum said she'd had a bad night; Dervla tearful. r/v 2/52.";

    private const string Clean = "Dervla rang duty to cancel, Rhiannon unwell with D&V. Rebooked for the w/c 13/05/2024; Ashcroft family open to EH.";

    private LanternFactory Factory => world.Factory;

    private async Task<Guid> ReviewAsync(string title, string description)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        await Factory.ChronologyVersionAsync(reviewId, world.AgencyId, world.BusinessUnit.Id);
        await Factory.AddEntryAsync(reviewId, world.AgencyId, new DateOnly(2024, 5, 2), "Home visit", description);
        await Factory.RegisterPersonAsync(reviewId, "Rhiannon Ashcroft", "Child R", PersonCategory.Subject, null, aliases: []);
        await Factory.RegisterPersonAsync(reviewId, "Dervla Ashcroft", "Mother", aliases: ["Dee"]);
        return reviewId;
    }

    private async Task<List<string>> ActionsAsync(Guid reviewId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.AuditEvents.Where(e => e.ReviewId == reviewId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
    }

    [Theory]
    [InlineData("export.csv")]
    [InlineData("export.docx")]
    public async Task PseudonymisedExport_WithAMisspeltRegisteredName_IsRefusedWithAnErrorAndAudited(string file)
    {
        var reviewId = await ReviewAsync("Child X1 " + file, Misspelt);
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);

        var response = await team.Client.GetAsync($"/reviews/{reviewId}/information/chronology/{file}?agency={world.AgencyId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("1 thing that could identify the family", html, StringComparison.Ordinal);
        Assert.Contains("1 misspelt name", html, StringComparison.Ordinal);
        Assert.Contains("people register", html, StringComparison.Ordinal);
        Assert.Contains($"/reviews/{reviewId}/information/chronology?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rhianon", html, StringComparison.Ordinal);
        Assert.DoesNotContain("withdrawn", html, StringComparison.Ordinal);
        Assert.Contains(AuditActions.ExportRefusedDisclosure, await ActionsAsync(reviewId));
    }

    [Fact]
    public async Task PseudonymisedExport_OfACleanChronology_Downloads_AndItsExactDatesDoNotStopIt()
    {
        var reviewId = await ReviewAsync("Child X2", Clean);
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);

        var response = await team.Client.GetAsync($"/reviews/{reviewId}/information/chronology/export.csv");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var word = await team.Client.GetAsync($"/reviews/{reviewId}/information/chronology/export.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        Assert.Contains("Mother rang duty to cancel, Child R unwell with D&V", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Rhiannon", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Ashcroft", csv, StringComparison.Ordinal);
        var actions = await ActionsAsync(reviewId);
        Assert.DoesNotContain(AuditActions.ExportRefusedDisclosure, actions);
        Assert.Equal(2, actions.Count(a => a == AuditActions.ChronologyExported));
    }

    [Fact]
    public async Task SomeoneWhoMaySeeRealNames_GetsTheSamePseudonymisedFile_SoIsRefusedToo_AndThenDownloadsOnceTheSpellingIsRegistered()
    {
        var reviewId = await ReviewAsync("Child X3", Misspelt);
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);

        var refused = await lead.Client.GetAsync($"/reviews/{reviewId}/information/chronology/export.csv");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        await using (var db = Factory.CreateDbContext())
        {
            var child = await db.People.SingleAsync(p => p.ReviewId == reviewId && p.Pseudonym == "Child R");
            child.Aliases = [.. child.Aliases, "Rhianon"];
            await db.SaveChangesAsync();
        }

        var given = await lead.Client.GetAsync($"/reviews/{reviewId}/information/chronology/export.csv");
        var csv = Encoding.UTF8.GetString(await given.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.Contains("Child R (3y) quiet and withdrawn", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Rhianon", csv, StringComparison.Ordinal);
    }
}
