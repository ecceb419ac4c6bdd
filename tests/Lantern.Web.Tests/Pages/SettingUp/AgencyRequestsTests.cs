using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class AgencyRequestsTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private static readonly DateOnly Aware = new(2026, 12, 21);

    private static readonly DateOnly Due = new(2027, 1, 8);

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static string ListUrl(Guid reviewId) => $"/reviews/{reviewId}/information-requests";

    private static string ReturnUrl(Guid reviewId, Guid requestId) => $"/reviews/{reviewId}/information-requests/{requestId}";

    private sealed record Setup(Guid ReviewId, Guid CouncilRequest, Guid PoliceRequest, Person CouncilContact, Person PoliceContact);

    /// <summary>A review whose business unit asked the council and the police, each with a contact on the review.</summary>
    private async Task<Setup> SetUpAsync()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var council = await Factory.InformationRequestAsync(reviewId, Desk.AgencyId, Desk.BusinessUnit.Id, Aware, Due);
        var police = await Factory.InformationRequestAsync(reviewId, Desk.PoliceId, Desk.BusinessUnit.Id, Aware, Due.AddDays(3));
        await using (var db = Factory.CreateDbContext())
        {
            (await db.InformationRequests.SingleAsync(r => r.Id == police)).WhatIsNeeded = "Police call-outs to the family's address since March.";
            await db.SaveChangesAsync();
        }

        return new Setup(reviewId, council, police,
            await world.MemberAsync(Desk, reviewId, ReviewRole.AgencyContact, Desk.AgencyId),
            await world.MemberAsync(Desk, reviewId, ReviewRole.AgencyContact, Desk.PoliceId));
    }

    private static Fields Answer(string? version, DateOnly? from = null, DateOnly? to = null)
    {
        var fields = new Fields
        {
            { "Input.Summary", "Social workers visited monthly from June; the case was stepped down in November." },
            { "Input.KeyContacts", "Allocated social worker; team manager" },
            { "Input.Version", version ?? string.Empty },
        };
        fields.Add("Input.InvolvementFrom", from ?? new DateOnly(2026, 6, 1));
        fields.Add("Input.InvolvementTo", to ?? new DateOnly(2026, 11, 30));
        return fields;
    }

    private async Task<InformationRequest> RequestAsync(Guid id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.InformationRequests.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    [Fact]
    public async Task List_ShowsOnlyTheContactsOwnAgencysRequests()
    {
        var setup = await SetUpAsync();

        var council = await (await Factory.SignInAsync(setup.CouncilContact)).GetAsync(ListUrl(setup.ReviewId));
        var police = await (await Factory.SignInAsync(setup.PoliceContact)).GetAsync(ListUrl(setup.ReviewId));

        Assert.Equal(HttpStatusCode.OK, council.Status);
        Assert.Contains("Your agency's involvement with the family in the last year.", council.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Police call-outs", council.Text(), StringComparison.Ordinal);
        Assert.Single(council.Document.QuerySelectorAll("form[action*='/information-requests/']"));
        Assert.Contains("Police call-outs to the family's address since March.", police.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("in the last year", police.Text(), StringComparison.Ordinal);
        Assert.Equal($"/reviews/{setup.ReviewId}/information-requests/{setup.PoliceRequest}",
            police.Document.QuerySelector("form[action*='/information-requests/']")?.GetAttribute("action"));
    }

    [Fact]
    public async Task Return_OwnAgencysRequest_IsSavedAuditedAndThanked()
    {
        var setup = await SetUpAsync();
        var browser = await Factory.SignInAsync(setup.CouncilContact);
        var form = await browser.GetAsync(ListUrl(setup.ReviewId));

        // The token from the answer's own form, as a browser sends it (not the sign-out form's).
        var token = form.TokenFor(ListUrl(setup.ReviewId), ReturnUrl(setup.ReviewId, setup.CouncilRequest));
        var sent = await browser.PostWithTokenAsync(ReturnUrl(setup.ReviewId, setup.CouncilRequest), token, Answer(form.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(ListUrl(setup.ReviewId), sent.Location);
        var after = await browser.GetAsync(sent.Location!);
        Assert.Equal("Thank you. Your agency's information has been sent to the business unit.", after.Notice());
        Assert.Contains("Returned 24 December 2026", after.Text(), StringComparison.Ordinal);

        var request = await RequestAsync(setup.CouncilRequest);
        Assert.Equal(InformationRequestStatus.Returned, request.Status);
        Assert.Equal(new DateOnly(2026, 6, 1), request.InvolvementFrom);
        Assert.Equal(new DateOnly(2026, 11, 30), request.InvolvementTo);
        Assert.Equal(SettingUpWorld.Today, request.ReturnedOn);
        Assert.Equal(setup.CouncilContact.Id, request.ReturnedByUserId);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.InformationReturned && e.EntityId == setup.CouncilRequest && e.UserId == setup.CouncilContact.Id));
        var history = await db.ReviewHistory.AsNoTracking().SingleAsync(h => h.ReviewId == setup.ReviewId);
        Assert.Equal(HistoryKind.InformationReturned, history.Kind);
        Assert.Equal("Information returned by Testshire Council", history.Summary);

        // The business unit sees what came back.
        var list = await (await Factory.SignInAsync(Desk.BusinessUnit)).GetAsync($"/reviews/{setup.ReviewId}/setting-up/information-requests");
        Assert.Contains("Returned 24 Dec", list.DeadlineRow("Testshire Council"), StringComparison.Ordinal);
        Assert.Contains("Involved: 1 June 2026 to 30 November 2026", list.DeadlineRow("Testshire Council"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_InvolvementEndingBeforeItStarted_IsRefusedAndNothingIsSaved()
    {
        var setup = await SetUpAsync();
        var browser = await Factory.SignInAsync(setup.CouncilContact);
        var form = await browser.GetAsync(ListUrl(setup.ReviewId));

        var page = await browser.PostWithTokenAsync(ReturnUrl(setup.ReviewId, setup.CouncilRequest), form.Token,
            Answer(form.Value("Input.Version"), from: new DateOnly(2026, 11, 30), to: new DateOnly(2026, 6, 1)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The end of your agency's involvement must be the same as or after its start"], page.Errors);
        await AssertStillWaitingAsync(setup);
    }

    [Fact]
    public async Task Return_InvolvementInTheFutureOrNoSummary_IsRefused()
    {
        var setup = await SetUpAsync();
        var browser = await Factory.SignInAsync(setup.CouncilContact);
        var form = await browser.GetAsync(ListUrl(setup.ReviewId));
        var version = form.Value("Input.Version");

        var future = await browser.PostWithTokenAsync(ReturnUrl(setup.ReviewId, setup.CouncilRequest), form.Token,
            Answer(version, to: SettingUpWorld.Today.AddDays(1)));
        var noSummary = await browser.PostWithTokenAsync(ReturnUrl(setup.ReviewId, setup.CouncilRequest), form.Token,
            Answer(version).Without("Input.Summary"));

        Assert.Equal(["Dates of involvement must be today or in the past"], future.Errors);
        Assert.Equal(["Summarise your agency's involvement with the family"], noSummary.Errors);
        await AssertStillWaitingAsync(setup);
    }

    [Fact]
    public async Task Return_AnotherAgencysRequest_IsNotFoundAndNothingIsSaved()
    {
        var setup = await SetUpAsync();
        var browser = await Factory.SignInAsync(setup.PoliceContact);
        var seen = await browser.GetAsync(ReturnUrl(setup.ReviewId, setup.CouncilRequest));
        var councilVersion = (await RequestAsync(setup.CouncilRequest)).Version.ToString();

        var post = await browser.PostWithTokenAsync(ReturnUrl(setup.ReviewId, setup.CouncilRequest), seen.Token, Answer(councilVersion));

        Assert.DoesNotContain("in the last year", seen.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        await AssertStillWaitingAsync(setup);
    }

    [Fact]
    public async Task BusinessUnitAndLeadReviewer_CannotAnswerForAnAgency()
    {
        var setup = await SetUpAsync();
        var lead = await world.MemberAsync(Desk, setup.ReviewId, ReviewRole.LeadReviewer);

        foreach (var person in new[] { Desk.BusinessUnit, lead })
        {
            var browser = await Factory.SignInAsync(person);
            var page = await browser.GetAsync(ListUrl(setup.ReviewId));
            var post = await browser.PostAsync($"/reviews/{setup.ReviewId}/setting-up", Answer((await RequestAsync(setup.CouncilRequest)).Version.ToString()),
                ReturnUrl(setup.ReviewId, setup.CouncilRequest));

            Assert.Equal(HttpStatusCode.Forbidden, page.Status);
            Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        }

        await AssertStillWaitingAsync(setup);
    }

    [Fact]
    public async Task Return_StaleVersion_ShowsTheConflictAndKeepsTheFirstAnswer()
    {
        var (setup, conflict) = await AnswerTwiceAsync();

        Assert.Contains("Someone else from your agency answered this request at the same time. Check the answer below", conflict.Errors);
        var request = await RequestAsync(setup.CouncilRequest);
        Assert.Equal("The first answer.", request.InvolvementSummary);
        Assert.Equal(1, await world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.InformationReturned && e.EntityId == setup.CouncilRequest)));
    }

    [Fact]
    public async Task Return_StaleVersion_IsA409()
    {
        var (_, conflict) = await AnswerTwiceAsync();

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
    }

    /// <summary>Two contacts from the council open the request; the first answers, then the second.</summary>
    private async Task<(Setup Setup, PageResult Conflict)> AnswerTwiceAsync()
    {
        var setup = await SetUpAsync();
        var colleague = await world.MemberAsync(Desk, setup.ReviewId, ReviewRole.AgencyContact, Desk.AgencyId);
        var first = await Factory.SignInAsync(setup.CouncilContact);
        var second = await Factory.SignInAsync(colleague);
        var firstForm = await first.GetAsync(ListUrl(setup.ReviewId));
        var secondForm = await second.GetAsync(ListUrl(setup.ReviewId));

        var sent = await first.PostWithTokenAsync(ReturnUrl(setup.ReviewId, setup.CouncilRequest), firstForm.Token,
            Answer(firstForm.Value("Input.Version")).With("Input.Summary", "The first answer."));
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var conflict = await second.PostWithTokenAsync(ReturnUrl(setup.ReviewId, setup.CouncilRequest), secondForm.Token,
            Answer(secondForm.Value("Input.Version")).With("Input.Summary", "The second answer."));
        return (setup, conflict);
    }

    private async Task AssertStillWaitingAsync(Setup setup)
    {
        foreach (var id in new[] { setup.CouncilRequest, setup.PoliceRequest })
        {
            var request = await RequestAsync(id);
            Assert.Equal(InformationRequestStatus.Sent, request.Status);
            Assert.Null(request.InvolvementSummary);
        }

        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.InformationReturned && e.ReviewId == setup.ReviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.ReviewHistory.Where(h => h.ReviewId == setup.ReviewId)));
    }
}
