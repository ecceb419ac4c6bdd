using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Lantern.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Pages.Setup;

public sealed class SetupTests : IAsyncLifetime
{
    private LanternFactory factory = null!;

    public async Task InitializeAsync()
    {
        factory = new LanternFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        _ = factory.Server;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private string SetupPath() =>
        new Uri(factory.Console.LinkContaining("/setup/") ?? throw new InvalidOperationException("No setup link was printed.")).AbsolutePath;

    private static KeyValuePair<string, string>[] ValidForm(string email = "ada.first@testshire.example") => Form.Of(
        ("Input.PartnershipName", "Testshire Safeguarding Children Partnership"),
        ("Input.AgencyName", "Testshire Council"),
        ("Input.AgencyType", nameof(AgencyType.ChildrensSocialCare)),
        ("Input.FullName", "Ada First"),
        ("Input.Email", email),
        ("Input.Password", People.Password),
        ("Input.ConfirmPassword", People.Password));

    [Fact]
    public void Start_NoAdministrator_PrintsAOneTimeSetupLink()
    {
        var link = factory.Console.LinkContaining("/setup/");

        Assert.NotNull(link);
        Assert.Matches("^https://localhost/setup/[A-Za-z0-9_-]{43}$", link);
        Assert.Contains(factory.Console.Lines, l => l.Contains("expires in 24 hours", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Setup_ValidForm_CreatesPartnershipAgencyAndAdministratorThenAsksForAnAuthenticator()
    {
        var browser = factory.Anonymous();

        var result = await browser.PostAsync(SetupPath(), ValidForm());

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal("/account/set-up-authenticator", result.Location);
        await using var db = factory.CreateDbContext();
        var partnership = await db.Partnerships.SingleAsync();
        Assert.Equal("Testshire Safeguarding Children Partnership", partnership.Name);
        Assert.Equal(7, await db.ReviewTypes.CountAsync(t => t.PartnershipId == partnership.Id));
        var agency = await db.Agencies.SingleAsync();
        Assert.Equal(AgencyType.ChildrensSocialCare, agency.Type);
        var administrator = await db.Users.SingleAsync();
        Assert.Equal(PartnershipRoles.Administrator, administrator.PartnershipRoles);
        Assert.NotNull(administrator.PasswordHash);
        Assert.False(administrator.TwoFactorEnabled);
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.SetupCompleted);
        Assert.Equal(administrator.Id, audit.UserId);
        Assert.Equal(partnership.Id, audit.PartnershipId);
    }

    [Fact]
    public async Task Setup_ThenAuthenticator_SignsTheAdministratorInWithTenRecoveryCodes()
    {
        var browser = factory.Anonymous();
        await browser.PostAsync(SetupPath(), ValidForm());

        var authenticator = await browser.GetAsync("/account/set-up-authenticator");
        Assert.Equal(HttpStatusCode.OK, authenticator.Status);
        Assert.StartsWith("data:image/png;base64,", authenticator.Document.QuerySelector("img.app-qr-code")?.GetAttribute("src"), StringComparison.Ordinal);
        var key = authenticator.Document.QuerySelector(".app-shared-key code")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

        var wrong = await browser.PostAsync("/account/set-up-authenticator", Form.Of(("Input.Code", "000000")));
        Assert.Contains(wrong.Errors, e => e.Contains("not right", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/reviews")).Status);

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var done = await browser.PostAsync("/account/set-up-authenticator", Form.Of(("Input.Code", Totp.Code(key, factory.Clock.GetUtcNow()))));

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal(10, done.Document.QuerySelectorAll(".app-recovery-codes li").Length);
        var reviews = await browser.GetAsync("/reviews");
        Assert.Equal(HttpStatusCode.OK, reviews.Status);
        Assert.Contains("There are no reviews to show", reviews.Html, StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        Assert.True((await db.Users.SingleAsync()).TwoFactorEnabled);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AuthenticatorSetUp));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.SignedIn));
    }

    [Fact]
    public async Task Setup_LinkUsedTwice_IsRefusedTheSecondTime()
    {
        var path = SetupPath();
        await factory.Anonymous().PostAsync(path, ValidForm());

        var again = await factory.Anonymous().GetAsync(path);

        Assert.Equal("This setup link cannot be used", again.Heading);
        Assert.Contains("already been used", again.Html, StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Setup_After24Hours_LinkHasExpired()
    {
        var path = SetupPath();
        factory.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var page = await factory.Anonymous().GetAsync(path);

        Assert.Equal("This setup link cannot be used", page.Heading);
        Assert.Contains("24 hours", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/setup/not-a-token")]
    [InlineData("/setup/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Setup_WrongToken_IsRefused(string path)
    {
        var page = await factory.Anonymous().GetAsync(path);

        Assert.Equal("This setup link cannot be used", page.Heading);
        Assert.Null(page.Document.QuerySelector("form input[name='Input.Password']"));
    }

    [Fact]
    public async Task Setup_EmptyForm_ShowsAnErrorForEveryFieldAndSavesNothing()
    {
        var page = await factory.Anonymous().PostAsync(SetupPath(), []);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Error: ", page.Document.Title, StringComparison.Ordinal);
        Assert.Equal(
            ["Enter the name of the partnership", "Enter the name of your agency", "Select the type of your agency", "Enter your full name",
             "Enter your email address", "Enter a password", "Enter your password again"],
            page.Errors);
        Assert.Equal("#Input_PartnershipName", page.Document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Equal(7, page.Document.QuerySelectorAll(".govuk-form-group--error .govuk-error-message").Length);
        Assert.Contains("Enter your email address", page.Document.QuerySelector("#Input_Email-error")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Partnerships.AnyAsync());
    }

    [Theory]
    [InlineData("short", "Password must be 12 characters or more")]
    [InlineData("qwertyuiop123", "harder to guess")]
    public async Task Setup_WeakPassword_IsRefusedAndSavesNothing(string password, string expected)
    {
        var form = ValidForm().Select(f => f.Key.EndsWith("Password", StringComparison.Ordinal) ? new KeyValuePair<string, string>(f.Key, password) : f).ToArray();

        var page = await factory.Anonymous().PostAsync(SetupPath(), form);

        Assert.Contains(page.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Partnerships.AnyAsync());
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task Setup_PasswordsDoNotMatch_IsRefused()
    {
        var form = ValidForm().Select(f => f.Key == "Input.ConfirmPassword" ? new KeyValuePair<string, string>(f.Key, "something else entirely") : f).ToArray();

        var page = await factory.Anonymous().PostAsync(SetupPath(), form);

        Assert.Contains("The passwords do not match", page.Errors);
    }

    [Fact]
    public async Task Start_AdministratorExists_PrintsNoSetupLink()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, _) = Seed.Partnership(db);
            Seed.User(db, partnership, agency, PartnershipRoles.Administrator);
            await db.SaveChangesAsync();
        }

        await using var started = new LanternFactory(database);
        _ = started.Server;

        Assert.Null(started.Console.LinkContaining("/setup/"));
    }

    [Fact]
    public async Task Start_Demo_LoadsTheTrainingPartnershipOnceAndPrintsALinkPerAccount()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = new Dictionary<string, string?> { ["Lantern:Demo"] = "true" };
        await using (var first = new LanternFactory(database, settings, ownsDatabase: false))
        {
            _ = first.Server;
            Assert.Equal(9, first.Console.Lines.Count(l => l.Contains("/account/invitation/", StringComparison.Ordinal)));
            Assert.Null(first.Console.LinkContaining("/setup/"));

            var link = first.Console.Lines.First(l => l.Contains("Priya Shah", StringComparison.Ordinal)).Split(' ').Last();
            var page = await first.Anonymous().GetAsync(new Uri(link).AbsolutePath);
            Assert.Equal("Create your password", page.Heading);
        }

        await using var second = new LanternFactory(database, settings);
        _ = second.Server;
        await using var db = second.CreateDbContext();
        var partnership = await db.Partnerships.SingleAsync(p => p.Name == DemoData.PartnershipName);
        Assert.Equal(7, await db.Agencies.CountAsync(a => a.PartnershipId == partnership.Id));
        Assert.Equal(9, await db.Users.CountAsync(u => u.PartnershipId == partnership.Id));
        var review = await db.Reviews.SingleAsync(r => r.PartnershipId == partnership.Id);
        Assert.Equal(DemoData.ReviewTitle, review.WorkingTitle);
        var markers = await db.MarkerAssessments.Where(m => m.ReviewId == review.Id).OrderBy(m => m.Marker).ToListAsync();
        Assert.Equal([(1, (Lantern.Core.Quality.MarkerAnswer?)Lantern.Core.Quality.MarkerAnswer.Met), (2, Lantern.Core.Quality.MarkerAnswer.PartlyMet)], markers.Select(m => (m.Marker, m.Answer)));
        Assert.NotNull(markers[1].ModeratedAnswer);
        Assert.Equal(5, await db.ReviewMembers.CountAsync(m => m.ReviewId == review.Id));
        Assert.Equal(9, second.Console.Lines.Count(l => l.Contains("/account/invitation/", StringComparison.Ordinal)));

        // The start of an analysis: two accounts of one period that differ, an episode, a finding and a meeting.
        Assert.Equal(2, await db.Perspectives.CountAsync(p => p.ReviewId == review.Id));
        Assert.Equal(1, await db.Discrepancies.CountAsync(d => d.ReviewId == review.Id));
        Assert.Equal(1, await db.Episodes.CountAsync(e => e.ReviewId == review.Id));
        Assert.Equal(1, await db.Findings.CountAsync(f => f.ReviewId == review.Id));
        Assert.Equal(1, await db.Meetings.CountAsync(m => m.ReviewId == review.Id));
        var sources = await db.AnalysisLinks.Where(l => l.ReviewId == review.Id && l.ToKind == Lantern.Core.Analysis.EvidenceKind.ChronologyEntry).Select(l => l.ToId).ToListAsync();
        Assert.All(sources, s => Assert.True(db.ChronologyEntries.Any(e => e.LineageId == s && e.IsCurrent)));

        // The rapid review was held and its report sent to the national panel, so its deadline reads as met.
        var rapidReview = await db.ScopingMeetings.SingleAsync(m => m.ReviewId == review.Id);
        Assert.NotNull(rapidReview.PanelReportSentOn);
        using var scope = second.Services.CreateScope();
        var (deadlines, _) = await scope.ServiceProvider.GetRequiredService<Lantern.Web.Pages.SettingUp.Deadlines.DeadlineService>().ForReviewAsync(review.Id);
        Assert.Equal(rapidReview.PanelReportSentOn, deadlines.Single(d => d.Deadline.Rule.Key == Lantern.Core.Deadlines.DeadlineRules.RapidReview).MetOn);
    }

}
