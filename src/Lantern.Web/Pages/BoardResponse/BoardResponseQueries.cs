using Lantern.Core.Analysis;
using Lantern.Core.Board;
using Lantern.Core.Reports;
using Lantern.Core.SettingUp;

namespace Lantern.Web.Pages.BoardResponse;

/// <summary>A finding the Board answers, its issues for the Board and the response recorded so far (or null).</summary>
public sealed record FindingToAnswer(Finding Finding, IReadOnlyList<BoardIssue> Issues, FindingResponse? Response)
{
    /// <summary>Whether every issue has an answer in the response.</summary>
    public bool EveryIssueAnswered => Response is { } r && Issues.All(i => r.IssueAnswers.Exists(a => a.BoardIssueId == i.Id && !string.IsNullOrWhiteSpace(a.Answer)));
}

/// <summary>The Board's response to a review's report as it stands.</summary>
public sealed record BoardResponseState(
    BoardPresentation? Presentation,
    ReportVersion? PresentedVersion,
    ReportVersion? VersionToPresent,
    IReadOnlyList<FindingToAnswer> Findings,
    DateOnly? PlannedPublication,
    int ExpectedWeeks)
{
    public PublicationGap? Gap => Presentation is { } p && PlannedPublication is { } planned
        ? BoardResponseRules.Gap(p.PresentedOn, planned, ExpectedWeeks)
        : null;

    public int Answered => Findings.Count(f => f.Response is not null && f.EveryIssueAnswered);
}

/// <summary>Reads for the Board's response pages: the findings it answers are the review's agreed findings that are
/// not withdrawn and not good practice, in the review team's order of priority.</summary>
public sealed class BoardResponseQueries(LanternDbContext db)
{
    public async Task<BoardResponseState> StateAsync(Guid reviewId, Guid partnershipId, CancellationToken ct)
    {
        var presentation = await db.BoardPresentations.AsNoTracking().SingleOrDefaultAsync(p => p.ReviewId == reviewId, ct);
        var versions = await db.ReportVersions.AsNoTracking().Where(v => v.ReviewId == reviewId).OrderByDescending(v => v.Number).ToListAsync(ct);
        var presented = presentation is null ? null : versions.FirstOrDefault(v => v.Id == presentation.ReportVersionId);
        var toPresent = versions.FirstOrDefault(v => v.Status >= ReportStatus.AgreedByChair);
        var findings = await FindingsAsync(reviewId, ct);
        var planned = await db.Milestones.AsNoTracking().Where(m => m.ReviewId == reviewId && m.Role == MilestoneRole.Publication)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.DueOn).Select(m => (DateOnly?)m.DueOn).FirstOrDefaultAsync(ct);
        var weeks = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.WeeksFromPresentationToPublication).SingleAsync(ct);
        return new BoardResponseState(presentation, presented, toPresent, findings, planned, weeks);
    }

    /// <summary>Whether the Board meeting the report was presented at has been recorded.</summary>
    public Task<bool> PresentedAsync(Guid reviewId, CancellationToken ct) => db.BoardPresentations.AnyAsync(p => p.ReviewId == reviewId, ct);

    public async Task<IReadOnlyList<FindingToAnswer>> FindingsAsync(Guid reviewId, CancellationToken ct)
    {
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.ReviewId == reviewId && f.WithdrawnAt == null && !f.IsGoodPractice && f.Status != EpisodeStatus.Proposed)
            .InPriorityOrder().ToListAsync(ct);
        var issues = (await db.BoardIssues.AsNoTracking().Where(i => i.ReviewId == reviewId).OrderBy(i => i.Position).ToListAsync(ct))
            .ToLookup(i => i.FindingId);
        var responses = await db.FindingResponses.AsNoTracking().Where(r => r.ReviewId == reviewId).ToDictionaryAsync(r => r.FindingId, ct);
        return findings.ConvertAll(f => new FindingToAnswer(f, issues[f.Id].ToList(), responses.GetValueOrDefault(f.Id)));
    }

    /// <summary>One of the review's findings that is not withdrawn, whatever its stage, or null.</summary>
    public Task<Finding?> FindingAsync(Guid reviewId, Guid findingId, CancellationToken ct) =>
        db.Findings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == findingId && f.ReviewId == reviewId && f.WithdrawnAt == null, ct);

    /// <summary>The partnership's learning and improvement priorities, those in force on <paramref name="day"/> first.</summary>
    public async Task<IReadOnlyList<LearningPriority>> PrioritiesAsync(Guid partnershipId, DateOnly day, CancellationToken ct)
    {
        var all = await db.LearningPriorities.AsNoTracking().Where(p => p.PartnershipId == partnershipId).ToListAsync(ct);
        return [.. all.OrderByDescending(p => p.CoversDay(day)).ThenByDescending(p => p.From).ThenBy(p => p.Title, StringComparer.CurrentCulture)];
    }

    public Task<List<(Guid Id, string Name)>> AgenciesAsync(Guid partnershipId, CancellationToken ct) =>
        db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.IsActive).OrderBy(a => a.Name)
            .Select(a => new ValueTuple<Guid, string>(a.Id, a.Name)).ToListAsync(ct);

    /// <summary>The review's kind 3 recommendations (needing research, development or national action).</summary>
    public Task<List<Recommendation>> NationalRecommendationsAsync(Guid reviewId, CancellationToken ct) =>
        db.Recommendations.AsNoTracking().Where(r => r.ReviewId == reviewId && r.WithdrawnAt == null && r.Kind == RecommendationKind.NeedsWiderAction)
            .OrderBy(r => r.Number).ToListAsync(ct);
}
