using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Deadlines;
using Lantern.Core.Organisation;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Pages.SettingUp;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Admin.Settings;

public sealed class PartnershipSettingsTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private const string Url = "/admin/settings";

    private LanternFactory Factory => world.Factory;

    private static Fields Settings(string jurisdiction, string days, string? version) => new()
    {
        { "Input.Jurisdiction", jurisdiction },
        { "Input.ReferralExpectedWithinWorkingDays", days },
        { "Input.Version", version ?? string.Empty },
    };

    private async Task<Partnership> PartnershipAsync(Guid id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    [Fact]
    public async Task Change_NationAndReferralExpectation_IsSavedAndAudited()
    {
        var desk = await world.NewDeskAsync("Changeshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        var form = await admin.GetAsync(Url);
        Assert.Equal("5", form.Value("Input.ReferralExpectedWithinWorkingDays"));
        Assert.Equal("Changeshire Partnership", form.Document.QuerySelector(".govuk-caption-l")?.TextContent.Trim());

        var saved = await admin.PostWithTokenAsync(Url, form.Token, Settings(nameof(Jurisdiction.Wales), "10", form.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(Url, saved.Location);
        var after = await admin.GetAsync(Url);
        Assert.Equal("Settings saved", after.Notice());
        Assert.Equal("10", after.Value("Input.ReferralExpectedWithinWorkingDays"));
        var partnership = await PartnershipAsync(desk.PartnershipId);
        Assert.Equal(Jurisdiction.Wales, partnership.Jurisdiction);
        Assert.Equal(10, partnership.ReferralExpectedWithinWorkingDays);
        Assert.Equal("Changeshire Partnership", partnership.Name);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PartnershipSettingsChanged && e.PartnershipId == desk.PartnershipId && e.EntityId == desk.PartnershipId && e.UserId == desk.Administrator.Id));
    }

    [Fact]
    public async Task Change_WeeksFromPresentationToPublication_SavedWithinOneToTwentySix_RefusedOutside()
    {
        var desk = await world.NewDeskAsync("Weekshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        var form = await admin.GetAsync(Url);
        Assert.Equal("6", form.Value("Input.WeeksFromPresentationToPublication"));

        var tooMany = Settings(nameof(Jurisdiction.England), "5", form.Value("Input.Version"));
        tooMany.Add("Input.WeeksFromPresentationToPublication", "27");
        var refused = await admin.PostWithTokenAsync(Url, form.Token, tooMany);
        Assert.Equal(["Enter a number of weeks between 1 and 26"], refused.Errors);
        Assert.Equal(6, (await PartnershipAsync(desk.PartnershipId)).WeeksFromPresentationToPublication);

        var eight = Settings(nameof(Jurisdiction.England), "5", form.Value("Input.Version"));
        eight.Add("Input.WeeksFromPresentationToPublication", "8");
        Assert.Equal(Url, (await admin.PostWithTokenAsync(Url, form.Token, eight)).Location);
        Assert.Equal(8, (await PartnershipAsync(desk.PartnershipId)).WeeksFromPresentationToPublication);
        Assert.Equal("8", (await admin.GetAsync(Url)).Value("Input.WeeksFromPresentationToPublication"));
    }

    [Fact]
    public async Task Change_FollowUpMonths_ReadAsTyped_RefusedWhenOutOfOrderOrNotNumbers_EmptyMeansThreeSixTwelve()
    {
        var desk = await world.NewDeskAsync("Followshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        var form = await admin.GetAsync(Url);
        Assert.Equal("3, 6, 12", form.Value("Input.FollowUpMonths"));

        foreach (var (typed, message) in new[]
        {
            ("12, 6", "Enter the months in order, the soonest first, like 3, 6, 12"),
            ("3 months, 6 months", "Enter whole numbers of months separated by commas, like 3, 6, 12"),
            ("0, 3", "Each follow-up check must be from 1 to 60 months after the action is completed"),
            ("3, 3, 6", "Enter each number of months only once"),
        })
        {
            var bad = Settings(nameof(Jurisdiction.England), "5", form.Value("Input.Version"));
            bad.Add("Input.FollowUpMonths", typed);
            var refused = await admin.PostWithTokenAsync(Url, form.Token, bad);
            Assert.Equal([message], refused.Errors);
            Assert.Equal(typed, refused.Value("Input.FollowUpMonths"));
            Assert.Empty((await PartnershipAsync(desk.PartnershipId)).FollowUpMonths);
        }

        var chosen = Settings(nameof(Jurisdiction.England), "5", form.Value("Input.Version"));
        chosen.Add("Input.FollowUpMonths", " 1;4  9 ");
        Assert.Equal(Url, (await admin.PostWithTokenAsync(Url, form.Token, chosen)).Location);
        Assert.Equal([1, 4, 9], (await PartnershipAsync(desk.PartnershipId)).FollowUpMonths);
        var after = await admin.GetAsync(Url);
        Assert.Equal("1, 4, 9", after.Value("Input.FollowUpMonths"));

        var cleared = Settings(nameof(Jurisdiction.England), "5", after.Value("Input.Version"));
        cleared.Add("Input.FollowUpMonths", "  ");
        Assert.Equal(Url, (await admin.PostWithTokenAsync(Url, after.Token, cleared)).Location);
        Assert.Equal([3, 6, 12], (await PartnershipAsync(desk.PartnershipId)).FollowUpMonthsInUse);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("61")]
    [InlineData("-3")]
    public async Task Change_ReferralExpectationOutsideOneToSixty_IsRefusedAndNothingChanges(string days)
    {
        var desk = await world.NewDeskAsync("Rangeshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        var form = await admin.GetAsync(Url);

        var page = await admin.PostWithTokenAsync(Url, form.Token, Settings(nameof(Jurisdiction.Scotland), days, form.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Enter a number of working days between 1 and 60"], page.Errors);
        var partnership = await PartnershipAsync(desk.PartnershipId);
        Assert.Equal(Jurisdiction.England, partnership.Jurisdiction);
        Assert.Equal(5, partnership.ReferralExpectedWithinWorkingDays);
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.PartnershipSettingsChanged && e.PartnershipId == desk.PartnershipId)));
    }

    [Fact]
    public async Task Change_MissingOrNonsenseAnswers_AreRefused()
    {
        var desk = await world.NewDeskAsync("Nonsenseshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        var form = await admin.GetAsync(Url);
        var version = form.Value("Input.Version");

        var empty = await admin.PostWithTokenAsync(Url, form.Token, new Fields { { "Input.Version", version! } });
        var words = await admin.PostWithTokenAsync(Url, form.Token, Settings(nameof(Jurisdiction.England), "ten", version));
        var nation = await admin.PostWithTokenAsync(Url, form.Token, Settings("Atlantis", "10", version));

        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("Select the nation your partnership works in", empty.Errors);
        Assert.Contains("Enter the number of working days within which you expect a referral", empty.Errors);
        Assert.NotEmpty(words.Errors);
        Assert.NotEmpty(nation.Errors);
        Assert.Equal(5, (await PartnershipAsync(desk.PartnershipId)).ReferralExpectedWithinWorkingDays);
    }

    [Fact]
    public async Task Change_StaleVersion_IsAConflictAndKeepsTheOtherChange()
    {
        var desk = await world.NewDeskAsync("Staleshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        var stale = await admin.GetAsync(Url);
        var fresh = await admin.GetAsync(Url);

        await admin.PostWithTokenAsync(Url, fresh.Token, Settings(nameof(Jurisdiction.England), "8", fresh.Value("Input.Version")));
        var conflict = await admin.PostWithTokenAsync(Url, stale.Token, Settings(nameof(Jurisdiction.NorthernIreland), "12", stale.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal(["Someone else changed these settings while you were editing them. Your changes were not saved: open the page again to see theirs"], conflict.Errors);
        var partnership = await PartnershipAsync(desk.PartnershipId);
        Assert.Equal(Jurisdiction.England, partnership.Jurisdiction);
        Assert.Equal(8, partnership.ReferralExpectedWithinWorkingDays);
    }

    [Fact]
    public async Task Change_ReferralExpectation_DecidesWhenAReferralMustExplainItsDelay()
    {
        var desk = await world.NewDeskAsync("Patientshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        var form = await admin.GetAsync(Url);
        var referral = new Fields
        {
            { "Input.WorkingTitle", "Child Juniper" },
            { "Input.SubjectName", "Robin Example" },
            { "Input.SubjectLegalStatus", nameof(Core.SettingUp.LegalStatus.NotKnown) },
            { "Input.IncidentDate", new DateOnly(2026, 12, 14) },
            { "Input.Harm", nameof(Core.SettingUp.HarmKind.SeriousHarm) },
            { "Input.Circumstances", "Admitted to hospital with an injury nobody could explain." },
            { "Input.AwareDate", SettingUpWorld.Today },
            { "Input.ReferredOn", SettingUpWorld.Today },
            { "Input.ReferringAgencyId", desk.AgencyId },
            { "Input.ReferrerName", "Sam Referrer" },
            { "Input.CriteriaRoute", nameof(Core.SettingUp.CriteriaRoute.OtherLearning) },
            { "Input.OtherLearningReason", "How agencies share concerns before a holiday." },
            { "Input.Rationale", "Neglect is suspected." },
        };
        var businessUnit = await Factory.SignInAsync(desk.BusinessUnit);

        // Monday 14 December plus 5 working days is Monday 21 December, so the 24th is late; plus 10 it is not.
        var late = await businessUnit.PostAsync("/referrals/new/child", referral);
        await admin.PostWithTokenAsync(Url, form.Token, Settings(nameof(Jurisdiction.England), "10", form.Value("Input.Version")));
        var onTime = await businessUnit.PostAsync("/referrals/new/child", referral);

        Assert.Equal(["This referral is later than the partnership expects (by 21 December 2026). Explain the delay"], late.Errors);
        Assert.Equal(HttpStatusCode.Redirect, onTime.Status);
    }

    [Fact]
    public async Task NonAdministrators_AreRefused()
    {
        var desk = await world.NewDeskAsync("Guardedshire Partnership");
        var version = (await PartnershipAsync(desk.PartnershipId)).Version.ToString();

        foreach (var person in new[] { desk.BusinessUnit, desk.Chair, desk.Partner })
        {
            var browser = await Factory.SignInAsync(person);
            var page = await browser.GetAsync(Url);
            var post = await browser.PostAsync("/reviews", Settings(nameof(Jurisdiction.Scotland), "20", version), Url);

            Assert.Equal(HttpStatusCode.Forbidden, page.Status);
            Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        }

        var partnership = await PartnershipAsync(desk.PartnershipId);
        Assert.Equal(Jurisdiction.England, partnership.Jurisdiction);
        Assert.Equal(5, partnership.ReferralExpectedWithinWorkingDays);
    }
}
