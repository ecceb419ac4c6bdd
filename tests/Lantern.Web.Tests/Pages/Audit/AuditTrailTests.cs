using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Lantern.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Pages.Audit;

public sealed class AuditTrailTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    [Fact]
    public async Task Filter_ByReview_ShowsOnlyThatReviewsEventsAndIsItselfAudited()
    {
        await (await Factory.SignInAsync(world.Chair)).GetAsync($"/reviews/{world.ReviewId}");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await businessUnit.GetAsync($"/audit?review={world.ReviewId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains("Child Q", row.TextContent, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.TextContent.Contains(AuditActions.ReviewViewed, StringComparison.Ordinal) && row.TextContent.Contains("Cal Chair", StringComparison.Ordinal));
        Assert.Contains($"/audit/export/{world.ReviewId}", page.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AuditTrailViewed && e.UserId == world.BusinessUnit.Id && e.ReviewId == world.ReviewId));
    }

    [Fact]
    public async Task Filter_ByPersonAndPeriod_NarrowsTheTrail()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var today = Factory.Clock.GetUtcNow();

        var mine = await admin.GetAsync($"/audit?user={world.Administrator.Id}&From.Day={today.Day}&From.Month={today.Month}&From.Year={today.Year}");
        var future = await admin.GetAsync($"/audit?From.Day=1&From.Month=1&From.Year={today.Year + 1}");

        Assert.NotEmpty(mine.Document.QuerySelectorAll("tbody tr"));
        Assert.All(mine.Document.QuerySelectorAll("tbody tr"), row => Assert.Contains("Ada Admin", row.TextContent, StringComparison.Ordinal));
        Assert.Contains("No events match these filters", future.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_BadDatesOrUnknownIds_ShowErrorsInsteadOfFailing()
    {
        var admin = await Factory.SignInAsync(world.Administrator);

        var badDate = await admin.GetAsync("/audit?From.Day=31&From.Month=2&From.Year=2026");
        var backwards = await admin.GetAsync("/audit?From.Day=2&From.Month=3&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026");
        var otherReview = await admin.GetAsync($"/audit?review={world.OtherReviewId}");
        var notAGuid = await admin.GetAsync("/audit?review=not-a-guid&user=%00");
        var endOfTime = await admin.GetAsync("/audit?To.Day=31&To.Month=12&To.Year=9999");

        Assert.Equal(HttpStatusCode.OK, badDate.Status);
        Assert.NotEmpty(badDate.Errors);
        Assert.Contains("The end date must be the same as or after the start date", backwards.Errors);
        Assert.Contains("Select a review from the list", otherReview.Errors);
        Assert.DoesNotContain("Child Z", otherReview.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, notAGuid.Status);
        Assert.Equal(HttpStatusCode.OK, endOfTime.Status);
        Assert.Contains("The end date must be between the years 2000 and 2999", endOfTime.Errors);
    }

    [Fact]
    public async Task Trail_AfterAProbeFromAnotherPartnership_ShowsEachSideOnlyItsOwnNames()
    {
        var other = await Factory.SignInAsync(world.OtherBusinessUnit);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/reviews/{world.ReviewId}")).Status);

        var theirs = (await other.GetAsync("/audit")).Document.QuerySelector("main")!.TextContent;
        var ours = await (await Factory.SignInAsync(world.BusinessUnit)).GetAsync($"/audit?review={world.ReviewId}");

        Assert.DoesNotContain("Ada Admin", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Child Q", theirs, StringComparison.Ordinal);
        Assert.Contains("Access refused", theirs, StringComparison.Ordinal);
        var probe = ours.Document.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Access refused", StringComparison.Ordinal));
        Assert.Contains(Lantern.Web.Pages.Audit.AuditTrailService.OutsiderName, probe.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Otto Other", ours.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Review_IsACsvOfItsWholeTrailWithFormulasEscaped()
    {
        var sly = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.None, "=HYPERLINK(\"x\")");
        await Factory.GiveRoleAsync(world.ReviewId, sly, Core.Reviews.ReviewRole.Observer, world.BusinessUnit.Id);
        await (await Factory.SignInAsync(sly)).GetAsync($"/reviews/{world.ReviewId}");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var response = await businessUnit.Client.GetAsync($"/audit/export/{world.ReviewId}");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType, StringComparison.Ordinal);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sequence,Time (UTC),Event,What happened,Person", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(AuditActions.ReviewViewed, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",=HYPERLINK", StringComparison.Ordinal) || l.Contains(",\"=HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("'=HYPERLINK", StringComparison.Ordinal));
        var sequences = lines.Skip(1).Select(l => long.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(sequences.Order(), sequences);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AuditTrailExported && e.ReviewId == world.ReviewId));
    }

    [Fact]
    public async Task Export_AnotherPartnershipsReview_IsNotFound()
    {
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var response = await businessUnit.Client.GetAsync($"/audit/export/{world.OtherReviewId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AuditEvents_NeverHoldNamesOrEmailAddresses()
    {
        await (await Factory.SignInAsync(world.BusinessUnit)).GetAsync($"/reviews/{world.ReviewId}/members");
        await using var db = Factory.CreateDbContext();
        var people = await db.Users.Select(u => new { u.DisplayName, u.Email }).ToListAsync();
        var events = await db.AuditEvents.ToListAsync();

        // Every text the event holds, so a field added later is checked too.
        var textProperties = typeof(Lantern.Core.Audit.AuditEvent).GetProperties().Where(p => p.PropertyType == typeof(string)).ToList();
        Assert.True(textProperties.Count >= 5);
        var texts = events.SelectMany(e => textProperties.Select(p => (string?)p.GetValue(e))).Where(t => t is not null).ToList();

        Assert.NotEmpty(events);
        Assert.DoesNotContain(texts, t => people.Any(p => t!.Contains(p.Email!, StringComparison.OrdinalIgnoreCase) || t!.Contains(p.DisplayName, StringComparison.Ordinal)));
    }
}

/// <summary>The check of the hash chain, from the page and the command line, on a trail someone altered.</summary>
public sealed class AuditVerificationTests : IAsyncLifetime
{
    private readonly World world = new();

    public Task InitializeAsync() => world.InitializeAsync();

    public Task DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task Verify_UntouchedThenAltered_ReportsIntactThenTheFirstBrokenEvent()
    {
        var admin = await world.Factory.SignInAsync(world.Administrator);
        var intact = await admin.PostAsync("/audit/verify", []);
        Assert.Equal("The audit trail is intact", intact.Document.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        var output = new StringWriter();
        Assert.Equal(0, await CommandLine.VerifyAuditAsync(world.Factory.Services, output));
        Assert.Contains("intact", output.ToString(), StringComparison.Ordinal);

        await using (var db = world.Factory.CreateDbContext())
        {
            await world.Factory.Database.DisableAuditTriggersAsync(db);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEvents" SET "Action" = 'review.viewed' WHERE "Sequence" = 2""");
        }

        var broken = await admin.PostAsync("/audit/verify", []);
        Assert.Equal("The audit trail has been altered", broken.Document.QuerySelector(".govuk-error-summary__title")?.TextContent.Trim());
        Assert.Contains("Event 2 has been changed since it was recorded.", broken.Html, StringComparison.Ordinal);
        output = new StringWriter();
        Assert.Equal(1, await CommandLine.VerifyAuditAsync(world.Factory.Services, output));
        Assert.Contains("First broken event: number 2", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TriggersDroppedAndBothAuditTablesEmptied_PageAndCommandLineSayTheEventsAreMissing()
    {
        var admin = await world.Factory.SignInAsync(world.Administrator);
        long recorded;
        await using (var db = world.Factory.CreateDbContext())
        {
            recorded = await db.AuditEvents.MaxAsync(e => e.Sequence);
            await world.Factory.Database.DisableAuditTriggersAsync(db);
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" """);
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditChainHeads" """);
        }

        var page = await admin.PostAsync("/audit/verify", []);
        var output = new StringWriter();
        var code = await CommandLine.VerifyAuditAsync(world.Factory.Services, output);

        Assert.Equal("The audit trail has been altered", page.Document.QuerySelector(".govuk-error-summary__title")?.TextContent.Trim());
        Assert.Contains($"shows it had reached event {recorded}: every event is missing.", page.Html, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".govuk-panel"));
        Assert.Equal(1, code);

        // The check itself was recorded after the emptying, and the anchor did not follow it.
        Assert.Contains($"shows it had reached event {recorded}: events after #1 are missing.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NoDatabaseYet_SaysSoWithExitCodeTwo()
    {
        var empty = SqliteTestDatabase.CreateEmpty();
        await using var db = empty.CreateContext();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection()
            .AddLanternData(empty.Options(Path.GetTempPath()), TestDatabase.TestKey)
            .BuildServiceProvider();
        var output = new StringWriter();

        var code = await CommandLine.VerifyAuditAsync(services, output);

        Assert.Equal(2, code);
        Assert.Contains("Start Lantern once to create it", output.ToString(), StringComparison.Ordinal);
        await empty.DisposeAsync();
    }
}
