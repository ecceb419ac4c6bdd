namespace Lantern.Web.Pages.SettingUp.Purpose;

/// <param name="Version">The version the person was editing, or null when there was no statement yet.</param>
public sealed record RecordPurposeOptions(Guid ReviewId, Guid PartnershipId, string Statement, string? ComplicatingFactors, string? SentTo, DateOnly? SentOn, Guid? Version);

/// <summary>The statement of the review's learning purpose (quality marker 5): one per review, changed in
/// place with optimistic concurrency, its first recording a moment in the review's history.</summary>
public sealed class PurposeService(LanternDbContext db, AuditRecorder recorder)
{
    public Task<PurposeStatement?> FindAsync(Guid reviewId, CancellationToken cancellationToken = default) =>
        db.PurposeStatements.AsNoTracking().SingleOrDefaultAsync(p => p.ReviewId == reviewId, cancellationToken);

    public async Task<WriteResult> RecordPurposeAsync(RecordPurposeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A purpose is recorded by a signed-in person.");
        if (!await db.Reviews.AnyAsync(r => r.Id == options.ReviewId && r.PartnershipId == options.PartnershipId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var purpose = await db.PurposeStatements.SingleOrDefaultAsync(p => p.ReviewId == options.ReviewId, cancellationToken);
        if ((purpose is null) != (options.Version is null))
        {
            // Someone recorded the first statement while this person was writing theirs.
            return WriteResult.Stale;
        }

        var proposed = new PurposeStatement
        {
            Statement = options.Statement.Trim(),
            ComplicatingFactors = Blank(options.ComplicatingFactors),
            SentTo = Blank(options.SentTo),
            SentOn = options.SentOn,
        };
        var problems = PurposeRules.Check(proposed, recorder.Today);
        if (problems.Count > 0)
        {
            return new WriteResult(false, problems.Select(p => (p.Field, p.Message)).ToList());
        }

        if (purpose is null)
        {
            purpose = new PurposeStatement { Id = Guid.NewGuid(), ReviewId = options.ReviewId };
            db.PurposeStatements.Add(purpose);
            recorder.History(options.ReviewId, HistoryKind.PurposeRecorded, "Purpose of the review recorded", userId);
        }
        else
        {
            db.Entry(purpose).Property(p => p.Version).OriginalValue = options.Version!.Value;
        }

        purpose.Statement = proposed.Statement;
        purpose.ComplicatingFactors = proposed.ComplicatingFactors;
        purpose.SentTo = proposed.SentTo;
        purpose.SentOn = proposed.SentOn;
        purpose.ChangedByUserId = userId;
        purpose.ChangedAt = recorder.Now;
        recorder.Audit(audit, AuditActions.PurposeRecorded, options.ReviewId, options.PartnershipId, "PurposeStatement", purpose.Id);
        return await db.SaveUniqueOrConflictAsync(cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
