using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reports;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.Reports;

/// <summary>The partnership's own report structure, edited as JSON by an administrator. In its own world, since it
/// changes what every new report in the partnership starts with.</summary>
public sealed class ReportStructureTests(World world) : IClassFixture<World>
{
    private const string Path = "/admin/report-structure";

    private LanternFactory Factory => world.Factory;

    [Fact]
    public async Task InvalidStructure_IsRefusedWithItsProblems_AValidOneIsSaved_AndANewReportUsesIt()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var page = await admin.GetAsync(Path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(ReportStructure.Default.Count, page.Document.QuerySelectorAll("ol.govuk-list--number li").Length);

        var broken = await admin.PostAsync(Path, Form.Of(("Input.Json", "[{\"key\": \"summary\", \"heading\": \"Summary\",,}"), ("Input.Token", "")));
        Assert.Single(broken.Errors);
        Assert.StartsWith("The structure is not valid JSON", broken.Errors[0], StringComparison.Ordinal);
        var twice = await admin.PostAsync(Path, Form.Of(("Input.Json", """
            [
              { "key": "summary", "heading": "Summary", "prompt": "", "source": "findings-in-short" },
              { "key": "Summary", "heading": "", "prompt": "", "source": "tea-leaves" }
            ]
            """), ("Input.Token", "")));
        Assert.True(twice.Errors.Count >= 2, string.Join(" | ", twice.Errors));
        Assert.Equal(HttpStatusCode.OK, twice.Status);

        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.ReportStructures.AnyAsync(s => s.PartnershipId == world.PartnershipId));
        }

        // The partnership's own: the default without its glossary, with a section of its own for the family's voice.
        var own = ReportStructure.Default.Where(d => d.Key != ReportStructure.Glossary).ToList();
        own.Insert(3, new ReportSectionDefinition("family-voice", "What the family told us", "In the family's words, as far as they wish.", SectionSourceKind.None));
        var saved = await admin.PostAsync(Path, Form.Of(("Input.Json", ReportStructure.ToJson(own)), ("Input.Token", "")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        page = await admin.GetAsync(Path);
        Assert.Contains("Report structure saved", page.Html, StringComparison.Ordinal);
        Assert.Equal(own.Select(d => d.Heading), page.Document.QuerySelectorAll("ol.govuk-list--number li").Select(li => li.TextContent.Trim()));
        Assert.True(await Factory.CreateDbContext().AuditEvents.AnyAsync(e => e.Action == AuditActions.ReportStructureChanged));

        // A report started now has those sections; the one started before keeps its own.
        var (reviewId, _) = await ReviewWithAnalysisAsync(world, "Child R11");
        var lead = await Factory.SignInAsync(world.OnReview[Lantern.Core.Reviews.ReviewRole.LeadReviewer]);
        Assert.Equal(Version(reviewId), (await StartAsync(lead, reviewId)).Location);
        await using var check = Factory.CreateDbContext();
        Assert.Equal(own.Select(d => d.Key), await check.ReportSections.Where(s => s.ReviewId == reviewId).OrderBy(s => s.Position).Select(s => s.Key).ToListAsync());
        Assert.Contains("glossary", await check.ReportSections.Where(s => s.ReviewId == world.ReviewId).Select(s => s.Key).ToListAsync());
        var section = await lead.GetAsync(Section(reviewId, "family-voice"));
        Assert.Equal("What the family told us", section.Heading);

        // Someone without the administrator's role may not change it.
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        Assert.Equal(HttpStatusCode.Forbidden, (await bu.GetAsync(Path)).Status);
    }
}
