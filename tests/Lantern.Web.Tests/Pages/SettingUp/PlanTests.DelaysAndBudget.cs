using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.SettingUp.SettingUpForms;

namespace Lantern.Web.Tests.Pages.SettingUp;

/// <summary>Delays recorded against the plan, and its budget.</summary>
public sealed partial class PlanTests
{
    [Fact]
    public async Task RecordDelay_WithTheBoardTold_SavesAuditsAndAddsHistory()
    {
        var reviewId = await NewReviewAsync();
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var today = Factory.Today();

        var recorded = await browser.PostAsync($"{PlanUrl(reviewId)}/delays/add", Form.Of([
            .. Date("Input.RecordedOn", today), ("Input.Reason", "Waiting for the criminal trial to finish"),
            .. Date("Input.NewExpectedDate", today.AddMonths(3)), ("Input.BoardTold", "true"), .. Date("Input.BoardToldOn", today),
        ]));

        Assert.Equal(PlanUrl(reviewId), recorded.Location);
        await using var db = Factory.CreateDbContext();
        var delay = await db.Delays.SingleAsync(d => d.ReviewId == reviewId);
        Assert.Equal(("Waiting for the criminal trial to finish", today.AddMonths(3), true, today), (delay.Reason, delay.NewExpectedDate!.Value, delay.BoardTold, delay.BoardToldOn!.Value));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.EntityId == delay.Id && e.Action == AuditActions.DelayRecorded));
        Assert.Equal(1, await db.ReviewHistory.CountAsync(h => h.ReviewId == reviewId && h.Kind == HistoryKind.DelayRecorded));
        var plan = await browser.GetAsync(PlanUrl(reviewId));
        Assert.Contains("Waiting for the criminal trial to finish", plan.Html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadDelays() => new()
    {
        { "reason", "Enter the reason for the delay" },
        { "expected", "The new expected date must be the same as or after the date of the delay" },
        { "told-future", "The date the Board was told must be today or in the past" },
        { "told-no-date", "Enter date the Board was told" },
        { "recorded-future", "The date of the delay must be today or in the past" },
        { "no-answer", "Select whether the Board has been told" },
    };

    [Theory]
    [MemberData(nameof(BadDelays))]
    public async Task RecordDelay_BadInput_ShowsTheErrorAndSavesNothing(string mistake, string error)
    {
        var reviewId = await NewReviewAsync();
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var today = Factory.Today();
        var fields = new List<(string, string)>
        {
            ("Input.Reason", mistake == "reason" ? "  " : "The lead reviewer was ill"),
            ("Input.BoardTold", mistake == "no-answer" ? string.Empty : mistake is "told-future" or "told-no-date" ? "true" : "false"),
        };
        fields.AddRange(Date("Input.RecordedOn", mistake == "recorded-future" ? today.AddDays(1) : today));
        fields.AddRange(mistake == "expected" ? Date("Input.NewExpectedDate", today.AddDays(-1)) : []);
        fields.AddRange(mistake == "told-future" ? Date("Input.BoardToldOn", today.AddDays(1)) : []);

        var page = await browser.PostAsync($"{PlanUrl(reviewId)}/delays/add", Form.Of([.. fields]));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([error], page.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Delays.AnyAsync(d => d.ReviewId == reviewId));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.DelayRecorded));
    }

    [Fact]
    public async Task SetBudget_AmountsAsPeopleTypeThem_SavesAndShowsWhatRemains()
    {
        var reviewId = await NewReviewAsync();
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var saved = await browser.PostAsync($"{PlanUrl(reviewId)}/budget", Form.Of(("Input.Planned", "£12,500"), ("Input.Committed", "6000.5"), ("Input.Actual", ""), ("Input.Version", "")));

        Assert.Equal(PlanUrl(reviewId), saved.Location);
        await using var db = Factory.CreateDbContext();
        var budget = await db.Budgets.SingleAsync(b => b.ReviewId == reviewId);
        Assert.Equal((1_250_000L, 600_050L, 0L), (budget.Planned.Pence, budget.Committed.Pence, budget.Actual.Pence));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.EntityId == budget.Id && e.Action == AuditActions.BudgetChanged));
        var plan = await browser.GetAsync(PlanUrl(reviewId));
        Assert.Contains("£6,499.50", plan.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var form = await browser.GetAsync($"{PlanUrl(reviewId)}/budget");
        Assert.Equal("12500.00", form.Value("Input.Planned"));
    }

    [Theory]
    [InlineData("abc", "Planned budget must be an amount in pounds, like 1,250.00")]
    [InlineData("-50", "Planned budget must be £0 or more")]
    [InlineData("£-50", "Planned budget must be £0 or more")]
    [InlineData("10.505", "Planned budget must have no more than 2 decimal places, like 1,250.50")]
    [InlineData("", "Enter the planned budget")]
    [InlineData("2000000000", "Planned budget must be £1,000,000,000 or less")]
    public async Task SetBudget_BadAmount_ShowsTheErrorAndSavesNothing(string planned, string error)
    {
        var reviewId = await NewReviewAsync();
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var page = await browser.PostAsync($"{PlanUrl(reviewId)}/budget", Form.Of(("Input.Planned", planned), ("Input.Committed", "1,000"), ("Input.Actual", "0")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([error], page.Errors);
        Assert.Equal(planned, page.Value("Input.Planned") ?? string.Empty);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Budgets.AnyAsync(b => b.ReviewId == reviewId));
    }

    [Fact]
    public async Task SetBudget_SomeoneElseChangedItFirst_Is409AndKeepsTheirs()
    {
        var reviewId = await NewReviewAsync();
        var me = await Factory.SignInAsync(world.BusinessUnit);
        var chair = await Factory.SignInAsync(world.Chair);
        var url = $"{PlanUrl(reviewId)}/budget";
        await me.PostAsync(url, Form.Of(("Input.Planned", "10000")));
        var mine = await me.GetAsync(url);
        var theirs = await chair.GetAsync(url);
        await chair.PostWithTokenAsync(url, theirs.Token, Form.Of(("Input.Planned", "9000"), ("Input.Version", theirs.Value("Input.Version")!)));

        var conflict = await me.PostWithTokenAsync(url, mine.Token, Form.Of(("Input.Planned", "11000"), ("Input.Version", mine.Value("Input.Version")!)));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Single(conflict.Errors, e => e.StartsWith("Someone else changed the budget", StringComparison.Ordinal) && e.Contains("planned £9,000.00", StringComparison.Ordinal));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(900_000L, (await db.Budgets.SingleAsync(b => b.ReviewId == reviewId)).Planned.Pence);
    }
}
