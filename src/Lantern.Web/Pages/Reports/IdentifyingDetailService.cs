using Lantern.Core.Disclosure;
using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>The review's list of identifying details (a school, a GP practice, a rare condition), each with the
/// words that replace it in anything published. The disclosure-risk check looks for every one of them.</summary>
public sealed class IdentifyingDetailService(LanternDbContext db, AuditRecorder recorder)
{
    public const int MaxDetails = 500;

    public Task<List<ReviewIdentifyingDetail>> ListAsync(Guid reviewId, CancellationToken ct) =>
        db.IdentifyingDetails.AsNoTracking().Where(d => d.ReviewId == reviewId).OrderBy(d => d.Kind).ThenBy(d => d.Text).ToListAsync(ct);

    public async Task<WriteResult> AddAsync(ReportScope scope, IdentifyingDetailKind? kind, string? text, string? replacement, CancellationToken ct = default)
    {
        if (!await db.Reviews.AnyAsync(r => r.Id == scope.ReviewId && r.PartnershipId == scope.PartnershipId, ct))
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        var cleanText = text?.Trim() ?? string.Empty;
        var cleanReplacement = replacement?.Trim() ?? string.Empty;
        if (kind is null)
        {
            errors.Add(("Input.Kind", "Select what kind of detail it is"));
        }

        if (cleanText.Length == 0)
        {
            errors.Add(("Input.Text", "Enter the detail as it is written"));
        }
        else if (cleanText.Length > IdentifyingDetail.TextMaxLength)
        {
            errors.Add(("Input.Text", $"The detail must be {IdentifyingDetail.TextMaxLength} characters or fewer"));
        }
        else if (Folding.Fold(cleanText).Length < 3)
        {
            errors.Add(("Input.Text", "The detail must have at least 3 letters or digits, or the check would find it everywhere"));
        }

        if (cleanReplacement.Length == 0)
        {
            errors.Add(("Input.Replacement", "Enter the words that replace it in the published edition"));
        }
        else if (cleanReplacement.Length > IdentifyingDetail.ReplacementMaxLength)
        {
            errors.Add(("Input.Replacement", $"The replacement must be {IdentifyingDetail.ReplacementMaxLength} characters or fewer"));
        }
        else if (Folding.Fold(cleanReplacement).Contains(Folding.Fold(cleanText), StringComparison.Ordinal) && cleanText.Length > 0)
        {
            errors.Add(("Input.Replacement", "The replacement must not contain the detail itself"));
        }

        var existing = await db.IdentifyingDetails.Where(d => d.ReviewId == scope.ReviewId).Select(d => d.Text).ToListAsync(ct);
        if (existing.Any(e => Folding.Fold(e) == Folding.Fold(cleanText)) && cleanText.Length > 0)
        {
            errors.Add(("Input.Text", "This detail is already on the list"));
        }
        else if (existing.Count >= MaxDetails)
        {
            errors.Add(("Input.Text", $"A review can list up to {MaxDetails} identifying details"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var detail = new ReviewIdentifyingDetail
        {
            Id = Guid.NewGuid(),
            ReviewId = scope.ReviewId,
            Kind = kind!.Value,
            Text = cleanText,
            Replacement = cleanReplacement,
            CreatedAt = recorder.Now,
            CreatedByUserId = scope.UserId,
        };
        db.IdentifyingDetails.Add(detail);
        recorder.Audit(scope.Actor, AuditActions.IdentifyingDetailAdded, scope.ReviewId, scope.PartnershipId, nameof(ReviewIdentifyingDetail), detail.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    public async Task<WriteResult> RemoveAsync(ReportScope scope, Guid detailId, CancellationToken ct = default)
    {
        var detail = await db.IdentifyingDetails.SingleOrDefaultAsync(d => d.Id == detailId && d.ReviewId == scope.ReviewId, ct);
        if (detail is null || !await db.Reviews.AnyAsync(r => r.Id == scope.ReviewId && r.PartnershipId == scope.PartnershipId, ct))
        {
            return WriteResult.Missing;
        }

        db.IdentifyingDetails.Remove(detail);
        recorder.Audit(scope.Actor, AuditActions.IdentifyingDetailRemoved, scope.ReviewId, scope.PartnershipId, nameof(ReviewIdentifyingDetail), detail.Id);
        return await db.SaveOrConflictAsync(ct);
    }
}
