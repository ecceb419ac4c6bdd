using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using Lantern.Core;
using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Data;
using Lantern.Testing.Web;
using Lantern.Web.Pages.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Lantern.Web.Tests.Pages.Dashboard;

public sealed class DashboardTests(World world, ITestOutputHelper output) : IClassFixture<World>
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

    [Fact]
    public async Task YourTasks_AreTheOpenTasksGivenToYouAndTheBusinessUnits()
    {
        var (partnership, agency, rapid, businessUnit) = await PartnershipAsync("Taskshire Safeguarding Partnership");
        var lead = await Factory.PersonAsync(partnership, agency, PartnershipRoles.None, "Lee Lead");
        var review = await ReviewAsync(partnership, rapid, businessUnit, "Child K");
        var hidden = await ReviewAsync(partnership, rapid, businessUnit, "Child L");
        await Factory.GiveRoleAsync(review, lead, ReviewRole.LeadReviewer, businessUnit.Id);
        var today = UkToday();
        await using (var db = Factory.CreateDbContext())
        {
            db.ReviewTasks.AddRange(
                new ReviewTask { Id = Guid.NewGuid(), ReviewId = review, Kind = TaskKind.Other, Title = "Read the agency summaries", AssignedUserId = lead.Id, DueOn = today.AddDays(-2), CreatedAt = DateTime.UtcNow },
                new ReviewTask { Id = Guid.NewGuid(), ReviewId = review, Kind = TaskKind.InformFamily, Title = "Tell the family about the review", DueOn = today.AddDays(3), CreatedAt = DateTime.UtcNow },
                new ReviewTask { Id = Guid.NewGuid(), ReviewId = review, Kind = TaskKind.Other, Title = "Already done", AssignedUserId = lead.Id, CreatedAt = DateTime.UtcNow, CompletedAt = DateTime.UtcNow },
                new ReviewTask { Id = Guid.NewGuid(), ReviewId = hidden, Kind = TaskKind.Other, Title = "On a review the lead cannot see", AssignedUserId = lead.Id, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        List<string[]> Tasks(PageResult page) => page.Document.QuerySelectorAll("#tasks + table tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(Text).ToArray()).ToList();
        var leads = await (await Factory.SignInAsync(lead)).GetAsync("/dashboard");
        var businessUnits = await (await Factory.SignInAsync(businessUnit)).GetAsync("/dashboard");

        var only = Assert.Single(Tasks(leads));
        Assert.Equal("Read the agency summaries", only[0]);
        Assert.Equal("Child K", only[1]);
        Assert.Equal($"{today.AddDays(-2).ToString("d MMMM yyyy", UkTime.Culture)} Overdue", only[2]);
        Assert.Equal($"/reviews/{review}/setting-up", leads.Document.QuerySelector("#tasks + table tbody a")?.GetAttribute("href"));
        var theirs = Assert.Single(Tasks(businessUnits));
        Assert.StartsWith("Tell the family about the review", theirs[0], StringComparison.Ordinal);
        Assert.Contains("For anyone in the business unit", theirs[0], StringComparison.Ordinal);
        Assert.Equal(today.AddDays(3).ToString("d MMMM yyyy", UkTime.Culture), theirs[2]);
    }

    [Fact]
    public async Task Export_IsACsvOfTheFilteredReviewsWithFormulasEscaped()
    {
        var (partnership, agency, rapid, businessUnit) = await PartnershipAsync("Csvshire Safeguarding Partnership");
        var sly = await Factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "=HYPERLINK(\"x\")");
        var dashed = await ReviewAsync(partnership, rapid, businessUnit, "-Child X", owner: sly.Id);
        await ReviewAsync(partnership, rapid, businessUnit, "Child Y", status: ReviewStatus.Closed);
        await Factory.ReferralAsync(dashed, agency, businessUnit.Id, new DateOnly(2025, 12, 23), rapid);
        var browser = await Factory.SignInAsync(businessUnit);

        var (response, csv) = await AtAsync(BetweenTheHolidays, async () =>
        {
            var got = await browser.Client.GetAsync("/dashboard/export?sort=title");
            return (got, await got.Content.ReadAsStringAsync());
        });
        var all = await browser.Client.GetStringAsync("/dashboard/export?status=all&owner=none");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("lantern-dashboard-2025-12-29.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Review,Type,Stage,Owner,Next deadline,Due date,Working days left", lines[0]);
        Assert.Equal("\"'-Child X\",Rapid review,In progress,\"'=HYPERLINK(\"\"x\"\")\",Notify the national panel,2026-01-02,3", Assert.Single(lines.Skip(1)));
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        var allLines = all.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Child Y,Rapid review,Closed,Not assigned,,,", Assert.Single(allLines.Skip(1)));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.DashboardExported && e.UserId == businessUnit.Id && e.PartnershipId == partnership));
    }

    [Fact]
    public async Task Reviews_AreReadInAFixedNumberOfQueriesHoweverManyThereAre()
    {
        var (partnership, agency, rapid, businessUnit) = await PartnershipAsync("Countshire Safeguarding Partnership");
        var actor = new Actor(businessUnit.Id, partnership, agency, PartnershipRoles.BusinessUnit, IsActive: true);
        var made = 0;

        async Task AddReviewsAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var id = await ReviewAsync(partnership, rapid, businessUnit, $"Child {++made:D3}", owner: businessUnit.Id);
                await Factory.ReferralAsync(id, agency, businessUnit.Id, UkToday().AddDays(-i), rapid);
                await Factory.NotificationAsync(id, UkToday(), businessUnit.Id);
                await using var db = Factory.CreateDbContext();
                for (var version = 1; version <= 2; version++)
                {
                    db.Decisions.Add(new Decision
                    {
                        Id = Guid.NewGuid(),
                        ReviewId = id,
                        VersionNumber = version,
                        ToReview = true,
                        ReviewTypeId = rapid,
                        Scale = ReviewScale.Focused,
                        Method = ReviewMethod.LearningTogether,
                        MethodJustification = "Suits the questions.",
                        CriteriaAssessment = "Criteria met.",
                        Rationale = "Learning for the partnership.",
                        DecidedOn = UkToday().AddDays(-version),
                        RecordedByUserId = businessUnit.Id,
                        RecordedAt = DateTime.UtcNow,
                    });
                }

                db.ReviewTasks.Add(new ReviewTask { Id = Guid.NewGuid(), ReviewId = id, Kind = TaskKind.Other, Title = "Check the plan", CreatedAt = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }
        }

        async Task<(int Reviews, int Tasks, int Rows)> CountAsync()
        {
            using var scope = Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            var dashboard = scope.ServiceProvider.GetRequiredService<DashboardService>();
            using var counter = new CommandCounter(db);
            var rows = await dashboard.ReviewsAsync(actor, DashboardQuery.Default);
            var reviews = counter.Count;
            await dashboard.TasksAsync(actor);
            Assert.All(rows, r => Assert.NotNull(r.Next));
            return (reviews, counter.Count - reviews, rows.Count);
        }

        await AddReviewsAsync(3);
        var few = await CountAsync();
        await AddReviewsAsync(30);
        var many = await CountAsync();

        output.WriteLine($"{few.Rows} reviews: {few.Reviews} queries for the reviews and deadlines, {few.Tasks} for the tasks");
        output.WriteLine($"{many.Rows} reviews: {many.Reviews} queries for the reviews and deadlines, {many.Tasks} for the tasks");
        Assert.Equal((3, 33), (few.Rows, many.Rows));
        Assert.Equal((few.Reviews, few.Tasks), (many.Reviews, many.Tasks));
        Assert.InRange(many.Reviews, 1, 10);
        Assert.Equal(1, many.Tasks);
    }

    /// <summary>Counts the SQL commands one context runs, from EF Core's diagnostic events.</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly object context;
        private readonly List<IDisposable> subscriptions = [];
        private int count;

        public CommandCounter(object context)
        {
            this.context = context;
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (subscriptions)
                {
                    subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data && ReferenceEquals(data.Context, context))
            {
                Interlocked.Increment(ref count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (subscriptions)
            {
                subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
