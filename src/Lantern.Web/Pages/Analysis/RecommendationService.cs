using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Pages.SettingUp;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis;

public sealed record RecommendationDetails(Guid ReviewId, Guid PartnershipId, string? Text, RecommendationKind? Kind, RecommendationLevel? Level, Guid? FindingId, string? SuggestedOwner);

public sealed record ChangeRecommendationOptions(Guid RecommendationId, Guid Version, RecommendationDetails Details);

/// <summary>Writes to the review's recommendations, where it makes them.</summary>
public sealed class RecommendationService(LanternDbContext db, SettingUpRecorder recorder)
{
    public async Task<(WriteResult Result, Guid? RecommendationId)> AddAsync(RecommendationDetails details, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A recommendation is added by a signed-in person.");
        var errors = await CheckAsync(details, cancellationToken);
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
        recorder.Audit(audit, AuditActions.RecommendationAdded, details.ReviewId, details.PartnershipId, "Recommendation", recommendation.Id);
        var result = await SaveNumberedAsync(db, async () => recommendation.Number = await NextNumberAsync(details.ReviewId, cancellationToken), cancellationToken);
        return (result, result.Succeeded ? recommendation.Id : null);
    }

    public async Task<WriteResult> ChangeAsync(ChangeRecommendationOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var details = options.Details;
        var recommendation = await db.Recommendations.SingleOrDefaultAsync(r => r.Id == options.RecommendationId && r.ReviewId == details.ReviewId, cancellationToken);
        if (recommendation is null)
        {
            return WriteResult.Missing;
        }

        return await ChangeVersionedAsync(db, recommendation, options.Version, await CheckAsync(details, cancellationToken),
            r => Apply(r, details, audit.UserId!.Value),
            () => recorder.Audit(audit, AuditActions.RecommendationChanged, details.ReviewId, details.PartnershipId, "Recommendation", recommendation.Id), cancellationToken);
    }

    private async Task<int> NextNumberAsync(Guid reviewId, CancellationToken cancellationToken) =>
        (await db.Recommendations.Where(r => r.ReviewId == reviewId).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;

    private async Task<List<(string, string)>> CheckAsync(RecommendationDetails d, CancellationToken cancellationToken)
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

        if (d.FindingId is { } findingId && !await db.Findings.AnyAsync(f => f.Id == findingId && f.ReviewId == d.ReviewId, cancellationToken))
        {
            errors.Add(("FindingId", "Select a finding from the list"));
        }

        Text(errors, "SuggestedOwner", d.SuggestedOwner, Recommendation.OwnerMaxLength, null, "The suggested owner");
        return errors;
    }

    /// <summary>Replaces the findings the recommendation draws on.</summary>
    private void SetFindings(Recommendation recommendation, IReadOnlyCollection<Guid> findingIds)
    {
        var existing = db.RecommendationFindings.Where(l => l.RecommendationId == recommendation.Id).ToList();
        db.RecommendationFindings.RemoveRange(existing.Where(l => !findingIds.Contains(l.FindingId)));
        foreach (var id in findingIds.Where(id => existing.All(l => l.FindingId != id)))
        {
            db.RecommendationFindings.Add(new RecommendationFinding { RecommendationId = recommendation.Id, FindingId = id, ReviewId = recommendation.ReviewId });
        }
    }

    private void Apply(Recommendation recommendation, RecommendationDetails d, Guid userId)
    {
        recommendation.Text = d.Text!.Trim();
        recommendation.Kind = d.Kind!.Value;
        recommendation.Level = d.Level!.Value;
        SetFindings(recommendation, d.FindingId is { } finding ? [finding] : []);
        recommendation.SuggestedOwner = Tidy(d.SuggestedOwner);
        recommendation.UpdatedAt = recorder.Now;
        recommendation.UpdatedByUserId = userId;
    }
}
