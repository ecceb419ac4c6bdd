using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Deadlines;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// Issue 3's journey: the business unit refers a case, the statutory deadlines are counted across the
/// Christmas bank holidays, the rapid review runs, the chair decides (a decision without a rationale is
/// refused), the terms of reference are written and agreed, the family is told, and the plan and the dashboard
/// show the work and its deadlines.
/// </summary>
public sealed partial class SettingUpJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task SetUpAReview_FromReferralToAgreedTermsOfReference_DeadlinesSkipTheBankHolidays()
    {
        // Arrange: the app's clock on the Monday before Christmas, 21 December, whatever year the suite runs in.
        var factory = world.Factory;
        var now = factory.Clock.GetUtcNow();
        var year = now < new DateTimeOffset(now.Year, 12, 19, 0, 0, 0, TimeSpan.Zero) ? now.Year : now.Year + 1;
        var monday = new DateOnly(year, 12, 21);
        while (monday.DayOfWeek != DayOfWeek.Monday)
        {
            monday = monday.AddDays(1);
        }

        factory.Clock.Advance(new DateTimeOffset(monday.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero) - now);
        var aware = monday.AddDays(-3);
        var incident = aware.AddDays(-1);
        var notificationDue = WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales).AddWorkingDays(aware, 5);
        Assert.True(notificationDue.DayNumber - aware.DayNumber > 7, "The notification deadline should reach past the Christmas bank holidays.");

        await using var journey = Journey.Start(browser, world.BaseAddress);
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(factory, world.World.BusinessUnit);

        // Act 1: a referral with an incident in the future is refused, then made.
        await unit.ClickAsync(unit.Button("Make a referral"), "referral-kind");
        await unit.Field("A child or young person").CheckAsync();
        await unit.ClickAsync(unit.Button("Continue"), "referral-form");
        await unit.Field("Working title").FillAsync("Child J");
        await unit.Field("Full name").FillAsync("Jamie Example");
        await unit.Field("Legal status at the time").SelectOptionAsync(new SelectOptionValue { Label = "Child in need" });
        await unit.FillDateAsync("Date of the incident", monday.AddDays(3));
        await unit.Field("Seriously harmed").CheckAsync();
        await unit.Field("Circumstances").FillAsync("Brought to hospital with a fractured arm that was not explained.");
        await unit.FillDateAsync("Date the partnership became aware", aware);
        await unit.Field("Name of the person referring").FillAsync("Bea Business");
        await unit.Field("Other areas the family has lived in (optional)").FillAsync("Northtown");
        await unit.Field("The statutory criteria for a review are met").CheckAsync();
        foreach (var question in new[] { "Is abuse or neglect known or suspected?", "Has the child died or been seriously harmed?", "Did it happen in the partnership's area, or does the child normally live there?" })
        {
            await unit.Page.GetByRole(AriaRole.Group, new() { Name = question, Exact = true }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        }

        await unit.Field("Why you are referring this case").FillAsync("An unexplained injury to a baby known to three agencies.");
        await unit.ClickAsync(unit.Button("Make referral"), "referral-future-incident");
        Assert.Contains("The date of the incident must be today or in the past", await unit.ErrorsAsync());

        await unit.FillDateAsync("Date of the incident", incident);
        await unit.ClickAsync(unit.Button("Make referral"), "setting-up");

        // Assert 1: the hub shows the notification deadline, counted past the bank holidays, and the tasks.
        Assert.Matches(SettingUpPath(), unit.Path);
        await Expect(unit.Heading).ToHaveTextAsync("Setting up the review");
        var notificationRow = unit.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Notify the national panel" });
        await Expect(notificationRow).ToContainTextAsync(notificationDue.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        await Expect(unit.Page.Locator(".app-task-row")).ToContainTextAsync(["Notify the national panel", "Contact the safeguarding partnership for Northtown"]);
        var reviewPath = unit.Path;

        // Act 2: the rapid review: notification, an information request and the rapid review itself.
        await unit.ClickAsync(unit.Link("Notification to the national panel"), "notification");
        await unit.FillDateAsync("Date the notification was sent", monday);
        await unit.Field("Reference").FillAsync("NP-2026-0412");
        await unit.ClickAsync(unit.Button("Save notification"), "setting-up-notified");
        await Expect(notificationRow).ToContainTextAsync("Met");

        await unit.ClickAsync(unit.Link("Information from agencies"), "information-requests");
        await unit.Field("Agency").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await unit.FillDateAsync("Date the information is due", monday.AddDays(2));
        await unit.Field("What you need").FillAsync("Your agency's contact with the family in the last 12 months.");
        await unit.ClickAsync(unit.Button("Send request"), "information-requested");

        await unit.GotoAsync(reviewPath + "/rapid-review", "rapid-review");
        await unit.Field("Who took part").FillAsync("Business unit, police, health, children's social care");
        await unit.Field("What the rapid review found").FillAsync("Three agencies saw the family in the month before the injury.");
        await unit.Field("Hold a review").CheckAsync();
        await unit.Field("Reasons for the recommendation").FillAsync("There is learning about how agencies shared information.");
        await unit.ClickAsync(unit.Button("Save rapid review"), "rapid-review-recorded");

        // Act 3: the chair decides; without a rationale the decision is refused and nothing is saved.
        var chair = await journey.OpenAsync("chair");
        await chair.SignInAsync(factory, world.World.Chair);
        await chair.GotoAsync(reviewPath + "/decision", "decision");
        await chair.Field("Yes, hold a review").CheckAsync();
        await chair.Field("How the case meets, or does not meet, the statutory criteria").FillAsync("Serious harm, neglect suspected, in our area.");
        await chair.Field("Type of review").SelectOptionAsync(new SelectOptionValue { Label = "Local child safeguarding practice review" });
        await chair.Field("Focused").CheckAsync();
        await chair.Field("Learning Together (systems model)").CheckAsync();
        await chair.Field("Why this method suits the review").FillAsync("It looks at why practice made sense at the time.");
        await chair.ClickAsync(chair.Button("Save decision"), "decision-no-rationale");
        Assert.Equal(["Enter the rationale for the decision. Every decision, including a decision not to review, needs one"], await chair.ErrorsAsync());
        await Expect(chair.Page.GetByText("The chair has not recorded a decision yet.")).ToBeVisibleAsync();

        await chair.Field("Rationale for the decision").FillAsync("The criteria are met and agencies can learn about sharing information.");
        await chair.ClickAsync(chair.Button("Save decision"), "setting-up-decided");

        // Assert 3: the family and Board tasks, and the publication deadline from the decision.
        await Expect(chair.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Decision recorded");
        await Expect(chair.Page.Locator(".app-task-row").Filter(new() { HasText = "Tell the family about the review" })).ToBeVisibleAsync();
        await Expect(chair.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Complete and publish the review" }))
            .ToContainTextAsync(monday.AddMonths(6).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));

        // Act 4: the business unit writes the terms of reference and agrees them.
        await unit.GotoAsync(reviewPath + "/terms", "terms");
        await unit.ClickAsync(unit.Link("Draft the terms of reference"), "terms-edit");
        await unit.FillDateAsync("Start of the period under review", incident.AddYears(-1));
        await unit.FillDateAsync("End of the period under review", incident.AddYears(-2));
        await unit.Field("Key lines of enquiry").FillAsync("How did agencies share what they saw?\nHow were the father's views sought?");
        await unit.Page.GetByRole(AriaRole.Group, new() { Name = "Agencies in scope" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await unit.Field("Lead reviewer or reviewers").FillAsync("Lee Reviewer (independent)");
        await unit.Field("How serious or complex the concerns about professional practice are").FillAsync("Moderate: three agencies involved.");
        await unit.Field("The partnership's learning and improvement priorities").FillAsync("Information sharing is a local priority.");
        await unit.ClickAsync(unit.Button("Save new version"), "terms-period-backwards");
        Assert.Equal(["The end of the period under review must be the same as or after its start"], await unit.ErrorsAsync());

        await unit.FillDateAsync("End of the period under review", incident);
        await unit.ClickAsync(unit.Button("Save new version"), "terms-saved");
        await Expect(unit.Page.GetByRole(AriaRole.Heading, new() { Name = "Version 1 Draft" })).ToBeVisibleAsync();
        await unit.ClickAsync(unit.Button("Mark version 1 as agreed"), "terms-agreed");
        await Expect(unit.Page.Locator("h2 .govuk-tag")).ToContainTextAsync("Agreed");

        // Act 5: the family task: a family member in the contact plan, then the first contact with them.
        await unit.GotoAsync(reviewPath + "/family", "family");
        await unit.ClickAsync(unit.Link("Add a family member"), "family-add");
        await unit.Field("Name").FillAsync("Alex Example");
        await unit.Field("Relationship to the child or adult").FillAsync("Mother");
        await unit.Page.GetByRole(AriaRole.Group, new() { Name = "Do they have parental responsibility?" }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await unit.Page.GetByRole(AriaRole.Group, new() { Name = "Do they need an interpreter?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await unit.Page.GetByRole(AriaRole.Group, new() { Name = "How would they like to be contacted?" }).GetByLabel("Phone call", new() { Exact = true }).CheckAsync();
        await unit.ClickAsync(unit.Button("Add to the contact plan"), "family-added");
        await unit.ClickAsync(unit.Button("Record contact"), "family-contact");
        await unit.FillDateAsync("Date of the contact", monday);
        await unit.Field("Who was it with?").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await unit.Page.GetByRole(AriaRole.Group, new() { Name = "Was it to or from the family?" }).GetByLabel("To the family", new() { Exact = true }).CheckAsync();
        await unit.Page.GetByRole(AriaRole.Group, new() { Name = "How was it made?" }).GetByLabel("Phone call", new() { Exact = true }).CheckAsync();
        await unit.Field("Summary").FillAsync("Told her about the review and what it is for. She would like to meet the reviewer.");
        await unit.ClickAsync(unit.Button("Record contact"), "family-contacted");

        // Assert 5: the family task is done, the plan has its milestones, and the dashboard shows the rapid
        // review's deadline, also counted past the bank holidays.
        await unit.GotoAsync(reviewPath, "setting-up-family-told");
        await Expect(unit.Page.Locator(".app-task-row").Filter(new() { HasText = "Tell the family about the review" })).ToHaveCountAsync(0);
        await unit.GotoAsync(reviewPath + "/plan", "plan");
        await Expect(unit.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Terms of reference agreed" })).ToBeVisibleAsync();
        await unit.GotoAsync("/dashboard", "dashboard");
        var rapidReviewDue = WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales).AddWorkingDays(aware, 15);
        await Expect(unit.Page.Locator("table.app-dashboard-table tbody tr").Filter(new() { HasText = "Child J" }))
            .ToContainTextAsync(rapidReviewDue.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }

    [GeneratedRegex(@"^/reviews/[0-9a-f-]{36}/setting-up$")]
    private static partial Regex SettingUpPath();
}
