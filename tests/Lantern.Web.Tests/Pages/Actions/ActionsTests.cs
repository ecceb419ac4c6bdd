using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using Lantern.Core.Actions;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.Actions;

/// <summary>Improvement actions through their pages: raising refused on bad input and raised twice from a finding, an
/// agency contact updating their own agency's action and refused another's, completion setting three follow-up checks,
/// a reading refused then recorded, two people updating at once, and the partnership's tracker with its downloads.</summary>
public sealed partial class ActionsTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private DateOnly Today => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);

    private static string Actions(Guid reviewId) => $"/reviews/{reviewId}/actions";

    private static string ActionPage(Guid reviewId, Guid actionId) => $"{Actions(reviewId)}/{actionId}";

    private static (string, string)[] Date(string prefix, DateOnly? d) => d is { } day
        ? [($"{prefix}.Day", day.Day.ToString(CultureInfo.InvariantCulture)), ($"{prefix}.Month", day.Month.ToString(CultureInfo.InvariantCulture)), ($"{prefix}.Year", day.Year.ToString(CultureInfo.InvariantCulture))]
        : [($"{prefix}.Day", ""), ($"{prefix}.Month", ""), ($"{prefix}.Year", "")];

    private static void EachErrorLinksToAField(PageResult page)
    {
        var links = page.Document.QuerySelectorAll(".govuk-error-summary__list a");
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var target = link.GetAttribute("href")!.TrimStart('#');
            Assert.True(page.Document.GetElementById(target) is not null, $"The error \"{link.TextContent.Trim()}\" links to #{target}, which is not on the page");
        }
    }

    /// <summary>A fresh review with an agreed finding and the agency contact on it.</summary>
    private async Task<(Guid ReviewId, Guid FindingId)> ReviewAsync(string title)
    {
        var (reviewId, analysis) = await ReviewWithAnalysisAsync(world, title);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.AgencyContact], ReviewRole.AgencyContact, world.BusinessUnit.Id);
        return (reviewId, analysis.FindingId);
    }

    private async Task<Guid> RaiseAsync(Browserless unit, Guid reviewId, Guid findingId, string title, Guid agencyId, string owner = "Dana Whitlow, named nurse")
    {
        var page = await unit.PostAsync($"{Actions(reviewId)}/new",
        [
            .. Form.Of([("Input.Source", $"Finding:{findingId}"), ("Input.Title", title), ("Input.Description", ""), ("Input.OwningAgencyId", agencyId.ToString()),
                ("Input.OwnerName", owner), ("Input.OwnerUserId", ""), .. Date("Input.RaisedOn", Today.AddDays(-10)), .. Date("Input.DueOn", Today.AddDays(30))]),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        return Guid.Parse(page.Location!.Split('/')[^1]);
    }

    private static async Task<PageResult> UpdateAsync(Browserless browser, Guid reviewId, Guid actionId, string? token, params (string, string)[] fields)
    {
        var url = $"{ActionPage(reviewId, actionId)}/update";
        var form = await browser.GetAsync(url);
        token ??= form.Document.QuerySelector("input[name='Input.Version']")?.GetAttribute("value") ?? Guid.Empty.ToString();
        return await browser.PostWithTokenAsync(url, form.Token, Form.Of([.. fields, ("Input.Version", token)]));
    }

    [Fact]
    public async Task Raise_WithADueDateBeforeItWasRaisedAndNothingElse_ShowsEachProblem_AndSavesNothing()
    {
        var (reviewId, _) = await ReviewAsync("Child A1");
        var unit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await unit.PostAsync($"{Actions(reviewId)}/new",
            [.. Form.Of([("Input.Source", "Finding:not-a-guid"), ("Input.Title", "  "), ("Input.OwningAgencyId", ""), ("Input.OwnerName", ""),
                .. Date("Input.RaisedOn", Today.AddDays(-3)), .. Date("Input.DueOn", Today.AddDays(-20))])]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Select the finding, issue for the Board, response or recommendation the action answers", page.Errors);
        Assert.Contains("Enter a title for the action", page.Errors);
        Assert.Contains("Select the agency that owns the action", page.Errors);
        Assert.Contains("Enter the name of the person who owns the action", page.Errors);
        Assert.Contains("The due date must be the same as or after the date the action was raised", page.Errors);
        EachErrorLinksToAField(page);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ImprovementActions.AnyAsync(a => a.ReviewId == reviewId));
        Assert.Equal(0, await AuditCountAsync(Factory, reviewId, AuditActions.ActionRaised));
    }

    [Fact]
    public async Task Raise_TwoActionsFromAFinding_BothListedWithTheFindingAsSource_AndAudited()
    {
        var (reviewId, findingId) = await ReviewAsync("Child A2");
        var unit = await Factory.SignInAsync(world.BusinessUnit);

        var form = await unit.GetAsync($"{Actions(reviewId)}/new?source=Finding:{findingId}");
        Assert.Equal($"Finding:{findingId}", form.Document.QuerySelector("#Input_Source option[selected]")?.GetAttribute("value"));
        var first = await RaiseAsync(unit, reviewId, findingId, "Health visitors invited to strategy discussions", world.AgencyId);
        var second = await RaiseAsync(unit, reviewId, findingId, "Audit of pre-birth referrals", world.SecondAgencyId, "Sam Orrell, head of service");
        var list = await unit.GetAsync(Actions(reviewId));

        Assert.NotEqual(first, second);
        Assert.Contains("Health visitors invited to strategy discussions", list.Html, StringComparison.Ordinal);
        Assert.Contains("Audit of pre-birth referrals", list.Html, StringComparison.Ordinal);
        Assert.Contains("Raise an action", list.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.ImprovementActions.CountAsync(a => a.ReviewId == reviewId && a.Source == ActionSource.Finding && a.SourceId == findingId));
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ActionRaised));
        Assert.True(await AuditCountAsync(Factory, reviewId, AuditActions.ActionsViewed) >= 2);
    }

    [Fact]
    public async Task AgencyContact_UpdatesTheirOwnAgencysAction_AndIsRefusedAnotherAgencys_WithNothingChanged()
    {
        var (reviewId, findingId) = await ReviewAsync("Child A3");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var own = await RaiseAsync(unit, reviewId, findingId, "Named nurse at every strategy discussion", world.AgencyId);
        var others = await RaiseAsync(unit, reviewId, findingId, "Police notify health within a day", world.SecondAgencyId);
        var contact = await Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]);

        var list = await contact.GetAsync(Actions(reviewId));
        var hidden = await contact.GetAsync(ActionPage(reviewId, others));
        var refused = await contact.PostWithTokenAsync($"{ActionPage(reviewId, others)}/update", list.Token ?? (await contact.GetAsync($"{ActionPage(reviewId, own)}/update")).Token,
            Form.Of(("Input.Status", "InProgress"), ("Input.Note", "Trying to change someone else's action"), ("Input.Version", Guid.Empty.ToString())));
        var cancel = await UpdateAsync(contact, reviewId, own, null, ("Input.Status", "Cancelled"), ("Input.CancelledReason", "Not our job"));
        var noted = await UpdateAsync(contact, reviewId, own, null, ("Input.Status", "InProgress"), ("Input.Note", "Procedure drafted; goes to the safeguarding committee on 3 March."));

        Assert.Contains("Named nurse at every strategy discussion", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Police notify health within a day", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Raise an action", list.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.Equal(["Only the business unit or the chair can cancel an action. Ask them, or choose another status"], cancel.Errors);
        Assert.Equal(ActionPage(reviewId, own), noted.Location);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(ActionStatus.NotStarted, (await db.ImprovementActions.SingleAsync(a => a.Id == others)).Status);
        Assert.False(await db.ActionProgressNotes.AnyAsync(n => n.ActionId == others));
        Assert.Equal(ActionStatus.InProgress, (await db.ImprovementActions.SingleAsync(a => a.Id == own)).Status);
        Assert.Equal("Procedure drafted; goes to the safeguarding committee on 3 March.", (await db.ActionProgressNotes.SingleAsync(n => n.ActionId == own)).Text);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ActionUpdated));
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ActionProgressNoted));
    }

    [Fact]
    public async Task Completing_WithoutASummaryIsRefused_ThenSetsChecksAt3_6And12Months_AndACheckIsAnswered()
    {
        var (reviewId, findingId) = await ReviewAsync("Child A4");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var actionId = await RaiseAsync(unit, reviewId, findingId, "Strategy discussion procedure revised", world.AgencyId);
        var contact = await Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]);
        var done = Today.AddDays(-2);

        var missing = await UpdateAsync(contact, reviewId, actionId, null, [("Input.Status", "Completed"), .. Date("Input.CompletedOn", done), ("Input.CompletionSummary", " ")]);
        var completed = await UpdateAsync(contact, reviewId, actionId, null, [("Input.Status", "Completed"), .. Date("Input.CompletedOn", done), ("Input.CompletionSummary", "Revised procedure issued to all teams.")]);

        Assert.Equal(["Describe what was done to complete the action"], missing.Errors);
        Assert.Equal(ActionPage(reviewId, actionId), completed.Location);
        List<FollowUpCheck> checks;
        await using (var db = Factory.CreateDbContext())
        {
            checks = await db.FollowUpChecks.Where(c => c.ActionId == actionId).OrderBy(c => c.DueOn).ToListAsync();
        }

        Assert.Equal([3, 6, 12], checks.Select(c => c.MonthsAfterCompletion));
        Assert.Equal([done.AddMonths(3), done.AddMonths(6), done.AddMonths(12)], checks.Select(c => c.DueOn));
        var page = await contact.GetAsync(ActionPage(reviewId, actionId));
        Assert.Contains(done.AddMonths(12).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), page.Html, StringComparison.Ordinal);

        var checkUrl = $"{ActionPage(reviewId, actionId)}/checks/{checks[0].Id}";
        var form = await contact.GetAsync(checkUrl);
        var version = form.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        var partly = await contact.PostWithTokenAsync(checkUrl, form.Token, Form.Of([.. Date("Input.CheckedOn", Today), ("Input.Sustained", "Partly"), ("Input.UnintendedConsequences", "n/a"), ("Input.StillHappens", "true"), ("Input.Comment", ""), ("Input.Version", version)]));
        Assert.Equal(["Say what has not lasted, and why"], partly.Errors);
        var answered = await contact.PostWithTokenAsync(checkUrl, form.Token, Form.Of([.. Date("Input.CheckedOn", Today), ("Input.Sustained", "Yes"), ("Input.UnintendedConsequences", "None found in the audit of 20 cases"), ("Input.StillHappens", "false"), ("Input.Comment", ""), ("Input.Version", version)]));
        Assert.Equal(ActionPage(reviewId, actionId), answered.Location);
        await using (var db = Factory.CreateDbContext())
        {
            var check = await db.FollowUpChecks.SingleAsync(c => c.Id == checks[0].Id);
            Assert.Equal((Sustainment?)Sustainment.Yes, check.Sustained);
            Assert.False(check.StillHappens);
        }

        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.FollowUpCheckRecorded));
    }

    [Fact]
    public async Task Reading_WithNoDateOrNotANumber_IsRefused_ThenRecorded_AndShownAsChartAndTable()
    {
        var (reviewId, findingId) = await ReviewAsync("Child A5");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var actionId = await RaiseAsync(unit, reviewId, findingId, "Pre-birth referrals before 20 weeks", world.AgencyId);
        var add = $"{ActionPage(reviewId, actionId)}/measures/new";
        var badMeasure = await unit.PostAsync(add, Form.Of([("Input.Measure", "Pre-birth referrals made before 20 weeks"), ("Input.Source", "Midwifery audit"), ("Input.Unit", "%"),
            ("Input.Baseline", "about 45"), .. Date("Input.BaselineOn", null), ("Input.Target", "80%"), ("Input.HigherIsBetter", "true")]));
        Assert.Equal(["The baseline must be a number, like 12, 12.5 or 1,200"], badMeasure.Errors);
        var added = await unit.PostAsync(add, Form.Of([("Input.Measure", "Pre-birth referrals made before 20 weeks"), ("Input.Source", "Midwifery audit"), ("Input.Unit", "%"),
            ("Input.Baseline", "45%"), .. Date("Input.BaselineOn", Today.AddDays(-60)), ("Input.Target", "80%"), ("Input.HigherIsBetter", "true")]));
        var measureUrl = added.Location!;
        var contact = await Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]);

        var refused = await contact.PostAsync(measureUrl, Form.Of([.. Date("Input.TakenOn", null), ("Input.Value", "n/a"), ("Input.Note", "")]));
        var measureId = Guid.Parse(measureUrl.Split('/')[^1]);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.OutcomeReadings.AnyAsync(r => r.MeasureId == measureId));
        }

        var recorded = await contact.PostAsync(measureUrl, Form.Of([.. Date("Input.TakenOn", Today.AddDays(-1)), ("Input.Value", " 62% "), ("Input.Note", "Audit of 40 pregnancies")]));
        var page = await contact.GetAsync(measureUrl);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(["Enter the date the reading was taken", "The value must be a number, like 12, 12.5 or 1,200"], refused.Errors);
        EachErrorLinksToAField(refused);
        Assert.Equal(measureUrl, recorded.Location);
        Assert.NotNull(page.Document.QuerySelector("svg[role='img']"));
        var cells = page.Document.QuerySelectorAll("table td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("62%", cells);
        Assert.Contains("45%", cells);
        Assert.Contains(Today.AddDays(-1).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), cells);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.OutcomeMeasureAdded));
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.OutcomeReadingRecorded));
    }

    [Fact]
    public async Task Evidence_UploadedThroughTheDocumentStore_IsLinkedToTheAction_AndAuditedTwice()
    {
        var (reviewId, findingId) = await ReviewAsync("Child A6");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var actionId = await RaiseAsync(unit, reviewId, findingId, "Training for duty social workers", world.AgencyId);
        var contact = await Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]);
        var url = $"{ActionPage(reviewId, actionId)}/evidence";
        var token = (await contact.GetAsync(url)).Token!;

        async Task<HttpResponseMessage> PostAsync(string description, byte[] bytes, string name)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(description), "Input.Description" }, { file, "Input.File", name } };
            return await contact.Client.PostAsync(url, form);
        }

        var noDescription = await PostAsync("", "Attendance list (fictional)\n"u8.ToArray(), "attendance.txt");
        var saved = await PostAsync("Attendance list for the March training", "Attendance list (fictional): 18 of 20 duty social workers\n"u8.ToArray(), "attendance.txt");

        Assert.Equal(HttpStatusCode.OK, noDescription.StatusCode);
        Assert.Contains("Describe what the document shows about the action", await noDescription.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = Factory.CreateDbContext();
        var evidence = await db.ActionEvidence.SingleAsync(e => e.ActionId == actionId);
        Assert.Equal("attendance.txt", (await db.Documents.SingleAsync(d => d.Id == evidence.DocumentId)).OriginalFileName);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.DocumentUploaded));
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ActionEvidenceAdded));
    }

    [Fact]
    public async Task Update_WhenSomeoneElseSavedFirst_Answers409WithTheirVersion_AndKeepsWhatWasTyped()
    {
        var (reviewId, findingId) = await ReviewAsync("Child A7");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var actionId = await RaiseAsync(unit, reviewId, findingId, "Joint supervision for cases with a baby", world.AgencyId);
        var contact = await Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]);
        var url = $"{ActionPage(reviewId, actionId)}/update";
        var stale = (await contact.GetAsync(url)).Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value");

        await UpdateAsync(unit, reviewId, actionId, null, ("Input.Status", "Cancelled"), ("Input.CancelledReason", "Replaced by the county-wide protocol"));
        var conflict = await UpdateAsync(contact, reviewId, actionId, stale, [("Input.Status", "Completed"), .. Date("Input.CompletedOn", Today), ("Input.CompletionSummary", "Supervision log started in all three teams")]);

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Replaced by the county-wide protocol", conflict.Html, StringComparison.Ordinal);
        Assert.Contains("Supervision log started in all three teams", conflict.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var action = await db.ImprovementActions.SingleAsync(a => a.Id == actionId);
        Assert.Equal(ActionStatus.Cancelled, action.Status);
        Assert.False(await db.FollowUpChecks.AnyAsync(c => c.ActionId == actionId));
    }

    [Fact]
    public async Task Tracker_FiltersByReviewOwnerAndOverdue_AndDownloadsEscapedCsvAndAnXlsxThatOpens()
    {
        var (reviewId, findingId) = await ReviewAsync("Child A8");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        await RaiseAsync(unit, reviewId, findingId, "=HYPERLINK(\"http://example.invalid\")", world.AgencyId, "Rowan Pellow");
        var late = await RaiseAsync(unit, reviewId, findingId, "Escalation policy rewritten", world.SecondAgencyId, "Ira Quenby");
        await using (var db = Factory.CreateDbContext())
        {
            await db.ImprovementActions.Where(a => a.Id == late).ExecuteUpdateAsync(u => u.SetProperty(a => a.DueOn, Today.AddDays(-5)));
        }

        var chair = await Factory.SignInAsync(world.Chair);
        var all = await chair.GetAsync($"/actions?review={reviewId}");
        var byOwner = await chair.GetAsync($"/actions?review={reviewId}&owner=quenby");
        var overdue = await chair.GetAsync($"/actions?review={reviewId}&overdue=true");
        var csv = await chair.Client.GetAsync($"/actions/export/csv?review={reviewId}");
        var xlsx = await chair.Client.GetAsync($"/actions/export/xlsx?review={reviewId}");
        var teamMember = await (await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember])).Client.GetAsync("/actions");

        Assert.Equal(2, all.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Child A8", all.Html, StringComparison.Ordinal);
        Assert.Single(byOwner.Document.QuerySelectorAll("tbody tr"));
        Assert.Contains("Escalation policy rewritten", byOwner.Html, StringComparison.Ordinal);
        Assert.Single(overdue.Document.QuerySelectorAll("tbody tr"));
        Assert.Contains("Overdue", overdue.Html, StringComparison.Ordinal);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("Review,Action,Answers,Owning agency,Owner,Raised,Due,Status,Overdue,Completed", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("Ira Quenby", text, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using (var workbook = SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(), false))
        {
            var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
            Assert.Equal(3, sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());
            Assert.Contains("Escalation policy rewritten", sheet.InnerText, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, teamMember.StatusCode);
        await using var audit = Factory.CreateDbContext();
        Assert.True(await audit.AuditEvents.CountAsync(e => e.PartnershipId == world.PartnershipId && e.Action == AuditActions.ActionTrackerViewed) >= 3);
        Assert.True(await audit.AuditEvents.CountAsync(e => e.PartnershipId == world.PartnershipId && e.Action == AuditActions.ActionTrackerExported) >= 2);
    }
}
