using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Deadlines;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class MakeReferralTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private const string Url = "/referrals/new/child";

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static readonly DateOnly Wednesday23December = new(2026, 12, 23);

    private Fields Referral(string title, DateOnly incident, DateOnly aware, DateOnly referred) => new()
    {
        { "Input.WorkingTitle", title },
        { "Input.SubjectName", "Robin Example" },
        { "Input.SubjectDateOfBirth", new DateOnly(2023, 4, 2) },
        { "Input.SubjectLegalStatus", nameof(LegalStatus.ChildInNeed) },
        { "Input.IncidentDate", incident },
        { "Input.Harm", nameof(HarmKind.SeriousHarm) },
        { "Input.Circumstances", "Admitted to hospital with an injury nobody could explain." },
        { "Input.AwareDate", aware },
        { "Input.ReferredOn", referred },
        { "Input.ReferringAgencyId", Desk.AgencyId },
        { "Input.ReferrerName", "Sam Referrer" },
        { "Input.CriteriaRoute", nameof(CriteriaRoute.StatutoryCriteriaMet) },
        { "Input.Criteria[0].Key", "abuse-or-neglect" },
        { "Input.Criteria[0].Answer", nameof(CriterionAnswer.Yes) },
        { "Input.Criteria[1].Key", "child-died-or-seriously-harmed" },
        { "Input.Criteria[1].Answer", nameof(CriterionAnswer.Yes) },
        { "Input.Criteria[2].Key", "area-responsibility" },
        { "Input.Criteria[2].Answer", nameof(CriterionAnswer.NotKnown) },
        { "Input.Rationale", "Neglect is suspected and several agencies knew the family." },
    };

    private async Task<Review?> ReviewTitledAsync(string title)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.PartnershipId == Desk.PartnershipId && r.WorkingTitle == title);
    }

    private async Task<(int Reviews, int Referrals, int Tasks, int Audits)> CountsAsync()
    {
        await using var db = Factory.CreateDbContext();
        return (await db.Reviews.CountAsync(), await db.Referrals.CountAsync(), await db.ReviewTasks.CountAsync(),
            await db.AuditEvents.CountAsync(e => e.Action == AuditActions.ReferralMade));
    }

    [Fact]
    public async Task Refer_WithTwoOtherAreasInEngland_CreatesTheReviewTheTasksAndTheAudit()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var fields = Referral("Child Alder", Wednesday23December.AddDays(-1), Wednesday23December, Wednesday23December);
        fields.Add("Input.OtherAreas", "Northshire\r\nSouthshire\r\n  northshire \r\n");
        fields.Add("Input.OtherAgencyIds", Desk.PoliceId);

        var made = await browser.PostAsync(Url, fields);

        var review = await ReviewTitledAsync("Child Alder");
        Assert.NotNull(review);
        Assert.Equal(HttpStatusCode.Redirect, made.Status);
        Assert.Equal($"/reviews/{review.Id}/setting-up", made.Location);
        Assert.Equal("Referral made. The business unit has been given the review to look at.", (await browser.GetAsync(made.Location!)).Notice());
        Assert.Equal(ReviewStatus.Referral, review.Status);
        Assert.Equal(Desk.RapidReviewTypeId, review.ReviewTypeId);

        await using var db = Factory.CreateDbContext();
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.ReviewId == review.Id);
        Assert.Equal(Jurisdiction.England, referral.Jurisdiction);
        Assert.Equal(["Northshire", "Southshire"], referral.OtherAreas);
        Assert.Equal([Desk.PoliceId], referral.OtherAgencyIds);
        Assert.Equal(Desk.BusinessUnit.Id, referral.ReferredByUserId);

        var tasks = await db.ReviewTasks.AsNoTracking().Where(t => t.ReviewId == review.Id).ToListAsync();
        var contacts = tasks.Where(t => t.Kind == TaskKind.ContactOtherArea).OrderBy(t => t.Title, StringComparer.Ordinal).ToList();
        Assert.Equal(["Contact the safeguarding partnership for Northshire", "Contact the safeguarding partnership for Southshire"], contacts.Select(t => t.Title));

        // Five working days from Thursday 24 December: not 25 or 28 December, nor 1 January.
        Assert.All(contacts, t => Assert.Equal(new DateOnly(2027, 1, 5), t.DueOn));

        // Five working days from awareness on Wednesday 23 December: 24, 29, 30, 31 December and 4 January.
        var notify = Assert.Single(tasks, t => t.Kind == TaskKind.NotifyPanel);
        Assert.Equal(new DateOnly(2027, 1, 4), notify.DueOn);
        Assert.Equal(3, tasks.Count);

        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.ReferralMade && e.ReviewId == review.Id && e.EntityId == referral.Id && e.UserId == Desk.BusinessUnit.Id));
        var history = Assert.Single(await db.ReviewHistory.AsNoTracking().Where(h => h.ReviewId == review.Id).ToListAsync());
        Assert.Equal(HistoryKind.Referred, history.Kind);
        Assert.False(await db.ReviewMembers.AnyAsync(m => m.ReviewId == review.Id), "The business unit sees every review already");
    }

    [Fact]
    public async Task Refer_AwareJustBeforeChristmas_TheSettingUpPageShowsTheNotificationDueAfterTheHolidays()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var made = await browser.PostAsync(Url, Referral("Child Birch", Wednesday23December.AddDays(-1), Wednesday23December, Wednesday23December));
        var page = await browser.GetAsync(made.Location!);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = page.DeadlineRow("Notify the national panel");
        Assert.Contains("4 January 2027", row, StringComparison.Ordinal);
        Assert.Contains("5 working days after the partnership became aware (23 December 2026), not counting weekends or England and Wales bank holidays", row, StringComparison.Ordinal);
        Assert.Contains("Source: Children Act 2004, section 16C", row, StringComparison.Ordinal);
        Assert.Contains("4 working days left", row, StringComparison.Ordinal);
        Assert.Contains("Notify the national panel of the serious incident", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Due 4 January 2027", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refer_ByAPartnerWithNoWiderRole_MakesThemTheReviewsAgencyContact()
    {
        var browser = await Factory.SignInAsync(Desk.Partner);

        var made = await browser.PostAsync(Url, Referral("Child Cedar", Wednesday23December, Wednesday23December, SettingUpWorld.Today));

        Assert.Equal(HttpStatusCode.Redirect, made.Status);
        var review = await ReviewTitledAsync("Child Cedar");
        Assert.NotNull(review);
        await using var db = Factory.CreateDbContext();
        var member = await db.ReviewMembers.AsNoTracking().SingleAsync(m => m.ReviewId == review.Id);
        Assert.Equal(Desk.Partner.Id, member.UserId);
        Assert.Equal(ReviewRole.AgencyContact, member.Role);
    }

    [Fact]
    public async Task Refer_IncidentInTheFuture_IsRefusedAndNothingIsSaved()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var before = await CountsAsync();

        var page = await browser.PostAsync(Url, Referral("Child Damson", SettingUpWorld.Today.AddDays(1), SettingUpWorld.Today, SettingUpWorld.Today));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The date of the incident must be today or in the past", page.Errors);
        Assert.Equal(before, await CountsAsync());
        Assert.Null(await ReviewTitledAsync("Child Damson"));
    }

    [Fact]
    public async Task Refer_AwareBeforeTheIncident_IsRefusedAndNothingIsSaved()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var before = await CountsAsync();

        var page = await browser.PostAsync(Url, Referral("Child Elder", new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 18), SettingUpWorld.Today));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The date the partnership became aware must be the same as or after the date of the incident"], page.Errors);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Refer_DatedBeforeThePartnershipBecameAware_IsRefusedAndNothingIsSaved()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var before = await CountsAsync();

        var page = await browser.PostAsync(Url, Referral("Child Rowan", new DateOnly(2026, 12, 21), Wednesday23December, new DateOnly(2026, 12, 22)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The date of the referral must be the same as or after the date the partnership became aware"], page.Errors);
        Assert.NotNull(page.Document.QuerySelector("#Input_ReferredOn-error, [id^='Input_ReferredOn'][id$='-error']"));
        Assert.Equal(before, await CountsAsync());
        Assert.Null(await ReviewTitledAsync("Child Rowan"));
    }

    [Fact]
    public async Task Refer_WithTheTitleOfAReviewTheReferrerCannotSee_WarnsWithoutNamingMoreAndCreatesOnlyWhenConfirmed()
    {
        var existing = await Factory.ReviewAsync(Desk.PartnershipId, Desk.RapidReviewTypeId, Desk.BusinessUnit.Id, "Child Quince");
        var browser = await Factory.SignInAsync(Desk.Partner);
        var before = await CountsAsync();
        var fields = Referral("child  quince", Wednesday23December, Wednesday23December, SettingUpWorld.Today);

        var warned = await browser.PostAsync(Url, fields);

        Assert.Equal(HttpStatusCode.OK, warned.Status);
        Assert.Equal(["There is already a review called child quince. Change the working title, or tick the box to create it anyway"], warned.Errors);
        var warning = warned.Document.QuerySelector("#same-title")!;
        var said = string.Join(' ', warning.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Child Quince (in progress, created", said, StringComparison.Ordinal);
        Assert.Contains("You do not have a role on this review", said, StringComparison.Ordinal);
        Assert.Empty(warning.QuerySelectorAll("li a"));
        Assert.DoesNotContain(existing.ToString(), warned.Html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        var confirmed = await browser.PostWithTokenAsync(Url, warned.Token, fields.With("Input.CreateAnyway", "true"));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal(before.Reviews + 1, (await CountsAsync()).Reviews);
        Assert.NotNull(await ReviewTitledAsync("child quince"));
    }

    [Fact]
    public async Task Refer_Late_IsRefusedWithoutAReasonForTheDelayAndAcceptedWithOne()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var before = await CountsAsync();

        // Wednesday 16 December plus the partnership's 5 working days is Wednesday 23 December: the 24th is late.
        var late = Referral("Child Fir", new DateOnly(2026, 12, 16), SettingUpWorld.Today, SettingUpWorld.Today);
        var refused = await browser.PostAsync(Url, late);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(["This referral is later than the partnership expects (by 23 December 2026). Explain the delay"], refused.Errors);
        Assert.Equal(before, await CountsAsync());

        late.Add("Input.DelayExplanation", "The hospital only shared its concerns on 23 December.");
        var accepted = await browser.PostAsync(Url, late);

        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        var review = await ReviewTitledAsync("Child Fir");
        Assert.NotNull(review);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("The hospital only shared its concerns on 23 December.", (await db.Referrals.SingleAsync(r => r.ReviewId == review.Id)).DelayExplanation);
    }

    [Fact]
    public async Task Refer_OnTheLastExpectedDay_NeedsNoReasonForDelay()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var made = await browser.PostAsync(Url, Referral("Child Gorse", new DateOnly(2026, 12, 17), SettingUpWorld.Today, SettingUpWorld.Today));

        Assert.Equal(HttpStatusCode.Redirect, made.Status);
        Assert.NotNull(await ReviewTitledAsync("Child Gorse"));
    }

    [Fact]
    public async Task Refer_EmptyForm_ShowsWhatIsMissingAndSavesNothing()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var before = await CountsAsync();

        var page = await browser.PostAsync(Url, []);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Enter a working title, such as Child Q", page.Errors);
        Assert.Contains("Enter the full name of the person the referral is about", page.Errors);
        Assert.Contains("Enter date of the incident", page.Errors);
        Assert.Contains("Enter date the partnership became aware", page.Errors);
        Assert.Contains("Explain why you are referring this case", page.Errors);
        Assert.Contains("Select whether the statutory criteria are met or the case is referred for other learning", page.Errors);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Refer_UnansweredCriteriaOrAnotherPartnershipsAgency_IsRefused()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var before = await CountsAsync();

        var unanswered = await browser.PostAsync(Url, Referral("Child Hazel", Wednesday23December, Wednesday23December, SettingUpWorld.Today).Without("Input.Criteria[2].Answer"));
        var otherAgency = await browser.PostAsync(Url, Referral("Child Hazel", Wednesday23December, Wednesday23December, SettingUpWorld.Today)
            .With("Input.ReferringAgencyId", world.OtherAgencyId.ToString()));
        var otherInvolved = await browser.PostAsync(Url, new Fields { { "Input.OtherAgencyIds", world.OtherAgencyId } }
            .Concat(Referral("Child Hazel", Wednesday23December, Wednesday23December, SettingUpWorld.Today)));

        Assert.Equal(["Answer every question about the statutory criteria"], unanswered.Errors);
        Assert.Equal(["Select the referring agency"], otherAgency.Errors);
        Assert.Equal(["Select agencies from the list"], otherInvolved.Errors);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Refer_OtherLearningRoute_NeedsToSayWhatCouldBeLearned()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var fields = Referral("Child Ivy", Wednesday23December, Wednesday23December, SettingUpWorld.Today).With("Input.CriteriaRoute", nameof(CriteriaRoute.OtherLearning));

        var refused = await browser.PostAsync(Url, fields);
        var accepted = await browser.PostAsync(Url, fields.With("Input.OtherLearningReason", "How health visitors share concerns at Christmas."));

        Assert.Equal(["Explain what the partnership could learn from a review"], refused.Errors);
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        var review = await ReviewTitledAsync("Child Ivy");
        Assert.NotNull(review);
        await using var db = Factory.CreateDbContext();
        Assert.Empty((await db.Referrals.SingleAsync(r => r.ReviewId == review.Id)).Criteria);
    }
}
