using System.Net;
using AngleSharp.Dom;
using Lantern.Core;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Lantern.Web.Tests.Pages.Dashboard;

public sealed partial class DashboardTests(World world, ITestOutputHelper output) : IClassFixture<World>
{
    /// <summary>Monday 29 December 2025: between Christmas and New Year, when counting working days goes wrong.</summary>
    private static readonly DateTimeOffset BetweenTheHolidays = new(2025, 12, 29, 12, 0, 0, TimeSpan.Zero);

    private LanternFactory Factory => world.Factory;

    private sealed record Row(string Title, string Type, string Stage, string Owner, string Deadline, string DaysLeft, bool Red);

    private static List<Row> Rows(PageResult page) => page.Document.QuerySelectorAll("table.app-dashboard-table tbody tr")
        .Select(tr =>
        {
            // The deadline cell without its "How this date was worked out" explanation, which Explained reads.
            var cells = tr.QuerySelectorAll("td").Select(td => td.QuerySelector(".govuk-details") is null
                ? Text(td)
                : string.Join(' ', td.Children.Where(c => !c.ClassList.Contains("govuk-details")).Select(Text))).ToList();
            var days = cells.Count > 5 ? cells[5] : string.Empty;
            return new Row(cells[0], cells[1], cells[2], cells[3], cells[4], days, tr.QuerySelector(".govuk-tag--red") is not null);
        })
        .ToList();

    private static List<string> Titles(PageResult page) => Rows(page).Select(r => r.Title).ToList();

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A partnership of its own, so what the dashboard lists is only what the test made.</summary>
    private async Task<(Guid Partnership, Guid Agency, Guid RapidReview, Person BusinessUnit)> PartnershipAsync(string name)
    {
        var (partnership, agency, _) = await Factory.PartnershipAsync(name);
        var businessUnit = await Factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "Bo Dash");
        await using var db = Factory.CreateDbContext();
        var rapid = await db.ReviewTypes.Where(t => t.PartnershipId == partnership && t.Name == "Rapid review").Select(t => t.Id).SingleAsync();
        return (partnership, agency, rapid, businessUnit);
    }

    private async Task<Guid> ReviewAsync(Guid partnership, Guid type, Person createdBy, string title, Guid? owner = null, ReviewStatus? status = null)
    {
        var id = await Factory.ReviewAsync(partnership, type, createdBy.Id, title);
        if (owner is not null || status is not null)
        {
            await using var db = Factory.CreateDbContext();
            var review = await db.Reviews.SingleAsync(r => r.Id == id);
            review.AssignOwner(owner);
            if (status is { } changed)
            {
                review.ChangeDetails(review.WorkingTitle, review.ReviewTypeId, changed);
            }

            await db.SaveChangesAsync();
        }

        return id;
    }

    /// <summary>Runs <paramref name="read"/> with Lantern's clock at <paramref name="at"/>, then puts it back.</summary>
    private async Task<T> AtAsync<T>(DateTimeOffset at, Func<Task<T>> read)
    {
        var now = Factory.Clock.GetUtcNow();
        Factory.Clock.Set(at);
        try
        {
            return await read();
        }
        finally
        {
            Factory.Clock.Set(now);
        }
    }

    private DateOnly UkToday() => UkTime.Today(Factory.Clock);

    [Fact]
    public async Task Dashboard_ShowsEachPersonOnlyTheReviewsTheyMaySee()
    {
        async Task<PageResult> DashboardOf(Person person) => await (await Factory.SignInAsync(person)).GetAsync("/dashboard?status=all");

        var businessUnit = await DashboardOf(world.BusinessUnit);
        var caseGroup = await DashboardOf(world.OnReview[ReviewRole.CaseGroupMember]);
        var other = await DashboardOf(world.OtherBusinessUnit);

        Assert.Equal(HttpStatusCode.OK, businessUnit.Status);
        Assert.Contains("Child Q", Titles(businessUnit));
        Assert.DoesNotContain("Child Z", Titles(businessUnit));
        Assert.Equal(["Child Q"], Titles(caseGroup));
        Assert.Equal("Not shown for your role", Rows(caseGroup)[0].Deadline);
        Assert.Equal(["Child Z"], Titles(other));
        foreach (var nobody in new[] { world.Partner, world.Administrator, world.NoRole })
        {
            var page = await DashboardOf(nobody);
            Assert.Empty(Titles(page));
            Assert.Contains("There are no reviews to show", page.Html, StringComparison.Ordinal);
        }

        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.DashboardViewed && e.UserId == world.BusinessUnit.Id &&
                                                      e.PartnershipId == world.PartnershipId && e.ReviewId == null));
    }

    [Fact]
    public async Task Dashboard_IsInTheNavigationAndLinkedFromTheReviewList()
    {
        var browser = await Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]);

        var reviews = await browser.GetAsync("/reviews");
        var dashboard = await browser.GetAsync("/dashboard");

        Assert.Contains(reviews.Document.QuerySelectorAll(".govuk-service-navigation__list a"), a => a.GetAttribute("href") == "/dashboard");
        Assert.Contains(reviews.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/dashboard");
        Assert.Equal("Dashboard", dashboard.Heading);
        Assert.Equal("page", dashboard.Document.QuerySelector(".govuk-service-navigation__item--active a")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task NextDeadline_IsCountedInWorkingDaysAcrossChristmasAndNewYear()
    {
        var (partnership, agency, rapid, businessUnit) = await PartnershipAsync("Yuleshire Safeguarding Partnership");
        var late = await ReviewAsync(partnership, rapid, businessUnit, "Child S");
        var christmas = await ReviewAsync(partnership, rapid, businessUnit, "Child R");
        var notified = await ReviewAsync(partnership, rapid, businessUnit, "Child T");
        await ReviewAsync(partnership, rapid, businessUnit, "Child U");
        // Aware on Tuesday 23 December 2025: the 5 working days skip Christmas Day, Boxing Day, the weekend and
        // New Year's Day, so the notification is due on Friday 2 January 2026.
        await Factory.ReferralAsync(christmas, agency, businessUnit.Id, new DateOnly(2025, 12, 23), rapid);
        await Factory.ReferralAsync(late, agency, businessUnit.Id, new DateOnly(2025, 12, 10), rapid);
        await Factory.ReferralAsync(notified, agency, businessUnit.Id, new DateOnly(2025, 12, 10), rapid);
        await Factory.NotificationAsync(notified, new DateOnly(2025, 12, 12), businessUnit.Id);
        var browser = await Factory.SignInAsync(businessUnit);

        var page = await AtAsync(BetweenTheHolidays, () => browser.GetAsync("/dashboard"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = Rows(page);
        Assert.Equal(["Child S", "Child R", "Child T", "Child U"], rows.Select(r => r.Title));
        Assert.Equal(new Row("Child S", "Rapid review", "In progress", "Not assigned", "Notify the national panel 17 December 2025", "6 working days overdue", true), rows[0]);
        Assert.Equal(new Row("Child R", "Rapid review", "In progress", "Not assigned", "Notify the national panel 2 January 2026", "3 working days left", false), rows[1]);
        // Notified on time, so the next deadline is the rapid review's: 15 working days from 10 December 2025.
        Assert.Equal(new Row("Child T", "Rapid review", "In progress", "Not assigned", "Complete the rapid review 5 January 2026", "4 working days left", false), rows[2]);
        Assert.Equal("No deadline to count yet", rows[3].Deadline);
        var explained = Text(page.Document.QuerySelectorAll("table.app-dashboard-table tbody tr")[1].QuerySelector(".govuk-details")!);
        Assert.Contains("How this date was worked out", explained, StringComparison.Ordinal);
        Assert.Contains("5 working days after the partnership became aware (23 December 2025)", explained, StringComparison.Ordinal);
        Assert.Contains("England and Wales bank holidays. Source: Children Act 2004", explained, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_SortsAndFiltersByTheQueryString()
    {
        var (partnership, agency, rapid, me) = await PartnershipAsync("Sortshire Safeguarding Partnership");
        var colleague = await Factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "Ann Owner");
        var today = UkToday();
        var alpha = await ReviewAsync(partnership, rapid, me, "Alpha", owner: me.Id);
        var bravo = await ReviewAsync(partnership, rapid, me, "Bravo", owner: colleague.Id);
        await ReviewAsync(partnership, rapid, me, "Charlie");
        var delta = await ReviewAsync(partnership, rapid, me, "Delta", status: ReviewStatus.Closed);
        await Factory.ReferralAsync(alpha, agency, me.Id, today.AddDays(-20), rapid);
        await Factory.ReferralAsync(bravo, agency, me.Id, today, rapid);
        await Factory.ReferralAsync(delta, agency, me.Id, today.AddDays(-20), rapid);
        var browser = await Factory.SignInAsync(me);
        async Task<List<string>> TitlesAt(string query) => Titles(await browser.GetAsync("/dashboard" + query));

        Assert.Equal(["Alpha", "Bravo", "Charlie"], await TitlesAt(""));
        Assert.Equal(["Alpha", "Bravo", "Charlie"], await TitlesAt("?sort=deadline&dir=asc"));
        Assert.Equal(["Bravo", "Alpha", "Charlie"], await TitlesAt("?sort=deadline&dir=desc"));
        Assert.Equal(["Alpha", "Bravo", "Charlie"], await TitlesAt("?sort=days"));
        Assert.Equal(["Alpha", "Bravo", "Charlie"], await TitlesAt("?sort=title"));
        Assert.Equal(["Charlie", "Bravo", "Alpha"], await TitlesAt("?sort=title&dir=desc"));
        Assert.Equal(["Bravo", "Alpha", "Charlie"], await TitlesAt("?sort=owner"));
        Assert.Equal(["Alpha"], await TitlesAt("?owner=me"));
        Assert.Equal(["Charlie"], await TitlesAt("?owner=none"));
        Assert.Equal(["Charlie", "Delta"], await TitlesAt("?owner=none&status=all"));
        Assert.Equal(["Delta"], await TitlesAt("?status=Closed"));
        Assert.Equal(["Alpha", "Bravo", "Charlie"], await TitlesAt("?sort=%3Cscript%3E&dir=up&status=Exploded&owner=everyone&page=-4"));

        var page = await browser.GetAsync("/dashboard?sort=title&dir=desc&owner=me");
        var headers = page.Document.QuerySelectorAll("table.app-dashboard-table thead th");
        var title = headers.Single(h => Text(h) == "Working title");
        Assert.Equal("descending", title.GetAttribute("aria-sort"));
        Assert.Equal("/dashboard?status=open&owner=me&sort=title&dir=asc", title.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("none", headers.Single(h => Text(h) == "Next deadline").GetAttribute("aria-sort"));
        Assert.Null(headers.Single(h => Text(h) == "Type").GetAttribute("aria-sort"));
        Assert.Equal("me", page.Document.QuerySelector("select#owner option[selected]")?.GetAttribute("value"));
        Assert.Equal("title", page.Document.QuerySelector("form.app-filter input[name=sort]")?.GetAttribute("value"));
        Assert.Contains(page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/dashboard/export?status=open&owner=me&sort=title&dir=desc");
        Assert.Equal("Alpha", Rows(page).Single().Title);
        Assert.Equal("Bo Dash", Rows(page).Single().Owner);
    }

    [Fact]
    public async Task Dashboard_ManyReviews_IsPagedAt25()
    {
        var (partnership, _, rapid, businessUnit) = await PartnershipAsync("Pageshire Safeguarding Partnership");
        for (var i = 1; i <= 26; i++)
        {
            await ReviewAsync(partnership, rapid, businessUnit, $"Child {i:D2}");
        }

        var browser = await Factory.SignInAsync(businessUnit);
        var first = await browser.GetAsync("/dashboard?sort=title");
        var second = await browser.GetAsync("/dashboard?sort=title&page=2");
        var beyond = await browser.GetAsync("/dashboard?sort=title&page=9");

        Assert.Equal(25, Titles(first).Count);
        Assert.Equal(["Child 26"], Titles(second));
        Assert.Equal(Titles(second), Titles(beyond));
        Assert.Equal("/dashboard?status=open&owner=anyone&sort=title&dir=asc&page=2", first.Document.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href"));
        Assert.Contains("Showing 1 to 25 of 26 reviews", first.Html, StringComparison.Ordinal);
    }
}
