using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Deadlines;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// Issue 15's deadlines journey: a referral, the rapid review recorded with its report sent to the national panel
/// (its deadline shown met), the chair's decision to review, a planned publication date in early January whose
/// panel deadline is counted back across the Christmas and New Year bank holidays, and a delay recorded against
/// the publication deadline shown beside it with the Board's notification.
/// </summary>
public sealed partial class DeadlinesJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", Uk);

    [Fact]
    public async Task RapidReviewMetAndPublicationPlanned_PanelDeadlineSkipsChristmasAndTheDelayShowsBesideItsDeadline()
    {
        // Arrange: the app's clock on Monday 15 November 2027, so that the dates below can be worked out by hand.
        // (Should the suite ever run after that, the journey moves to the same weeks of a later year and counts
        // the panel deadline with the working calendar instead.)
        var factory = world.Factory;
        var now = factory.Clock.GetUtcNow();
        var today = new DateOnly(2027, 11, 15);
        if (now >= new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
        {
            today = new DateOnly(now.Year + 1, 11, 15);
        }

        factory.Clock.Advance(new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero) - now);
        var aware = today.AddDays(-4);
        var incident = aware.AddDays(-1);

        // The first Friday in January: Friday 7 January 2028.
        var publication = new DateOnly(today.Year + 1, 1, 7);
        while (publication.DayOfWeek != DayOfWeek.Friday)
        {
            publication = publication.AddDays(1);
        }

        // By hand, for 2027-28: Christmas Day and Boxing Day 2027 fall on a weekend, so Monday 27 and Tuesday 28
        // December are bank holidays; New Year's Day 2028 is a Saturday, so Monday 3 January is one too. Counting 7
        // working days back from Friday 7 January 2028: 6, 5 and 4 January (3), then 31, 30 and 29 December (6),
        // then past 28 and 27 December and the weekend to Friday 24 December 2027 (7).
        var panelDue = today.Year == 2027
            ? new DateOnly(2027, 12, 24)
            : WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales).AddWorkingDays(publication, -7);
        var publishBy = today.AddMonths(6);

        await using var journey = Journey.Start(browser, world.BaseAddress);
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(factory, world.World.BusinessUnit);

        // Act 1: the referral.
        await unit.ClickAsync(unit.Button("Make a referral"), "referral-kind");
        await unit.Field("A child or young person").CheckAsync();
        await unit.ClickAsync(unit.Button("Continue"), "referral-form");
        await unit.Field("Working title").FillAsync("Child K");
        await unit.Field("Full name").FillAsync("Kai Example");
        await unit.Field("Legal status at the time").SelectOptionAsync(new SelectOptionValue { Label = "Child in need" });
        await unit.FillDateAsync("Date of the incident", incident);
        await unit.Field("Seriously harmed").CheckAsync();
        await unit.Field("Circumstances").FillAsync("Taken to hospital with bruising to the face that nobody could explain.");
        await unit.FillDateAsync("Date the partnership became aware", aware);
        await unit.Field("Name of the person referring").FillAsync("Bea Business");
        await unit.Field("The statutory criteria for a review are met").CheckAsync();
        foreach (var question in new[] { "Is abuse or neglect known or suspected?", "Has the child died or been seriously harmed?", "Did it happen in the partnership's area, or does the child normally live there?" })
        {
            await unit.Page.GetByRole(AriaRole.Group, new() { Name = question, Exact = true }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        }

        await unit.Field("Why you are referring this case").FillAsync("An unexplained injury to a toddler known to the school nurse and the police.");
        await unit.ClickAsync(unit.Button("Make referral"), "setting-up");
        Assert.Matches(SettingUpPath(), unit.Path);
        var reviewPath = unit.Path;
        var rapidRow = unit.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Complete the rapid review" });
        await Expect(rapidRow).ToContainTextAsync("working days left");

        // Act 2: the rapid review, with the agencies that took part and its report sent to the national panel today.
        await unit.ClickAsync(unit.Link("Rapid review"), "rapid-review");
        await Expect(unit.Heading).ToHaveTextAsync("Rapid review");
        await unit.Field("Who took part").FillAsync("Bea Business (chair)\nDS Okafor, police\nSchool nurse, by phone");
        await unit.Page.GetByRole(AriaRole.Group, new() { Name = "Agencies that took part" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await unit.Field("What the rapid review found").FillAsync("The school and the police each saw bruising in October; neither knew of the other.");
        await unit.Field("Hold a review").CheckAsync();
        await unit.Field("Reasons for the recommendation").FillAsync("The criteria are met and there is learning about sharing worries between school and police.");
        await unit.FillDateAsync("Date the rapid review report was sent to the national panel (optional)", today);
        await unit.ClickAsync(unit.Button("Save rapid review"), "rapid-review-recorded");

        // Assert 2: the rapid review deadline is met on the day the report was sent.
        await Expect(rapidRow).ToContainTextAsync("Met " + today.ToString("d MMM", Uk));
        await Expect(rapidRow).Not.ToContainTextAsync("overdue");
        await Expect(unit.Page.Locator(".govuk-task-list__item").Filter(new() { HasText = "Rapid review" })).ToContainTextAsync("Report sent");

        // Act 3: the chair decides to hold a local child safeguarding practice review.
        var chair = await journey.OpenAsync("chair");
        await chair.SignInAsync(factory, world.World.Chair);
        await chair.GotoAsync(reviewPath + "/decision", "decision");
        await chair.Field("Yes, hold a review").CheckAsync();
        await chair.Field("How the case meets, or does not meet, the statutory criteria").FillAsync("Serious harm, abuse suspected, in our area.");
        await chair.Field("Type of review").SelectOptionAsync(new SelectOptionValue { Label = "Local child safeguarding practice review" });
        await chair.Field("Focused").CheckAsync();
        await chair.Field("Learning Together (systems model)").CheckAsync();
        await chair.Field("Why this method suits the review").FillAsync("It looks at why practice made sense at the time.");
        await chair.Field("Rationale for the decision").FillAsync("The criteria are met and agencies can learn about sharing information.");
        await chair.ClickAsync(chair.Button("Save decision"), "setting-up-decided");
        await Expect(chair.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Complete and publish the review" })).ToContainTextAsync(Long(publishBy));

        // Act 4: the business unit plans publication for the first Friday in January.
        await unit.GotoAsync(reviewPath + "/plan", "plan");
        await unit.ClickAsync(unit.Link("Change the planned publication date"), "publication-date");
        await unit.FillDateAsync("Planned publication date", publication);
        await unit.ClickAsync(unit.Button("Save the date"), "plan-publication-set");

        // Assert 4: the panel deadline and its milestone, counted back across Christmas and New Year, and the
        // planned date shown against the publication deadline.
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Planned publication date set to " + Long(publication));
        var panelRow = unit.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Send the report to the national panel and the Secretary of State" });
        await Expect(panelRow).ToContainTextAsync(Long(panelDue));
        await Expect(unit.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Final report sent to the national panel" })).ToContainTextAsync(Long(panelDue));
        var publishRow = unit.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Complete and publish the review" });
        await Expect(publishRow).ToContainTextAsync("Planned publication: " + Long(publication));
        await Expect(unit.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Report published" })).ToContainTextAsync(Long(publication));

        // Act 5: a delay to publication, the Board told, recorded against the publication deadline.
        await unit.ClickAsync(unit.Link("Record a delay"), "delay");
        await unit.Field("Reason for the delay").FillAsync("The police asked us to wait until the officers have given evidence at the criminal trial.");
        await unit.FillDateAsync("New expected date (optional)", publishBy.AddMonths(2));
        await unit.Field($"Complete and publish the review (due {Long(publishBy)})").CheckAsync();
        await unit.Page.GetByRole(AriaRole.Group, new() { Name = "Has the Board been told?" }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await unit.FillDateAsync("Date the Board was told", today);
        await unit.ClickAsync(unit.Button("Record delay"), "plan-delay-recorded");

        // Assert 5: the delay beside the deadline it moves, on the plan and on the setting-up page.
        await Expect(publishRow).ToContainTextAsync("Delay: now expected by " + Long(publishBy.AddMonths(2)));
        await Expect(publishRow).ToContainTextAsync("Board told on " + Long(today));
        await unit.GotoAsync(reviewPath, "setting-up-with-delay");
        await Expect(unit.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Complete and publish the review" })).ToContainTextAsync("Board told on " + Long(today));
        await Expect(unit.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Complete the rapid review" })).ToContainTextAsync("Met");
    }

    [GeneratedRegex(@"^/reviews/[0-9a-f-]{36}/setting-up$")]
    private static partial Regex SettingUpPath();
}
