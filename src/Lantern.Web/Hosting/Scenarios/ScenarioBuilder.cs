using Lantern.Web.Pages.Analysis;
using Lantern.Web.Pages.Analysis.Conversations;
using Lantern.Web.Pages.Analysis.Episodes;
using Lantern.Web.Pages.Analysis.Findings;
using Lantern.Web.Pages.Analysis.Meetings;
using Lantern.Web.Pages.Analysis.Narrative;
using Lantern.Web.Pages.Analysis.Recommendations;
using Lantern.Web.Pages.Information.People;
using Lantern.Web.Pages.Reviews.Members;

namespace Lantern.Web.Hosting.Scenarios;

/// <summary>
/// Builds a review's records through the same services a person's writes go through, so demo data and test
/// seeds pass the same checks and are audited the same way. Start with <see cref="For"/>:
/// <code>var s = scenarios.For(reviewId, partnershipId, userId); var e = await s.EpisodeAsync(...); await s.ShareAsync(e);</code>
/// </summary>
public sealed class ScenarioBuilder(
    LanternDbContext db,
    EpisodeService episodes,
    FindingService findings,
    RecommendationService recommendations,
    AnalysisService analysis,
    NarrativeService narrative,
    MeetingService meetings,
    ConversationService conversations,
    PeopleService people,
    MemberService members)
{
    internal LanternDbContext Db => db;

    internal EpisodeService Episodes => episodes;

    internal FindingService Findings => findings;

    internal RecommendationService Recommendations => recommendations;

    internal AnalysisService Analysis => analysis;

    internal NarrativeService Narrative => narrative;

    internal MeetingService Meetings => meetings;

    internal ConversationService Conversations => conversations;

    internal PeopleService People => people;

    internal MemberService Members => members;

    /// <summary>A scenario on review <paramref name="reviewId"/>, written by <paramref name="userId"/> (change who with <see cref="Scenario.As"/>).</summary>
    public Scenario For(Guid reviewId, Guid partnershipId, Guid userId) => new(this, reviewId, partnershipId, userId);

    /// <summary>Throws with the service's own messages when it refused a write: scenario data must be valid.</summary>
    internal static void Ensure(WriteResult result, string what)
    {
        if (!result.Succeeded)
        {
            var why = result.NotFound ? "not found" : result.Conflict ? "saved by someone else since" : string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"));
            throw new ScenarioRefusedException($"The scenario could not {what}: {why}");
        }
    }

    internal static Guid Ensure((WriteResult Result, Guid? Id) written, string what)
    {
        Ensure(written.Result, what);
        return written.Id!.Value;
    }
}

/// <summary>A service refused a scenario's write; the message carries the service's reasons.</summary>
public sealed class ScenarioRefusedException(string message) : InvalidOperationException(message);
