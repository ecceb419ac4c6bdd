using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Analysis;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using PersonCategory = Lantern.Core.Information.PersonCategory;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// Conversations with practitioners: a lead reviewer arranges one with two interviewers (after being told one is
/// not enough), writes the notes and sends them to the participant, who reads only their own notes from the review
/// page and confirms them; and a participant who corrects the notes has their version kept beside the
/// interviewers' and gives anonymous feedback. Each test has a review of its own and a participant of its own, so
/// the seeded analysis and the other test do not get in the way. Every step is scanned with axe.
/// </summary>
public sealed class ConversationJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    private const string Pseudonym = "Practitioner A";
    private const string ProfessionalRole = "Health visitor";
    private const string Purpose = "To understand how the health visiting service saw the family over the winter, and what made the home visits hard.";
    private const string TheirPart = "She was the family's health visitor from the baby's birth and saw the mother at home four times.";
    private const string AtTheTime = "She believed the mother was coping: the flat was tidy at each visit and nothing suggested the baby was at risk.";

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task Conversation_RecordedAndConfirmedByTheParticipant()
    {
        var (reviewId, participant) = await ReviewWithParticipantAsync("Child K", "Kit Fairweather");
        var leadPerson = world.World.OnReview[ReviewRole.LeadReviewer];
        var on = Today.AddDays(-7);
        const string comment = "Thank you. This is how I remember it.";
        await using var journey = Journey.Start(browser, world.BaseAddress);

        // Act 1: the lead reviewer arranges, writes the notes and sends them to the participant.
        var lead = await journey.OpenAsync("lead-reviewer");
        await lead.SignInAsync(world.Factory, leadPerson);
        var conversationPath = await ArrangeWithNotesSentAsync(lead, reviewId, participant, on);

        // Act 2: the participant finds their conversation from the review page and reads the notes.
        var group = await journey.OpenAsync("participant");
        await OpenOwnNotesAsync(group, participant, reviewId, on);
        await Expect(Section(group, "Their part in the case")).ToHaveTextAsync(TheirPart);
        await Expect(Section(group, "How it looked at the time")).ToHaveTextAsync(AtTheTime);
        await Expect(Section(group, "Turning points")).ToHaveTextAsync("Nothing noted.");

        // Act 3: they confirm the notes, with a comment.
        await group.Field("Anything to add? (optional)").FillAsync(comment);
        await group.ClickAsync(group.Button("Confirm the notes"), "confirmed");

        // Assert 3: the participant is thanked and can no longer confirm, only suggest a correction.
        await Expect(Banner(group)).ToContainTextAsync("Thank you. You confirmed the notes");
        await Expect(group.Page.Locator(".govuk-inset-text")).ToContainTextAsync("You confirmed these notes as a fair record.");
        await Expect(group.Button("Confirm the notes")).ToHaveCountAsync(0);
        await Expect(group.Link("Suggest a correction")).ToBeVisibleAsync();

        // Assert 4: the lead reviewer, reloading the conversation, sees it confirmed, with the participant's comment.
        await lead.GotoAsync(conversationPath, "conversation-confirmed");
        await Expect(lead.Page.Locator("#status")).ToHaveTextAsync("Confirmed by the participant");
        await Expect(lead.Page.GetByText("Version 2, from the participant")).ToBeVisibleAsync();
        await Expect(lead.Page.Locator(".govuk-inset-text")).ToHaveTextAsync(comment);
        await Expect(Section(lead, "Their part in the case").First).ToHaveTextAsync(TheirPart);

        // And the list of conversations says so too.
        await lead.ClickAsync(lead.Link("Back to conversations"), "conversations-confirmed");
        var row = lead.Page.Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator(".govuk-tag")).ToHaveTextAsync("Confirmed by the participant");
    }

    [Fact]
    public async Task Conversation_ParticipantCorrectsTheNotes_AndGivesAnonymousFeedback()
    {
        var (reviewId, participant) = await ReviewWithParticipantAsync("Child M", "Morgan Lakeside");
        var leadPerson = world.World.OnReview[ReviewRole.LeadReviewer];
        var on = Today.AddDays(-10);
        const string corrected = "I was worried about the mother's low mood at the last visit and asked the GP to see her; the flat being tidy did not reassure me.";
        const string why = "What I changed: the notes said I thought she was coping. I had raised her mood with the GP, and said so at the time.";
        await using var journey = Journey.Start(browser, world.BaseAddress);

        var lead = await journey.OpenAsync("lead-reviewer");
        await lead.SignInAsync(world.Factory, leadPerson);
        var conversationPath = await ArrangeWithNotesSentAsync(lead, reviewId, participant, on);

        // Act 1: the participant suggests a correction to one section and says what they changed.
        var group = await journey.OpenAsync("participant");
        var ownPath = await OpenOwnNotesAsync(group, participant, reviewId, on);
        await group.ClickAsync(group.Link("Suggest a correction"), "correct");
        await Expect(group.Heading).ToHaveTextAsync("Suggest a correction");
        await Expect(group.Field("Their part in the case")).ToHaveValueAsync(TheirPart);
        await Expect(group.Field("How it looked at the time")).ToHaveValueAsync(AtTheTime);
        await group.Field("How it looked at the time").FillAsync(corrected);
        await group.Field("What you changed and why").FillAsync(why);
        await group.ClickAsync(group.Button("Send the correction"), "corrected");

        // Assert 1: they are thanked, and the notes are back with the reviewers.
        Assert.Equal($"/reviews/{reviewId}/my-conversations", group.Path);
        await Expect(Banner(group)).ToContainTextAsync("Thank you. Your corrections were sent to the reviewers");
        await Expect(group.Page.Locator("main .govuk-list li")).ToContainTextAsync("Your correction is with the reviewers");

        // Act 2: they give anonymous feedback, first sending the form with nothing chosen.
        await group.ClickAsync(group.Link($"Give anonymous feedback about the conversation on {Long(on)}"), "feedback");
        await Expect(group.Heading).ToHaveTextAsync("Tell us about taking part");
        await group.ClickAsync(group.Button("Send feedback"), "feedback-empty");

        // Assert 2: one error for each of the five questions, in order.
        Assert.Equal(
        [
            "Select how far you agree that I knew what to expect before the conversation",
            "Select how far you agree that the reviewers wanted to understand how things looked to me at the time",
            "Select how far you agree that I was treated fairly and without blame",
            "Select how far you agree that taking part was a good use of my time",
            "Select how far you agree that I would take part in a review like this again",
        ], await group.ErrorsAsync());

        // Act 3: answer all five.
        string[] answers = ["Agree", "Strongly agree", "Strongly agree", "Neither agree nor disagree", "Agree"];
        for (var i = 0; i < answers.Length; i++)
        {
            await group.Page.GetByRole(AriaRole.Group, new() { Name = AnonymousFeedback.Questions[i].Statement, Exact = true })
                .GetByLabel(answers[i], new() { Exact = true }).CheckAsync();
        }

        await group.ClickAsync(group.Button("Send feedback"), "feedback-sent");

        // Assert 3: thanked, and feedback cannot be given twice.
        Assert.Empty(await group.ErrorsAsync());
        await Expect(Banner(group)).ToContainTextAsync("Thank you for your feedback");
        await Expect(group.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Give anonymous feedback") })).ToHaveCountAsync(0);
        await group.GotoAsync($"{ownPath}/feedback", "feedback-again", expectedStatus: 404);

        // Assert 4: the answers are stored with nothing that ties them to the participant or the conversation.
        await using (var db = world.Factory.CreateDbContext())
        {
            var feedback = await db.ParticipantFeedback.AsNoTracking().SingleAsync(f => f.ReviewId == reviewId);
            Assert.Equal([4, 5, 5, 3, 4], feedback.Answers.Select(a => a.Rating));
            Assert.Equal(1, feedback.Month.Day);
            Assert.True((await db.Conversations.AsNoTracking().SingleAsync(c => c.ReviewId == reviewId)).FeedbackGiven);
        }

        // Assert 5: the lead reviewer sees the participant's version as the latest, with their comment, and the
        // interviewers' original kept under "Earlier versions".
        await lead.GotoAsync(conversationPath, "conversation-corrected");
        await Expect(lead.Page.Locator("#status")).ToHaveTextAsync("Notes written");
        await Expect(lead.Page.GetByText("Version 2, from the participant")).ToBeVisibleAsync();
        await Expect(lead.Page.Locator(".govuk-inset-text")).ToHaveTextAsync(why);
        await Expect(Section(lead, "How it looked at the time").First).ToHaveTextAsync(corrected);
        await Expect(Section(lead, "Their part in the case").First).ToHaveTextAsync(TheirPart);
        await Expect(lead.Page.GetByRole(AriaRole.Heading, new() { Name = "Earlier versions", Level = 2 })).ToBeVisibleAsync();
        var earlier = lead.Page.Locator("details.govuk-details");
        await Expect(earlier).ToHaveCountAsync(1);
        await Expect(earlier.Locator(".govuk-details__summary-text")).ToHaveTextAsync($"Version 1, from the interviewers, {Long(Today)}");
        await earlier.Locator(".govuk-details__summary").ClickAsync();
        await Expect(Section(lead, "How it looked at the time").Nth(1)).ToBeVisibleAsync();
        await Expect(Section(lead, "How it looked at the time").Nth(1)).ToHaveTextAsync(AtTheTime);
        await lead.CheckAsync("earlier-version-open");

        // The interviewers can send the notes back to the participant; the feedback is not shown from one answer.
        await Expect(lead.Button("Send the notes to the participant to check")).ToBeVisibleAsync();
        await lead.ClickAsync(lead.Link("Back to conversations"), "conversations");
        await Expect(lead.Page.GetByText("Not enough answers yet.")).ToBeVisibleAsync();
    }

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/London"));

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", Uk);

    /// <summary>
    /// A review of its own with the seeded lead reviewer and review team member (the interviewers), and a new
    /// fictional practitioner who is both in the people register (as <see cref="Pseudonym"/>) and in the case group.
    /// </summary>
    private async Task<(Guid ReviewId, Person Participant)> ReviewWithParticipantAsync(string title, string participantName)
    {
        var w = world.World;
        var reviewId = await world.Factory.ReviewAsync(w.PartnershipId, w.ReviewTypeId, w.BusinessUnit.Id, title);
        await world.Factory.GiveRoleAsync(reviewId, w.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, w.BusinessUnit.Id);
        await world.Factory.GiveRoleAsync(reviewId, w.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember, w.BusinessUnit.Id);
        var participant = await world.Factory.PersonAsync(w.PartnershipId, w.AgencyId, PartnershipRoles.None, participantName);
        await world.Factory.GiveRoleAsync(reviewId, participant, ReviewRole.CaseGroupMember, w.BusinessUnit.Id);
        await world.Factory.RegisterPersonAsync(reviewId, participantName, Pseudonym, PersonCategory.Professional, relationship: null, aliases: [],
            agencyId: w.AgencyId, role: ProfessionalRole);
        return (reviewId, participant);
    }

    /// <summary>
    /// From the review, the lead reviewer arranges a conversation (refused first with one interviewer), writes the
    /// notes in two sections and sends them to the participant. Returns the conversation's path.
    /// </summary>
    private async Task<string> ArrangeWithNotesSentAsync(LanternPage lead, Guid reviewId, Person participant, DateOnly on)
    {
        var leadPerson = world.World.OnReview[ReviewRole.LeadReviewer];
        var teamPerson = world.World.OnReview[ReviewRole.ReviewTeamMember];
        await lead.GotoAsync($"/reviews/{reviewId}", "review");
        await lead.ClickAsync(lead.Link("Analysis"), "analysis");
        await lead.ClickAsync(lead.Link("Conversations with practitioners"), "conversations-empty");
        await Expect(lead.Heading).ToHaveTextAsync("Conversations with practitioners");
        await Expect(lead.Page.GetByText("No conversations arranged yet.")).ToBeVisibleAsync();
        await lead.ClickAsync(lead.Button("Arrange a conversation"), "arrange");
        await Expect(lead.Heading).ToHaveTextAsync("Arrange a conversation");

        // Everything but the second interviewer.
        await lead.Field("Participant").SelectOptionAsync(new SelectOptionValue { Label = $"{Pseudonym} ({ProfessionalRole})" });
        await lead.Field("Their Lantern account").SelectOptionAsync(new SelectOptionValue { Label = participant.Name });
        await lead.Field(leadPerson.Name).CheckAsync();
        await lead.FillDateAsync("Date of the conversation", on);
        await lead.Field("Purpose").FillAsync(Purpose);
        await lead.FillDateAsync("Date the briefing was sent (optional)", on.AddDays(-5));
        await lead.ClickAsync(lead.Button("Arrange conversation"), "arrange-one-interviewer");

        // One error; what was chosen and typed is still there.
        Assert.Equal(["Select at least 2 interviewers"], await lead.ErrorsAsync());
        await Expect(lead.Field("Participant").Locator("option:checked")).ToHaveTextAsync($"{Pseudonym} ({ProfessionalRole})");
        await Expect(lead.Field("Their Lantern account").Locator("option:checked")).ToHaveTextAsync(participant.Name);
        await Expect(lead.Field(leadPerson.Name)).ToBeCheckedAsync();
        await Expect(lead.Field(teamPerson.Name)).Not.ToBeCheckedAsync();
        await Expect(lead.Field("Purpose")).ToHaveValueAsync(Purpose);

        await lead.Field(teamPerson.Name).CheckAsync();
        await lead.ClickAsync(lead.Button("Arrange conversation"), "arranged");

        // The conversation's page: the participant by pseudonym, both interviewers, no notes yet.
        Assert.Matches($"^/reviews/{reviewId}/analysis/conversations/[0-9a-f-]{{36}}$", lead.Path);
        var path = lead.Path;
        await Expect(Banner(lead)).ToContainTextAsync("Conversation arranged");
        await Expect(lead.Heading).ToHaveTextAsync(Pseudonym);
        await Expect(lead.Page.Locator("#status")).ToHaveTextAsync("Arranged");
        var summary = lead.Page.Locator(".govuk-summary-list");
        await Expect(summary).ToContainTextAsync(Long(on));
        await Expect(summary).ToContainTextAsync(leadPerson.Name);
        await Expect(summary).ToContainTextAsync(teamPerson.Name);
        await Expect(summary).ToContainTextAsync(Purpose);
        await Expect(lead.Page.GetByText("No notes yet.")).ToBeVisibleAsync();
        await Expect(lead.Button("Send the notes to the participant to check")).ToHaveCountAsync(0);

        // Notes in two of the sections.
        await lead.ClickAsync(lead.Button("Write the notes"), "notes");
        await Expect(lead.Heading).ToHaveTextAsync("Notes of the conversation");
        await lead.Field("Their part in the case").FillAsync(TheirPart);
        await lead.Field("How it looked at the time").FillAsync(AtTheTime);
        await lead.ClickAsync(lead.Button("Save the notes"), "notes-saved");
        Assert.Equal(path, lead.Path);
        await Expect(Banner(lead)).ToContainTextAsync("Notes saved as a new version");
        await Expect(lead.Page.Locator("#status")).ToHaveTextAsync("Notes written");
        await Expect(lead.Page.GetByText("Version 1, from the interviewers")).ToBeVisibleAsync();
        await Expect(Section(lead, "Their part in the case")).ToHaveTextAsync(TheirPart);
        await Expect(Section(lead, "How it looked at the time")).ToHaveTextAsync(AtTheTime);

        await lead.ClickAsync(lead.Button("Send the notes to the participant to check"), "notes-sent");
        await Expect(Banner(lead)).ToContainTextAsync("Notes sent to the participant to check");
        await Expect(lead.Page.Locator("#status")).ToHaveTextAsync("With the participant to check");
        await Expect(lead.Button("Send the notes to the participant to check")).ToHaveCountAsync(0);
        return path;
    }

    /// <summary>The participant signs in, follows "Your conversations" from the review and opens the conversation.
    /// Returns its path.</summary>
    private async Task<string> OpenOwnNotesAsync(LanternPage group, Person participant, Guid reviewId, DateOnly on)
    {
        await group.SignInAsync(world.Factory, participant);
        await group.GotoAsync($"/reviews/{reviewId}", "participant-review");
        await group.ClickAsync(group.Link("Your conversations"), "your-conversations");
        await Expect(group.Heading).ToHaveTextAsync("Your conversations");
        await group.ClickAsync(group.Link($"Conversation on {Long(on)}"), "own-notes");
        Assert.Matches($"^/reviews/{reviewId}/my-conversations/[0-9a-f-]{{36}}$", group.Path);
        await Expect(group.Heading).ToHaveTextAsync("Notes of your conversation");
        await Expect(group.Page.Locator(".govuk-caption-l")).ToHaveTextAsync($"Conversation on {Long(on)}");
        return group.Path;
    }

    /// <summary>The text under a section's heading in the notes shown (every version on the page, latest first).</summary>
    private static ILocator Section(LanternPage page, string heading) => page.Page.Locator($"h3:text-is('{heading}') + p");

    private static ILocator Banner(LanternPage page) => page.Page.Locator(".govuk-notification-banner");
}
