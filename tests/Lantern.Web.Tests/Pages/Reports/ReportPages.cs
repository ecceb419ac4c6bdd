using AngleSharp.Dom;
using Lantern.Core.Analysis;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Reports;

/// <summary>Addresses of the report's pages and the forms the report tests post, as a browser would.</summary>
internal static class ReportPages
{
    public static string Report(Guid reviewId) => $"/reviews/{reviewId}/report";

    public static string Version(Guid reviewId, int number = 1) => $"{Report(reviewId)}/{number}";

    public static string Section(Guid reviewId, string key, int number = 1) => $"{Version(reviewId, number)}/sections/{key}";

    public static string Write(Guid reviewId, string key, int number = 1) => $"{Section(reviewId, key, number)}/write";

    public static string Edition(Guid reviewId, string edition, int number = 1) => $"{Version(reviewId, number)}/editions/{edition}";

    public static string Readers(Guid reviewId, int number = 1) => $"{Version(reviewId, number)}/readers";

    /// <summary>Starts a new version from the report's page.</summary>
    public static Task<PageResult> StartAsync(Browserless browser, Guid reviewId) =>
        browser.PostAsync(Report(reviewId), [], $"{Report(reviewId)}?handler=Start");

    /// <summary>Moves a version on one step with the token its page shows now.</summary>
    public static async Task<PageResult> MoveOnAsync(Browserless browser, Guid reviewId, string to, int number = 1)
    {
        var path = Version(reviewId, number);
        var page = await browser.GetAsync(path);
        var token = page.Document.QuerySelector("input[name=token]")?.GetAttribute("value") ?? await VersionTokenAsync(browser, reviewId, number);
        return await browser.PostWithTokenAsync($"{path}?handler=Move", page.Token, Form.Of(("to", to), ("token", token)));
    }

    /// <summary>The version's concurrency token as the settings form carries it (shown to writers even when moving on is not theirs).</summary>
    private static async Task<string> VersionTokenAsync(Browserless browser, Guid reviewId, int number) =>
        (await browser.GetAsync(Version(reviewId, number))).Document.QuerySelector("input[name='Input.Token']")?.GetAttribute("value") ?? Guid.Empty.ToString();

    /// <summary>The section's token as its write page shows it.</summary>
    public static async Task<string> SectionTokenAsync(Browserless browser, Guid reviewId, string key, int number = 1) =>
        (await browser.GetAsync(Write(reviewId, key, number))).Document.QuerySelector("input[name='Input.Token']")!.GetAttribute("value")!;

    /// <summary>Saves a section's text with the given token.</summary>
    public static Task<PageResult> WriteAsync(Browserless browser, Guid reviewId, string key, string text, string token, bool takeIn = false, int number = 1) =>
        browser.PostAsync(Write(reviewId, key, number), [.. Form.Of(("Input.Text", text), ("Input.Token", token)), .. takeIn ? Form.Of(("Input.TakeInAnalysis", "true")) : []]);

    /// <summary>A fresh review with the lead reviewer, a review team member and a case group member on it, and the
    /// seeded analysis, its finding agreed by the review team so that the report draws on it.</summary>
    public static async Task<(Guid ReviewId, AnalysisIds Analysis)> ReviewWithAnalysisAsync(World world, string title)
    {
        var factory = world.Factory;
        var reviewId = await factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        await factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.CaseGroupMember], ReviewRole.CaseGroupMember, world.BusinessUnit.Id);
        var ids = await factory.AnalysisAsync(reviewId, world.AgencyId, world.BusinessUnit.Id, world.Chronology.SocialWorkerId, world.OnReview[ReviewRole.CaseGroupMember].Id,
            [world.OnReview[ReviewRole.LeadReviewer].Id, world.BusinessUnit.Id]);
        await using var db = factory.CreateDbContext();
        await db.Findings.Where(f => f.Id == ids.FindingId).ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, EpisodeStatus.AgreedByReviewTeam));
        return (reviewId, ids);
    }

    /// <summary>A fresh review with a report (draft 1) whose summary says <paramref name="summary"/>, and the given people on it.</summary>
    public static async Task<Guid> ReviewWithReportAsync(World world, string title, string summary, Lantern.Core.Reports.ReportStatus status = Lantern.Core.Reports.ReportStatus.Drafting,
        params ReviewRole[] roles)
    {
        var factory = world.Factory;
        var reviewId = await factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        foreach (var role in roles)
        {
            await factory.GiveRoleAsync(reviewId, world.OnReview[role], role, world.BusinessUnit.Id);
        }

        await factory.ReportAsync(reviewId, world.BusinessUnit.Id, summary, status);
        return reviewId;
    }

    public static async Task<string> SectionTextAsync(LanternFactory factory, Guid reviewId, string key, int number = 1)
    {
        await using var db = factory.CreateDbContext();
        return await db.ReportSections.Where(s => s.ReviewId == reviewId && s.Key == key)
            .Join(db.ReportVersions.Where(v => v.Number == number), s => s.VersionId, v => v.Id, (s, v) => s.Text).SingleAsync();
    }

    public static async Task<int> AuditCountAsync(LanternFactory factory, Guid reviewId, string action)
    {
        await using var db = factory.CreateDbContext();
        return await db.AuditEvents.CountAsync(e => e.ReviewId == reviewId && e.Action == action);
    }

    // The disclosure-risk check's table on an edition page: what it found, and the forms beside each finding.
    public static List<(string Found, string Rule)> Hits(PageResult page) =>
        page.Document.QuerySelectorAll("tr[data-hit]").Select(r => (r.QuerySelector("strong")!.TextContent.Trim(), r.GetAttribute("data-hit")!)).ToList();

    public static IElement Row(PageResult page, string words) =>
        page.Document.QuerySelectorAll("tr[data-hit]").First(r => r.QuerySelector("strong")!.TextContent.Trim() == words);

    public static KeyValuePair<string, string>[] Hidden(IElement form) =>
        form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty)).ToArray();

    public static (KeyValuePair<string, string>[] Fields, string Suggestion) ReplaceForm(PageResult page, string words)
    {
        var form = Row(page, words).QuerySelector("form[action*='handler=Replace']")!;
        var button = form.QuerySelector("button")!.ChildNodes.First().TextContent;
        return (Hidden(form), button["Replace with “".Length..].TrimEnd('”'));
    }

    public static KeyValuePair<string, string>[] AcceptForm(PageResult page, string words) =>
        Hidden(Row(page, words).QuerySelector("form[action*='handler=Accept']")!);
}
