using Lantern.Core.Quality;
using Lantern.Web.Infrastructure.Documents;
using Lantern.Web.Pages.Reports;

namespace Lantern.Web.Pages.Quality;

/// <summary>A review's answers to the markers, each with who gave it and any moderation.</summary>
public sealed record ReviewAssessment(IReadOnlyDictionary<int, MarkerAssessment> ByMarker, IReadOnlyDictionary<Guid, string> Names)
{
    public MarkerAssessment? For(int marker) => ByMarker.GetValueOrDefault(marker);

    public string NameOf(Guid? userId) => userId is { } id && Names.TryGetValue(id, out var name) ? name : "Someone no longer in Lantern";

    public int Answered => ByMarker.Values.Count(a => a.Answer is not null);
}

/// <summary>
/// Records the quality-marker self-assessment (one audited write per answer or moderation, guarded by the answer's
/// version so two assessors never overwrite each other) and reads it back for the review's page, the partnership's
/// grid and the Word downloads.
/// </summary>
public sealed class QualityService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<ReviewAssessment> ReadAsync(Guid reviewId, CancellationToken ct = default)
    {
        var assessments = await db.MarkerAssessments.AsNoTracking().Where(a => a.ReviewId == reviewId).ToListAsync(ct);
        var userIds = assessments.SelectMany(a => new[] { a.AssessedByUserId, a.ModeratedByUserId }).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new ReviewAssessment(assessments.ToDictionary(a => a.Marker), names);
    }

    /// <summary>Answers one marker for the review (or changes the answer). A moderation already given stays, so a
    /// changed answer that now disagrees with it shows as a disagreement.</summary>
    public async Task<WriteResult> AssessAsync(ReportScope scope, int marker, MarkerAnswer? answer, string? comment, Guid? versionToken, CancellationToken ct = default)
    {
        if (!QualityMarkers.IsMarker(marker) || !await db.Reviews.AnyAsync(r => r.Id == scope.ReviewId && r.PartnershipId == scope.PartnershipId, ct))
        {
            return WriteResult.Missing;
        }

        var assessment = await db.MarkerAssessments.SingleOrDefaultAsync(a => a.ReviewId == scope.ReviewId && a.Marker == marker, ct);
        if ((assessment is null) != (versionToken is null) || (assessment is not null && assessment.Version != versionToken))
        {
            return WriteResult.Stale;
        }

        var cleaned = Clean(comment);
        var errors = QualityAssessmentRules.Check(new MarkerAssessmentInput(marker, answer, cleaned, scope.UserId,
            assessment?.ModeratedAnswer, assessment?.ModerationComment, assessment?.ModeratedByUserId));
        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        if (assessment is null)
        {
            assessment = new MarkerAssessment { Id = Guid.NewGuid(), ReviewId = scope.ReviewId, Marker = marker };
            db.MarkerAssessments.Add(assessment);
        }
        else
        {
            db.Entry(assessment).Property(a => a.Version).OriginalValue = versionToken!.Value;
        }

        (assessment.Answer, assessment.Comment, assessment.AssessedByUserId, assessment.AssessedAt) = (answer, cleaned, scope.UserId, recorder.Now);
        recorder.Audit(scope.Actor, AuditActions.QualityMarkerAssessed, scope.ReviewId, scope.PartnershipId, nameof(MarkerAssessment), assessment.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    /// <summary>A second assessor's answer to a marker already assessed, with their reasons where they disagree.</summary>
    public async Task<WriteResult> ModerateAsync(ReportScope scope, int marker, MarkerAnswer? answer, string? comment, Guid versionToken, CancellationToken ct = default)
    {
        if (!QualityMarkers.IsMarker(marker) || !await db.Reviews.AnyAsync(r => r.Id == scope.ReviewId && r.PartnershipId == scope.PartnershipId, ct))
        {
            return WriteResult.Missing;
        }

        var assessment = await db.MarkerAssessments.SingleOrDefaultAsync(a => a.ReviewId == scope.ReviewId && a.Marker == marker, ct);
        if (assessment?.Answer is null)
        {
            return WriteResult.Refused(string.Empty, "This marker has not been assessed yet, so there is nothing to moderate");
        }

        if (assessment.Version != versionToken)
        {
            return WriteResult.Stale;
        }

        if (answer is null)
        {
            return WriteResult.Refused("Input.Answer", "Select your answer as the second assessor");
        }

        var cleaned = Clean(comment);
        var errors = QualityAssessmentRules.Check(new MarkerAssessmentInput(marker, assessment.Answer, assessment.Comment, assessment.AssessedByUserId, answer, cleaned, scope.UserId));
        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        db.Entry(assessment).Property(a => a.Version).OriginalValue = versionToken;
        (assessment.ModeratedAnswer, assessment.ModerationComment, assessment.ModeratedByUserId, assessment.ModeratedAt) = (answer, cleaned, scope.UserId, recorder.Now);
        recorder.Audit(scope.Actor, AuditActions.QualityMarkerModerated, scope.ReviewId, scope.PartnershipId, nameof(MarkerAssessment), assessment.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    /// <summary>The partnership's grid: every review not withdrawn, oldest first, against the 18 markers.</summary>
    public async Task<QualityGrid> GridAsync(Guid partnershipId, CancellationToken ct = default)
    {
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.PartnershipId == partnershipId && r.Status != Core.Reviews.ReviewStatus.Withdrawn)
            .OrderBy(r => r.CreatedAt).Select(r => new { r.Id, r.WorkingTitle }).ToListAsync(ct);
        var ids = reviews.Select(r => r.Id).ToList();
        var assessments = await (from a in db.MarkerAssessments.AsNoTracking()
                                 join r in db.Reviews.AsNoTracking() on a.ReviewId equals r.Id
                                 where r.PartnershipId == partnershipId
                                 select a).ToListAsync(ct);
        return QualityGrid.Build(reviews.Select((r, i) => new QualityGridReview(r.Id, r.WorkingTitle, i)), assessments.Where(a => ids.Contains(a.ReviewId)));
    }

    /// <summary>The review's self-assessment as a Word document, with the evidence beside each answer.</summary>
    public static byte[] ReviewDocx(string workingTitle, ReviewAssessment assessment, IReadOnlyDictionary<int, IReadOnlyList<EvidenceLine>> evidence, DateOnly today)
    {
        var document = new WordDocument($"Quality markers: {workingTitle}")
            .TitleParagraph($"Quality markers: {workingTitle}")
            .Paragraph($"The review's self-assessment against the 18 quality markers, produced on {today.LongDate()}. {assessment.Answered} of 18 answered.");
        foreach (var marker in QualityMarkers.All)
        {
            var a = assessment.For(marker.Number);
            document.Heading(1, $"{marker.Code}: {marker.Title}")
                .KeyValues(
                [
                    ("Answer", a?.Answer.DisplayName() ?? MarkerAnswers.NotAssessedName),
                    ("Comment", a?.Comment ?? string.Empty),
                    ("Assessed by", a?.AssessedByUserId is null ? string.Empty : assessment.NameOf(a.AssessedByUserId)),
                    ("Moderation", a?.ModeratedAnswer is { } m ? $"{m.DisplayName()} ({assessment.NameOf(a.ModeratedByUserId)}){(a.Disagrees ? ": disagrees. " + a.ModerationComment : string.Empty)}" : "Not moderated"),
                ])
                .Heading(2, "What the review's records show")
                .Bullets(evidence[marker.Number].Select(e => e.Text))
                .Heading(2, "Points to consider")
                .Numbered(marker.Points.Select(p => p.Prompt));
        }

        return document.ToBytes();
    }

    /// <summary>The partnership's grid as a Word document: the table of answers and the commonest shortfalls.</summary>
    public static byte[] GridDocx(string partnership, QualityGrid grid, DateOnly today)
    {
        var document = new WordDocument($"Quality markers across reviews: {partnership}")
            .TitleParagraph($"Quality markers across reviews: {partnership}")
            .Paragraph($"{grid.Reviews.Count} reviews, produced on {today.LongDate()}. Each cell gives the settled answer: the moderator's where the marker was moderated.")
            .Heading(1, "Commonest shortfalls");
        if (grid.CommonestShortfalls.Count == 0)
        {
            document.Paragraph("No marker has been assessed as not met or partly met.");
        }
        else
        {
            document.Table(["Rank", "Marker", "Not met", "Partly met", "Reviews with a shortfall"],
                grid.CommonestShortfalls.Select(s => (IReadOnlyList<string>)[s.Rank.ToString(CultureInfo.InvariantCulture), $"{s.Marker.Code}: {s.Marker.Title}",
                    s.NotMet.ToString(CultureInfo.InvariantCulture), s.PartlyMet.ToString(CultureInfo.InvariantCulture), s.Summary]));
        }

        document.Heading(1, "Every marker, review by review");
        foreach (var row in grid.Rows)
        {
            document.Heading(2, $"{row.Marker.Code}: {row.Marker.Title}")
                .Table(["Review", "Answer"], row.Cells.Zip(grid.Reviews).Select(x => (IReadOnlyList<string>)[x.Second.Title, x.First.ModerationNote is { } note ? $"{x.First.Label} ({note})" : x.First.Label]));
        }

        return document.ToBytes();
    }

    private static WriteResult Refused(IEnumerable<(string Field, string Message)> errors) =>
        new(false, [.. errors.Select(e => (e.Field is "Answer" or "Comment" ? "Input." + e.Field : e.Field is "ModeratedAnswer" ? "Input.Answer" : e.Field is "ModerationComment" ? "Input.Comment" : string.Empty, e.Message))]);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
