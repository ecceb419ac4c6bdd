using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class InformationRequestsTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private static readonly DateOnly Aware = new(2026, 12, 21);

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static string Url(Guid reviewId) => $"/reviews/{reviewId}/setting-up/information-requests";

    private static Fields Request(Guid agencyId, DateOnly due) => new()
    {
        { "Input.AgencyId", agencyId },
        { "Input.DueOn", due },
        { "Input.WhatIsNeeded", "When you were involved with Robin's family this year, and who the key workers were." },
    };

    private Task<int> RequestsAsync(Guid reviewId) => world.CountAsync(db => db.InformationRequests.Where(r => r.ReviewId == reviewId));

    [Fact]
    public async Task Request_ToAnAgency_IsSavedAuditedAndListed()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var form = await browser.GetAsync(Url(reviewId));
        Assert.Contains("No information has been requested yet.", form.Text(), StringComparison.Ordinal);

        var sent = await browser.PostAsync(Url(reviewId), Request(Desk.PoliceId, new DateOnly(2027, 1, 8)));

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(Url(reviewId), sent.Location);
        var list = await browser.GetAsync(sent.Location!);
        Assert.Equal("Information requested. The agency's contact on this review will see the request.", list.Notice());
        var row = list.DeadlineRow("Testshire Police");
        Assert.Contains("24 December 2026", row, StringComparison.Ordinal);
        Assert.Contains("8 January 2027", row, StringComparison.Ordinal);
        Assert.Contains("Waiting", row, StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        var request = await db.InformationRequests.AsNoTracking().SingleAsync(r => r.ReviewId == reviewId);
        Assert.Equal(Desk.PoliceId, request.AgencyId);
        Assert.Equal(SettingUpWorld.Today, request.RequestedOn);
        Assert.Equal(InformationRequestStatus.Sent, request.Status);
        Assert.Equal(Desk.BusinessUnit.Id, request.RequestedByUserId);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.InformationRequested && e.ReviewId == reviewId && e.EntityId == request.Id));
        var history = await db.ReviewHistory.AsNoTracking().SingleAsync(h => h.ReviewId == reviewId);
        Assert.Equal(HistoryKind.InformationRequested, history.Kind);
        Assert.Equal("Information requested from Testshire Police", history.Summary);
    }

    [Fact]
    public async Task Request_MadeOnPaperBeforeLanternAndDueInThePast_IsSavedWithItsRealDatesAndShownOverdue()
    {
        var reviewId = await world.ReviewAsync(Desk, new DateOnly(2026, 11, 30));
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var form = await browser.GetAsync(Url(reviewId));
        Assert.Equal("24", form.Value("Input.RequestedOn.Day"));

        var sent = await browser.PostAsync(Url(reviewId), Request(Desk.PoliceId, new DateOnly(2026, 12, 14)).With("Input.RequestedOn", new DateOnly(2026, 12, 1)));

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        await using var db = Factory.CreateDbContext();
        var request = await db.InformationRequests.AsNoTracking().SingleAsync(r => r.ReviewId == reviewId);
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 14)), (request.RequestedOn, request.DueOn));
        var row = (await browser.GetAsync(Url(reviewId))).DeadlineRow("Testshire Police");
        Assert.Contains("1 December 2026", row, StringComparison.Ordinal);
        Assert.Contains("14 December 2026", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-22", "2026-12-21", "The date the information is due must be the same as or after the date it was requested")]
    [InlineData("2026-12-28", "2027-01-08", "The date the information was requested must be today or in the past")]
    [InlineData("2026-12-18", "2027-01-08", "The date the information was requested must be on or after the date the partnership became aware")]
    public async Task Request_BadDates_IsRefusedAndNothingIsSaved(string requested, string due, string error)
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), Request(Desk.PoliceId, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture))
            .With("Input.RequestedOn", DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([error], page.Errors);
        Assert.Equal(0, await RequestsAsync(reviewId));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.InformationRequested && e.ReviewId == reviewId)));
    }

    [Fact]
    public async Task Request_NoAgencyOrAnotherPartnershipsAgencyOrNothingAsked_IsRefused()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var due = new DateOnly(2027, 1, 8);

        var noAgency = await browser.PostAsync(Url(reviewId), Request(Desk.PoliceId, due).Without("Input.AgencyId"));
        var otherAgency = await browser.PostAsync(Url(reviewId), Request(world.OtherAgencyId, due));
        var nothingAsked = await browser.PostAsync(Url(reviewId), Request(Desk.PoliceId, due).With("Input.WhatIsNeeded", "   "));
        var noDate = await browser.PostAsync(Url(reviewId), Request(Desk.PoliceId, due).Without("Input.DueOn"));

        Assert.Equal(["Select the agency to ask"], noAgency.Errors);
        Assert.Equal(["Select an agency from the list"], otherAgency.Errors);
        Assert.Equal(["Say what information you need"], nothingAsked.Errors);
        Assert.Equal(["Enter date the information is due"], noDate.Errors);
        Assert.Equal(0, await RequestsAsync(reviewId));
    }

    [Fact]
    public async Task List_OverdueRequest_IsFlaggedToChase()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        await Factory.InformationRequestAsync(reviewId, Desk.PoliceId, Desk.BusinessUnit.Id, Aware, SettingUpWorld.Today.AddDays(-1));
        await Factory.InformationRequestAsync(reviewId, Desk.AgencyId, Desk.BusinessUnit.Id, Aware, SettingUpWorld.Today);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var list = await browser.GetAsync(Url(reviewId));

        Assert.Contains("Overdue: chase", list.DeadlineRow("Testshire Police"), StringComparison.Ordinal);
        Assert.Contains("Waiting", list.DeadlineRow("Testshire Council"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeadReviewer_SeesEveryRequestButCannotSendOne()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        await Factory.InformationRequestAsync(reviewId, Desk.PoliceId, Desk.BusinessUnit.Id, Aware, new DateOnly(2027, 1, 8));
        var lead = await world.MemberAsync(Desk, reviewId, ReviewRole.LeadReviewer);
        var browser = await Factory.SignInAsync(lead);

        var list = await browser.GetAsync(Url(reviewId));
        var post = await browser.PostAsync(Url(reviewId), Request(Desk.AgencyId, new DateOnly(2027, 1, 8)));

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("Testshire Police", list.Text(), StringComparison.Ordinal);
        Assert.Null(list.Document.QuerySelector("select[name='Input.AgencyId']"));
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Equal(1, await RequestsAsync(reviewId));
    }

    [Fact]
    public async Task AgencyContact_CannotSeeEveryAgencysRequests()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var contact = await world.MemberAsync(Desk, reviewId, ReviewRole.AgencyContact);

        var page = await (await Factory.SignInAsync(contact)).GetAsync(Url(reviewId));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }
}
