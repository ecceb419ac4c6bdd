using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Analysis;

/// <summary>An issue for the Board that ends in a quotation keeps one question mark on the page, in the form and in the Word file.</summary>
public sealed class IssuesForTheBoardTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    [Fact]
    public async Task Issues_EndingInQuotesOrBrackets_ShowOneQuestionMark_OnThePageInTheFormAndInTheWordFile()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Q7");
        var team = world.OnReview[ReviewRole.ReviewTeamMember];
        await Factory.GiveRoleAsync(reviewId, team, ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        var member = await Factory.SignInAsync(team);
        var root = $"/reviews/{reviewId}/analysis";
        Assert.Equal(HttpStatusCode.Redirect, (await member.PostAsync($"{root}/episodes/add", AnalysisForms.Episode("Doorstep visit", world.AgencyId))).Status);
        Guid episodeId;
        await using (var db = Factory.CreateDbContext())
        {
            episodeId = await db.Episodes.Where(e => e.ReviewId == reviewId).Select(e => e.Id).SingleAsync();
        }

        // As typed by a lead reviewer pasting from meeting notes: straight and curly quotes, trailing spaces, full stops after quotes.
        var typed = string.Join("\r\n",
            "How does the Board know practitioners ask 'what is daily life like for the baby?'  ",
            "What do agencies mean when they write \u201Cwe will keep an eye on them?\u201D.",
            "\"Who holds the plan when the family moves across the border.\"",
            "How are the family\u2019s own questions (\u2018why did nobody come?\u2019) answered");
        var added = await member.PostAsync($"{root}/findings/add", AnalysisForms.Finding("Doorstep sightings count as seeing the child", [episodeId], typed));
        var path = added.Location!;
        var findingId = Guid.Parse(path.Split('/').Last());

        // An issue saved before the fix, with the second question mark already in it.
        await using (var db = Factory.CreateDbContext())
        {
            db.BoardIssues.Add(new BoardIssue { Id = Guid.NewGuid(), FindingId = findingId, ReviewId = reviewId, Position = 5, Text = "Is the Board content with 'we will monitor?'?" });
            await db.SaveChangesAsync();
        }

        string[] expected =
        [
            "How does the Board know practitioners ask 'what is daily life like for the baby?'",
            "What do agencies mean when they write \u201Cwe will keep an eye on them?\u201D",
            "\"Who holds the plan when the family moves across the border\"?",
            "How are the family\u2019s own questions (\u2018why did nobody come?\u2019) answered?",
            "Is the Board content with 'we will monitor?'",
        ];
        var page = await member.GetAsync(path);
        Assert.Equal(expected, page.Document.QuerySelectorAll("#issues li").Select(li => li.TextContent.Trim()));

        var form = await member.GetAsync($"{path}/change");
        Assert.Equal(expected, form.Document.QuerySelector("#Input_Issues")!.TextContent.Trim().Split('\n').Select(l => l.Trim()));

        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var response = await bu.Client.GetAsync($"{root}/working-papers.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = Docx.OpenValid(await response.Content.ReadAsByteArrayAsync());
        var text = Docx.Text(Docx.Body(document));
        foreach (var issue in expected)
        {
            Assert.Contains(issue, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("?'?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("?\u201D?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("?\u2019)?", text, StringComparison.Ordinal);
    }
}
