using Lantern.Core.Analysis;
using Lantern.Core.Information;
using Lantern.Web.Hosting.Scenarios;
using Lantern.Web.Pages.Information.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Testing.Web;

/// <summary>Ids of the analysis seeded for a review.</summary>
public sealed record AnalysisIds(Guid EpisodeId, Guid FindingId, Guid RecommendationId, Guid ChallengeId, Guid ConversationId)
{
    /// <summary>A narrative section shared with the case group, with two accounts and a discrepancy between them.</summary>
    public Guid SectionId { get; init; }

    public Guid PerspectiveId { get; init; }

    public Guid DiscrepancyId { get; init; }

    /// <summary>A case group meeting (held) to which the case group member and the interviewers are invited.</summary>
    public Guid MeetingId { get; init; }
}

/// <summary>A review's analysis, written through the services by the <see cref="ScenarioBuilder"/> as
/// <c>userId</c>: one episode (agreed by the review team) and one finding built on it, both shared with the case
/// group, a recommendation from the finding, a challenge to the episode, and a conversation whose notes (version 1)
/// are with its participant to check; a shared narrative section with two accounts that differ, and a case group
/// meeting the participant is invited to.</summary>
public static class AnalysisSeed
{
    public static async Task<AnalysisIds> AnalysisAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, Guid userId, Guid participantPersonId,
        Guid participantUserId, IReadOnlyList<Guid> interviewerUserIds)
    {
        using var scope = factory.Services.CreateScope();
        var s = await ScenarioAsync(factory, scope, reviewId, userId);
        participantPersonId = await OnReviewAsync(factory, s, participantPersonId, interviewerUserIds);
        var episode = await s.EpisodeAsync(new EpisodeText("Home visit after the missed appointments", [agencyId],
            "The health visitor called at the flat after two missed clinic appointments and saw the baby briefly at the door.", new DateOnly(2024, 6, 3))
        {
            KnownThen = "Two missed appointments; no other agency had shared concerns.",
            Appraisal = PracticeAppraisal.Adequate,
            AppraisalReasons = "A visit within a week was what the service expected at the time.",
            Explanation = "Caseloads were high and a doorstep sighting counted as a seen visit in the service's guidance.",
        });
        await s.CodeFactorsAsync(episode, "practitioner-attention");
        await s.MoveAsync(episode, EpisodeStatus.AgreedByReviewTeam);
        var finding = await s.FindingAsync(new FindingText("Seeing a baby at the door is counted as seeing the baby, so concerns about care go unnoticed",
            "The doorstep sighting was recorded as a completed visit.", "The case group said doorstep visits are common across the area.",
            "Agencies believe a child has been seen properly when they have not.", "What counts as seeing a child is not agreed across agencies.")
        {
            Issues = ["How does the Board know what agencies count as seeing a child?"],
            EpisodeIds = [episode],
        });
        await s.ShareAsync(AnalysisItemKind.Episode, episode);
        await s.ShareAsync(AnalysisItemKind.Finding, finding);
        var recommendation = await s.RecommendationAsync("Agree across agencies what seeing a child means on a home visit.", RecommendationKind.ClearCut, RecommendationLevel.Local, finding);
        var challenge = await s.ChallengeAsync(AnalysisItemKind.Episode, episode, "Is adequate too generous, given what the guidance said?");

        var conversation = await s.ConversationAsync(participantPersonId, participantUserId, interviewerUserIds, new DateOnly(2026, 10, 6),
            "To understand how the strategy discussion looked to the social worker at the time.");
        await s.NotesAsync(conversation, new Dictionary<string, string?> { ["overview"] = "Allocated the family in March 2024.", ["at-the-time"] = "Thought the aunt was coping; the caseload was 28 families." });
        await s.SendToParticipantAsync(conversation);

        var section = await s.SectionAsync("After the move to the new flat", new DateOnly(2024, 3, 1), new DateOnly(2024, 6, 30),
            "The family moved across the area and two services lost track of which team held the case.");
        var social = await s.PerspectiveAsync(section, participantPersonId, agencyId, "Believed the health visitor had seen the baby that week and so did not visit again.");
        factory.Clock.Advance(TimeSpan.FromSeconds(1)); // so the accounts keep their order
        var records = await s.PerspectiveAsync(section, null, agencyId, "The service's records show no visit that week.");
        var discrepancy = await s.DiscrepancyAsync(section, "Whether anyone saw the baby in the week of 3 June.", social, records);
        await s.ShareAsync(AnalysisItemKind.NarrativeSection, section);
        var meeting = await s.MeetingAsync(MeetingKind.CaseGroupIntroduction, new DateOnly(2026, 10, 20), null, "Room 2, civic centre", "Welcome and how the review works\nThe story so far",
            [participantUserId, .. interviewerUserIds], "The group talked through the first two periods of the narrative.", "Share the first narrative section for comment");
        return new AnalysisIds(episode, finding, recommendation, challenge, conversation)
        {
            SectionId = section,
            PerspectiveId = social,
            DiscrepancyId = discrepancy,
            MeetingId = meeting,
        };
    }

    /// <summary>One more finding on a review, added through the services as <paramref name="userId"/> (so it is numbered
    /// after those there), with the issues for the Board and the episodes <paramref name="finding"/> gives. It starts as
    /// proposed, like any new finding.</summary>
    public static async Task<Guid> FindingAsync(this LanternFactory factory, Guid reviewId, Guid userId, FindingText finding)
    {
        using var scope = factory.Services.CreateScope();
        var s = await ScenarioAsync(factory, scope, reviewId, userId);
        return await s.FindingAsync(finding);
    }

    /// <summary>A large analysis for benchmarks: <paramref name="episodes"/> episodes, each with three factors and
    /// three chronology entries as evidence; <paramref name="findings"/> findings on three episodes each, with two issues
    /// and two pattern categories; <paramref name="conversations"/> conversations with a version of notes each;
    /// <paramref name="sections"/> narrative sections of four accounts each, and <paramref name="meetings"/> meetings.
    /// Uses the review's current chronology entries and registers 20 practitioners as participants. Written through
    /// the services, so the conversations' notes are all written but none is with a participant (they have no accounts).</summary>
    public static async Task ManyAnalysisAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, Guid userId, IReadOnlyList<Guid> interviewers,
        int episodes = 60, int findings = 20, int conversations = 200, int sections = 12, int meetings = 24)
    {
        using var scope = factory.Services.CreateScope();
        var s = await ScenarioAsync(factory, scope, reviewId, userId);
        var db = scope.ServiceProvider.GetRequiredService<Lantern.Data.LanternDbContext>();
        var lineages = await db.ChronologyEntries.Where(e => e.ReviewId == reviewId && e.IsCurrent).OrderBy(e => e.Date).Select(e => e.LineageId).Distinct().Take(episodes * 3).ToListAsync();
        var factorKeys = DefaultCodingSchemes.ContributoryFactors.All.Select(c => c.Key).ToList();
        var patternKeys = DefaultCodingSchemes.UnderlyingPatterns.All.Select(c => c.Key).ToList();
        Guid Evidence(int n) => lineages[n % lineages.Count];
        var episodeIds = new List<Guid>();
        for (var i = 0; i < episodes; i++)
        {
            var episode = await s.EpisodeAsync(new EpisodeText($"Episode of practice number {i + 1}", [agencyId], string.Concat(Enumerable.Repeat("A practitioner visited and recorded what they saw. ", 20)))
            {
                KnownThen = "What the records showed then.",
                Appraisal = (PracticeAppraisal)(i % 4),
                AppraisalReasons = "Judged against what was expected at the time.",
                Explanation = "It made sense because of the pressures then.",
            });
            var status = (EpisodeStatus)(i % 3);
            if (i % 2 == 0 || status == EpisodeStatus.CheckedWithCaseGroup)
            {
                await s.ShareAsync(AnalysisItemKind.Episode, episode);
            }

            await s.MoveAsync(episode, status);
            await s.CodeFactorsAsync(episode, [.. Enumerable.Range(0, 3).Select(f => factorKeys[(i * 3 + f) % factorKeys.Count])]);
            for (var f = 0; f < 3 && lineages.Count > 0; f++)
            {
                await s.LinkAsync(AnalysisItemKind.Episode, episode, EvidenceKind.ChronologyEntry, Evidence(i * 3 + f));
            }

            await s.CommentAsync(AnalysisItemKind.Episode, episode, "A comment.");
            episodeIds.Add(episode);
        }

        for (var i = 0; i < findings; i++)
        {
            await s.FindingAsync(new FindingText($"A pattern in how the agencies work, number {i + 1}", "How it showed.", "Why it is routine.", "Why it matters.", "The summary.")
            {
                Issues = [.. Enumerable.Range(1, 2).Select(k => $"Open question {k} for the Board?")],
                PatternKeys = [.. Enumerable.Range(0, 2).Select(k => patternKeys[(i + k) % patternKeys.Count])],
                EpisodeIds = [.. Enumerable.Range(0, 3).Select(e => episodeIds[(i * 3 + e) % episodeIds.Count]).Distinct()],
                PriorityRank = i + 1,
            });
        }

        var people = new List<Guid>();
        for (var n = 1; n <= 20; n++)
        {
            people.Add(await s.PersonAsync(new PersonDetails(PersonCategory.Professional, $"Robin {(char)('A' + n - 1)}. Fictional", [], null, null, agencyId, "Social worker", $"Practitioner {n}", null)));
        }

        for (var i = 0; i < conversations; i++)
        {
            var conversation = await s.ConversationAsync(people[i % people.Count], null, interviewers, new DateOnly(2026, 10, 1).AddDays(i % 50), "To understand how it looked at the time.");
            await s.NotesAsync(conversation, ConversationStructure.Sections.ToDictionary(c => c.Key, c => (string?)string.Concat(Enumerable.Repeat("What the participant said. ", 30))));
        }

        // The narrative: a section a month, each with four accounts (two sources each) and a discrepancy; and a
        // meeting a fortnight with the interviewers invited.
        for (var i = 0; i < sections; i++)
        {
            var section = await s.SectionAsync($"Period {i + 1}", new DateOnly(2024, 1, 1).AddMonths(i), new DateOnly(2024, 1, 1).AddMonths(i + 1).AddDays(-1),
                string.Concat(Enumerable.Repeat("What the review team understands happened. ", 10)));
            if (i % 2 == 0)
            {
                await s.ShareAsync(AnalysisItemKind.NarrativeSection, section);
            }

            var accounts = new List<Guid>();
            for (var a = 0; a < 4; a++)
            {
                factory.Clock.Advance(TimeSpan.FromSeconds(1));
                accounts.Add(await s.PerspectiveAsync(section, people[(i + a) % people.Count], agencyId, string.Concat(Enumerable.Repeat("How the period looked from where they stood. ", 15))));
                for (var e = 0; e < 2 && lineages.Count > 0; e++)
                {
                    await s.LinkAsync(AnalysisItemKind.Perspective, accounts[^1], EvidenceKind.ChronologyEntry, Evidence(i * 8 + a * 2 + e));
                }
            }

            var discrepancy = await s.DiscrepancyAsync(section, "Whether the visit happened that week.", accounts[0], accounts[1]);
            if (i % 4 > 0)
            {
                await s.ExploreAsync(discrepancy, (DiscrepancyStatus)(i % 4), i % 4 >= 2 ? "What exploring it found." : null);
            }
        }

        for (var i = 0; i < meetings; i++)
        {
            await s.MeetingAsync((MeetingKind)(i % 3), new DateOnly(2026, 1, 5).AddDays(14 * i), null, "Room 2, civic centre", "Welcome\nThe story so far\nNext steps", interviewers,
                string.Concat(Enumerable.Repeat("What was discussed. ", 40)), "Share the next section\nAsk for the records");
        }
    }

    /// <summary>The services refuse a participant from another review's register and interviewers outside the review
    /// team, which some tests give for a fresh review: the participant is then registered on this review too (with a
    /// pseudonym proposed there; the id returned) and the interviewers join its review team.</summary>
    private static async Task<Guid> OnReviewAsync(LanternFactory factory, Scenario s, Guid personId, IReadOnlyList<Guid> interviewerUserIds)
    {
        await using var db = factory.CreateDbContext();
        foreach (var id in interviewerUserIds)
        {
            if (!await db.ReviewMembers.AnyAsync(m => m.ReviewId == s.ReviewId && m.UserId == id))
            {
                await s.MemberAsync(id, Lantern.Core.Reviews.ReviewRole.ReviewTeamMember);
            }
        }

        var person = await db.People.SingleAsync(p => p.Id == personId);
        return person.ReviewId == s.ReviewId
            ? personId
            : await s.PersonAsync(new PersonDetails(person.Category, person.RealName, person.Aliases, null, person.Relationship, person.AgencyId, person.ProfessionalRole, null, null));
    }

    private static async Task<Scenario> ScenarioAsync(LanternFactory factory, IServiceScope scope, Guid reviewId, Guid userId)
    {
        await using var db = factory.CreateDbContext();
        var partnershipId = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.PartnershipId).SingleAsync();
        return scope.ServiceProvider.GetRequiredService<ScenarioBuilder>().For(reviewId, partnershipId, userId);
    }
}
