using static Lantern.Web.Infrastructure.Saves;
using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis.Recommendations;

/// <summary>A recommendation's details: <paramref name="FindingIds"/> are the findings it draws on and <paramref name="IssueIds"/>
/// the issues for the Board it answers (an issue ticked brings its finding with it).</summary>
public sealed record RecommendationDetails(Guid ReviewId, Guid PartnershipId, string? Text, RecommendationKind? Kind, RecommendationLevel? Level,
    IReadOnlyList<Guid> FindingIds, IReadOnlyList<Guid> IssueIds, string? SuggestedOwner);

public sealed record ChangeRecommendationOptions(Viewer Viewer, Guid RecommendationId, Guid Version, RecommendationDetails Details);

/// <summary>Writes to the review's recommendations, where it makes them. Each draws on at least one finding, and
/// may answer some of its findings' issues for the Board.</summary>
public sealed class RecommendationService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<(WriteResult Result, Guid? RecommendationId)> AddAsync(RecommendationDetails details, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A recommendation is added by a signed-in person.");
        var (errors, findingIds) = await CheckAsync(details, cancellationToken);
        if (errors.Count > 0)
        {
            return (new WriteResult(false, errors), null);
        }

        var recommendation = new Recommendation
        {
            Id = Guid.NewGuid(),
            ReviewId = details.ReviewId,
            Number = await NextNumberAsync(details.ReviewId, cancellationToken),
            CreatedByUserId = userId,
            CreatedAt = recorder.Now,
        };
        Apply(recommendation, details, userId);
        db.Recommendations.Add(recommendation);
        await SetSourcesAsync(recommendation, findingIds, details.IssueIds, cancellationToken);
        recorder.Audit(audit, AuditActions.RecommendationAdded, details.ReviewId, details.PartnershipId, "Recommendation", recommendation.Id);
        var result = await SaveNumberedAsync(db, async () => recommendation.Number = await NextNumberAsync(details.ReviewId, cancellationToken), cancellationToken);
        return (result, result.Succeeded ? recommendation.Id : null);
    }

    public async Task<WriteResult> ChangeAsync(ChangeRecommendationOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var details = options.Details;
        var recommendation = await db.Recommendations.ChangeableBy(options.Viewer).SingleOrDefaultAsync(r => r.Id == options.RecommendationId, cancellationToken);
        if (recommendation is null)
        {
            return WriteResult.Missing;
        }

        var (errors, findingIds) = await CheckAsync(details, cancellationToken);
        if (errors.Count == 0 && recommendation.Version == options.Version)
        {
            await SetSourcesAsync(recommendation, findingIds, details.IssueIds, cancellationToken);
        }

        return await ChangeVersionedAsync(db, recommendation, options.Version, errors,
            r => Apply(r, details, audit.UserId!.Value),
            () => recorder.Audit(audit, AuditActions.RecommendationChanged, details.ReviewId, details.PartnershipId, "Recommendation", recommendation.Id), cancellationToken);
    }

    private async Task<int> NextNumberAsync(Guid reviewId, CancellationToken cancellationToken) =>
        (await db.Recommendations.Where(r => r.ReviewId == reviewId).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;

    /// <summary>The errors in <paramref name="d"/>, and the findings it draws on: those ticked and those whose issues are ticked.</summary>
    private async Task<(List<(string, string)> Errors, List<Guid> FindingIds)> CheckAsync(RecommendationDetails d, CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        Text(errors, "Text", d.Text, Recommendation.TextMaxLength, "Enter the recommendation", "The recommendation");
        if (d.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(("Kind", "Select the kind of recommendation"));
        }

        if (d.Level is not { } level || !Enum.IsDefined(level))
        {
            errors.Add(("Level", "Select the level the recommendation is for"));
        }

        // Only live findings of this review, and issues of those findings, can be drawn on.
        var ticked = d.FindingIds.Distinct().ToList();
        var issueIds = d.IssueIds.Distinct().ToList();
        var issueFindings = await db.BoardIssues.Where(i => issueIds.Contains(i.Id) && i.ReviewId == d.ReviewId)
            .Join(db.Findings, i => i.FindingId, f => f.Id, (i, f) => f.Id).ToListAsync(cancellationToken);
        var findingIds = ticked.Concat(issueFindings).Distinct().ToList();
        if (issueFindings.Count != issueIds.Count)
        {
            errors.Add(("IssueIds", "Select issues for the Board from the list"));
        }
        else if (await db.Findings.CountAsync(f => ticked.Contains(f.Id) && f.ReviewId == d.ReviewId, cancellationToken) != ticked.Count)
        {
            errors.Add(("FindingIds", "Select findings from the list"));
        }
        else if (findingIds.Count == 0)
        {
            errors.Add(("FindingIds", "Select at least one finding the recommendation draws on: a recommendation must come from the review's findings"));
        }

        Text(errors, "SuggestedOwner", d.SuggestedOwner, Recommendation.OwnerMaxLength, null, "The suggested owner");
        return (errors, findingIds);
    }

    /// <summary>Replaces the findings the recommendation draws on and the issues for the Board it answers.</summary>
    private async Task SetSourcesAsync(Recommendation recommendation, IReadOnlyCollection<Guid> findingIds, IReadOnlyList<Guid> issueIds, CancellationToken cancellationToken)
    {
        // Links to withdrawn findings (and their issues) were not offered, so they stay as they were.
        var existing = await db.RecommendationFindings.Where(l => l.RecommendationId == recommendation.Id)
            .Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => l).ToListAsync(cancellationToken);
        db.RecommendationFindings.RemoveRange(existing.Where(l => !findingIds.Contains(l.FindingId)));
        foreach (var id in findingIds.Where(id => existing.All(l => l.FindingId != id)))
        {
            db.RecommendationFindings.Add(new RecommendationFinding { RecommendationId = recommendation.Id, FindingId = id, ReviewId = recommendation.ReviewId });
        }

        var issues = issueIds.ToHashSet();
        var existingIssues = await db.RecommendationIssues.Where(l => l.RecommendationId == recommendation.Id)
            .Join(db.BoardIssues, l => l.BoardIssueId, i => i.Id, (l, i) => new { l, i.FindingId })
            .Join(db.Findings, x => x.FindingId, f => f.Id, (x, f) => x.l).ToListAsync(cancellationToken);
        db.RecommendationIssues.RemoveRange(existingIssues.Where(l => !issues.Contains(l.BoardIssueId)));
        foreach (var id in issues.Where(id => existingIssues.All(l => l.BoardIssueId != id)))
        {
            db.RecommendationIssues.Add(new RecommendationIssue { RecommendationId = recommendation.Id, BoardIssueId = id, ReviewId = recommendation.ReviewId });
        }
    }

    private void Apply(Recommendation recommendation, RecommendationDetails d, Guid userId) =>
        recommendation.Change(d.Text!, d.Kind!.Value, d.Level!.Value, d.SuggestedOwner, userId, recorder.Now);
}
