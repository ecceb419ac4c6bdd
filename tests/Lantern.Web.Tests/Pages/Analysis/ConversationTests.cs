using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Analysis;

public sealed class ConversationTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static KeyValuePair<string, string>[] Arrangement(Guid person, Guid? account, IEnumerable<Guid> interviewers, string purpose = "How the strategy discussion looked at the time") =>
    [
        .. Form.Of(("Input.ParticipantPersonId", person.ToString()), ("Input.ParticipantUserId", account?.ToString() ?? "none"), ("Input.Purpose", purpose),
            ("Input.ScheduledFor.Day", "6"), ("Input.ScheduledFor.Month", "10"), ("Input.ScheduledFor.Year", "2026"),
            ("Input.BriefingSentOn.Day", string.Empty), ("Input.BriefingSentOn.Month", string.Empty), ("Input.BriefingSentOn.Year", string.Empty)),
        .. interviewers.Select(i => new KeyValuePair<string, string>("Input.InterviewerUserIds", i.ToString())),
    ];

    [Fact]
    public async Task Conversation_ArrangedWrittenAndConfirmed_ParticipantSeesOnlyTheirOwnNotes_AndEveryViewIsAudited()
    {
        var reviewId = world.ReviewId;
        var lead = world.OnReview[ReviewRole.LeadReviewer];
        var team = world.OnReview[ReviewRole.ReviewTeamMember];
        var participant = world.OnReview[ReviewRole.CaseGroupMember];
        var reviewer = await Factory.SignInAsync(lead);
        var root = $"/reviews/{reviewId}/analysis/conversations";

        var oneInterviewer = await reviewer.PostAsync($"{root}/arrange", Arrangement(world.Chronology.HealthVisitorId, participant.Id, [lead.Id], purpose: " "));
        Assert.Equal(["Select at least 2 interviewers", "Say what the conversation is for"], oneInterviewer.Errors);
        var wrongAccount = await reviewer.PostAsync($"{root}/arrange", Arrangement(world.Chronology.HealthVisitorId, team.Id, [lead.Id, world.BusinessUnit.Id]));
        Assert.True(wrongAccount.Errors.Count > 0, $"{wrongAccount.Status} {wrongAccount.Location}");
        Assert.Equal(["Select the participant's account from the case group", "Select interviewers from the lead reviewers and review team"], wrongAccount.Errors);

        var arranged = await reviewer.PostAsync($"{root}/arrange", Arrangement(world.Chronology.HealthVisitorId, participant.Id, [lead.Id, team.Id]));
        var path = arranged.Location!;
        var conversationId = Guid.Parse(path.Split('/').Last());
        var page = await reviewer.GetAsync(path);
        Assert.Contains("Health visitor 7", page.Heading, StringComparison.Ordinal);
        Assert.Contains("Independent", page.Html, StringComparison.Ordinal);
        Assert.Equal("Arranged", page.Document.QuerySelector("#status")!.TextContent);

        var noNotes = await reviewer.PostAsync(path, []);
        Assert.Equal(["Write the notes before sending them to the participant"], noNotes.Errors);
        var empty = await reviewer.PostAsync($"{path}/notes", Form.Of(("BasedOn", "0"), ("Sections[overview]", " ")));
        Assert.Equal(["Write the notes of at least one part of the conversation"], empty.Errors);
        var written = await reviewer.PostAsync($"{path}/notes", Form.Of(("BasedOn", "0"), ("Sections[overview]", "Visited the family monthly."), ("Sections[at-the-time]", "Believed the aunt was coping.")));
        Assert.Equal(path, written.Location);

        // A second reviewer working from the empty page is refused; their notes stay in the form beside the saved ones.
        var teamMember = await Factory.SignInAsync(team);
        var stale = await teamMember.PostAsync($"{path}/notes", Form.Of(("BasedOn", "0"), ("Sections[overview]", "Saw the baby twice.")));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal("Saw the baby twice.", stale.Document.QuerySelector("#section-overview")!.TextContent);
        Assert.Contains("Visited the family monthly.", stale.Document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);

        // Until the notes are sent, the participant cannot read them; nobody else in the case group ever can.
        var participantBrowser = await Factory.SignInAsync(participant);
        var own = $"/reviews/{reviewId}/my-conversations/{conversationId}";
        Assert.Equal(HttpStatusCode.NotFound, (await participantBrowser.GetAsync(own)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await participantBrowser.GetAsync(path)).Status);
        Assert.Equal(path, (await reviewer.PostAsync(path, [])).Location);
        var notes = await participantBrowser.GetAsync(own);
        Assert.Contains("Believed the aunt was coping.", notes.Html, StringComparison.Ordinal);
        var observer = await Factory.SignInAsync(world.OnReview[ReviewRole.Observer]);
        Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync(own)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync(path)).Status);

        // The participant corrects one section (a version of their own), then the reviewers send the revised notes back to be confirmed.
        var noReason = await participantBrowser.PostAsync($"{own}/correct", Form.Of(("BasedOn", "1"), ("Sections[overview]", "Visited the family every two weeks."), ("comment", " ")));
        Assert.Equal(["Say what you corrected and why"], noReason.Errors);
        Assert.Equal(HttpStatusCode.Redirect, (await participantBrowser.PostAsync($"{own}/correct",
            Form.Of(("BasedOn", "1"), ("Sections[overview]", "Visited the family every two weeks."), ("Sections[at-the-time]", "Believed the aunt was coping."), ("comment", "The visits were fortnightly")))).Status);
        Assert.Contains("Your correction", (await participantBrowser.GetAsync(own)).Html, StringComparison.Ordinal);
        Assert.Equal(path, (await reviewer.PostAsync(path, [])).Location);
        var confirmed = await participantBrowser.PostAsync(own, Form.Of(("basedOn", "2"), ("comment", "")));
        Assert.Equal(own, confirmed.Location);
        page = await reviewer.GetAsync(path);
        Assert.Equal("Confirmed by the participant", page.Document.QuerySelector("#status")!.TextContent);
        Assert.Contains("The visits were fortnightly", page.Html, StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        var versions = await db.ConversationNotes.Where(n => n.ConversationId == conversationId).OrderBy(n => n.Number).ToListAsync();
        Assert.Equal([NotesAuthor.Interviewers, NotesAuthor.Participant, NotesAuthor.Participant], versions.Select(v => v.Author));
        Assert.Equal("Visited the family monthly.", versions[0].Sections["overview"]);
        Assert.Equal("Visited the family every two weeks.", versions[2].Sections["overview"]);
        var views = await db.AuditEvents.Where(e => e.Action == AuditActions.ConversationNotesViewed && e.EntityId == conversationId).Select(e => e.UserId).ToListAsync();
        Assert.Contains((Guid?)lead.Id, views);
        Assert.Contains((Guid?)participant.Id, views);
        foreach (var action in new[] { AuditActions.ConversationArranged, AuditActions.ConversationNotesWritten, AuditActions.ConversationSentToParticipant, AuditActions.ConversationCorrected, AuditActions.ConversationConfirmed })
        {
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityId == conversationId && e.Action == action), action);
        }
    }

    [Fact]
    public async Task Feedback_IsStoredUnlinked_GivenOnce_AndShownOnlyFromFiveAnswers()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child C2");
        var personId = await Factory.RegisterPersonAsync(reviewId);
        var participants = new List<Person>();
        await using (var db = Factory.CreateDbContext())
        {
            for (var i = 0; i < 5; i++)
            {
                var person = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, Lantern.Core.Organisation.PartnershipRoles.None, $"Participant {i} Fictional");
                await Factory.GiveRoleAsync(reviewId, person, ReviewRole.CaseGroupMember, world.BusinessUnit.Id);
                participants.Add(person);
                db.Conversations.Add(new Conversation
                {
                    Id = Guid.NewGuid(),
                    ReviewId = reviewId,
                    Number = i + 1,
                    ParticipantPersonId = personId,
                    ParticipantUserId = person.Id,
                    InterviewerUserIds = [world.BusinessUnit.Id],
                    ScheduledFor = new DateOnly(2026, 10, 1),
                    Purpose = "Test",
                    Status = ConversationStatus.WithParticipant,
                    NotesVersion = 1,
                    CreatedAt = DateTime.UtcNow,
                    UpdatedAt = DateTime.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var list = $"/reviews/{reviewId}/analysis/conversations";
        for (var i = 0; i < 5; i++)
        {
            await using var db = Factory.CreateDbContext();
            var conversationId = await db.Conversations.Where(c => c.ParticipantUserId == participants[i].Id).Select(c => c.Id).SingleAsync();
            db.ConversationNotes.Add(new ConversationNotes { Id = Guid.NewGuid(), ConversationId = conversationId, ReviewId = reviewId, Number = 1, Sections = new() { ["overview"] = "Notes" }, WrittenAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            var browser = await Factory.SignInAsync(participants[i]);
            var url = $"/reviews/{reviewId}/my-conversations/{conversationId}/feedback";
            if (i == 0)
            {
                var missing = await browser.PostAsync(url, Form.Of(("Ratings[prepared]", "4")));
                Assert.Equal(4, missing.Errors.Count);
            }

            var answered = await browser.PostAsync(url, Form.Of(("Ratings[prepared]", "4"), ("Ratings[listened]", "5"), ("Ratings[fair]", $"{1 + i}"), ("Ratings[useful]", "3"), ("Ratings[again]", "4")));
            Assert.Equal(HttpStatusCode.Redirect, answered.Status);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).Status);
            if (i == 3)
            {
                Assert.Contains("Not enough answers yet", (await bu.GetAsync(list)).Html, StringComparison.Ordinal);
            }
        }

        var page = await bu.GetAsync(list);
        var rows = page.Document.QuerySelectorAll("h2 + table tbody tr, h2 ~ table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("I was treated fairly and without blame", StringComparison.Ordinal) && r.Contains("3.0", StringComparison.Ordinal));

        await using var check = Factory.CreateDbContext();
        var stored = await check.ParticipantFeedback.Where(f => f.ReviewId == reviewId).ToListAsync();
        Assert.Equal(5, stored.Count);
        Assert.All(stored, f => Assert.Equal(1, f.Month.Day));
        var events = await check.AuditEvents.Where(e => e.ReviewId == reviewId && e.Action == AuditActions.ConversationFeedbackGiven).ToListAsync();
        Assert.Equal(5, events.Count);
        Assert.All(events, e => Assert.Equal(reviewId, e.EntityId));
    }

    [Fact]
    public async Task Statement_LinksToTheChronologyEntryItSpeaksTo_AndShowsInTraceabilityOnlyForThoseWhoReadNotes()
    {
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var path = $"/reviews/{world.ReviewId}/analysis/conversations/{world.Analysis.ConversationId}";
        var form = await lead.GetAsync($"{path}/statements?q=neighbour+shouting");
        var entry = form.Document.QuerySelector("input[name=Entry]")!.GetAttribute("value")!;

        var empty = await lead.PostAsync($"{path}/statements?q=neighbour+shouting", Form.Of(("Statement", " ")));
        Assert.Equal(["Enter the statement, in the participant's words or close to them", "Select the chronology entry the statement speaks to"], empty.Errors);
        var tooLong = await lead.PostAsync($"{path}/statements", Form.Of(("Statement", new string('s', AnalysisLink.NoteMaxLength + 1)), ("Entry", entry)));
        Assert.Equal(["The statement must be 500 characters or fewer"], tooLong.Errors);
        var linked = await lead.PostAsync($"{path}/statements", Form.Of(("Statement", "I heard about the shouting from the police the next morning."), ("Entry", entry)));
        Assert.Equal($"{path}#statements", linked.Location);
        var again = await lead.PostAsync($"{path}/statements", Form.Of(("Statement", "Said twice."), ("Entry", entry)));
        Assert.Equal(["A statement from this conversation is already linked to that entry"], again.Errors);

        var page = await lead.GetAsync(path);
        var statements = page.Document.QuerySelector("#statements + ul")!;
        Assert.Contains("I heard about the shouting from the police the next morning.", statements.TextContent, StringComparison.Ordinal);
        Assert.Contains("Testshire Police", statements.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Conversation 1", (await lead.GetAsync($"/reviews/{world.ReviewId}/analysis/traceability")).Html, StringComparison.Ordinal);
        var chair = await Factory.SignInAsync(world.Chair);
        Assert.DoesNotContain("/analysis/conversations/", (await chair.GetAsync($"/reviews/{world.ReviewId}/analysis/traceability")).Html, StringComparison.Ordinal);

        Guid linkId;
        await using (var db = Factory.CreateDbContext())
        {
            var link = await db.AnalysisLinks.SingleAsync(l => l.FromId == world.Analysis.ConversationId);
            Assert.Equal(AnalysisItemKind.Conversation, link.FromKind);
            Assert.Equal(EvidenceKind.ChronologyEntry, link.ToKind);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.EvidenceLinked && e.EntityId == link.Id));
            linkId = link.Id;
        }

        var removed = await lead.PostAsync($"{path}?handler=Unlink", Form.Of(("linkId", linkId.ToString())));
        Assert.Equal($"{path}#statements", removed.Location);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.AnalysisLinks.AnyAsync(l => l.FromId == world.Analysis.ConversationId));
        }
    }
}
