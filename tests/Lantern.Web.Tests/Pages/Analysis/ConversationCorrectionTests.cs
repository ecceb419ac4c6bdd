using System.Net;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;

namespace Lantern.Web.Tests.Pages.Analysis;

/// <summary>A participant who suggests a correction keeps reading the notes she was sent, with her correction
/// shown as with the reviewers, until the reviewers send a new version.</summary>
public sealed class ConversationCorrectionTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    [Fact]
    public async Task Notes_AfterTheParticipantSuggestsACorrection_StayReadableWithTheCorrectionShownAsWithTheReviewers()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child N4");
        var lead = world.OnReview[ReviewRole.LeadReviewer];
        var team = world.OnReview[ReviewRole.ReviewTeamMember];
        var participant = world.OnReview[ReviewRole.CaseGroupMember];
        await Factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, team, ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, participant, ReviewRole.CaseGroupMember, world.BusinessUnit.Id);
        var personId = await Factory.RegisterPersonAsync(reviewId, "Maren Fictional-Oak", "School nurse 2", Lantern.Core.Information.PersonCategory.Professional,
            aliases: [], agencyId: world.AgencyId, role: "School nurse");
        var reviewer = await Factory.SignInAsync(lead);
        var arranged = await reviewer.PostAsync($"/reviews/{reviewId}/analysis/conversations/arrange",
        [
            .. Form.Of(("Input.ParticipantPersonId", personId.ToString()), ("Input.ParticipantUserId", participant.Id.ToString()), ("Input.Purpose", "How the school's concerns were passed on"),
                ("Input.ScheduledFor.Day", "2"), ("Input.ScheduledFor.Month", "11"), ("Input.ScheduledFor.Year", "2026"),
                ("Input.BriefingSentOn.Day", string.Empty), ("Input.BriefingSentOn.Month", string.Empty), ("Input.BriefingSentOn.Year", string.Empty),
                ("Input.InterviewerUserIds", lead.Id.ToString())),
            new("Input.InterviewerUserIds", team.Id.ToString()),
        ]);
        var path = arranged.Location!;
        var conversationId = Guid.Parse(path.Split('/').Last());
        Assert.Equal(path, (await reviewer.PostAsync($"{path}/notes", Form.Of(("BasedOn", "0"), ("Sections[overview]", "Saw the boy weekly in the drop-in."), ("Sections[changes]", "A named contact in children's social care.")))).Location);
        Assert.Equal(path, (await reviewer.PostAsync(path, [])).Location);

        var me = await Factory.SignInAsync(participant);
        var own = $"/reviews/{reviewId}/my-conversations/{conversationId}";
        Assert.Equal(HttpStatusCode.Redirect, (await me.PostAsync($"{own}/correct",
            Form.Of(("BasedOn", "1"), ("Sections[overview]", "Saw the boy most weeks in the lunchtime drop-in, not every week."), ("Sections[changes]", "A named contact in children's social care."), ("comment", "It was not every week")))).Status);

        // She can still read what she was sent, and sees that her correction is with the reviewers; nothing to confirm.
        var notes = await me.GetAsync(own);
        Assert.Equal(HttpStatusCode.OK, notes.Status);
        Assert.Contains("Saw the boy weekly in the drop-in.", notes.Html, StringComparison.Ordinal);
        Assert.StartsWith("Version 1,", notes.Document.QuerySelector("#version-sent")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("with the reviewers", notes.Document.QuerySelector("#correction-with-reviewers")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(notes.Document.QuerySelector("#your-correction"));
        Assert.Contains("Saw the boy most weeks in the lunchtime drop-in, not every week.", notes.Html, StringComparison.Ordinal);
        Assert.Contains("It was not every week", notes.Html, StringComparison.Ordinal);
        Assert.Null(notes.Document.QuerySelector("form[action='" + own + "']"));
        Assert.Equal(own, (await me.GetAsync($"{own}/correct")).Location);
        var list = await me.GetAsync($"/reviews/{reviewId}/my-conversations");
        Assert.NotNull(list.Document.QuerySelector($"a[href='{own}']"));
        Assert.Contains("Your correction is with the reviewers", list.Html, StringComparison.Ordinal);

        // The reviewers' next draft stays with them until they send it.
        Assert.Equal(path, (await reviewer.PostAsync($"{path}/notes", Form.Of(("BasedOn", "2"), ("Sections[overview]", "Saw the boy at most lunchtime drop-ins (draft)."))))
            .Location);
        notes = await me.GetAsync(own);
        Assert.DoesNotContain("(draft)", notes.Html, StringComparison.Ordinal);
        Assert.StartsWith("Version 1,", notes.Document.QuerySelector("#version-sent")!.TextContent, StringComparison.Ordinal);

        // Once sent, the new version replaces both, and she can confirm it.
        Assert.Equal(path, (await reviewer.PostAsync(path, [])).Location);
        notes = await me.GetAsync(own);
        Assert.Contains("(draft)", notes.Html, StringComparison.Ordinal);
        Assert.Null(notes.Document.QuerySelector("#your-correction"));
        Assert.Equal(own, (await me.PostAsync(own, Form.Of(("basedOn", "3"), ("comment", "")))).Location);

        // Nobody else in the case group can read her notes in any state.
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.Observer], ReviewRole.Observer, world.BusinessUnit.Id);
        var observer = await Factory.SignInAsync(world.OnReview[ReviewRole.Observer]);
        Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync(own)).Status);
    }
}
