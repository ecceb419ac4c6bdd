using Lantern.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data;

/// <summary>Reads the audit chain back from the database to check it.</summary>
public static class AuditTrail
{
    /// <summary>Streams every event in sequence order through the chain verifier; stops at the first break. The
    /// anchor outside the database, when the context has one, shows whether the trail still reaches as far as
    /// it once did; records in the database show whether an empty trail can be right.</summary>
    public static async Task<AuditVerification> VerifyAsync(LanternDbContext db, CancellationToken cancellationToken = default)
    {
        AuditAnchor? anchor = null;
        if (db.AuditAnchorFile is { } anchorFile)
        {
            // Heads this process has committed but not yet written are part of what the anchor knows.
            anchorFile.Flush();
            (anchor, var problem) = anchorFile.Read();
            if (problem is not null)
            {
                return AuditVerification.Broken(0, null, null, problem);
            }
        }

        var verifier = new AuditChainVerifier(db.AuditKey, anchor);
        if (verifier.AnchorProblem is { } untrusted)
        {
            return untrusted;
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        await foreach (var auditEvent in db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (verifier.Check(auditEvent) is { } broken)
            {
                return broken;
            }
        }

        var holdsRecords = verifier.Checked == 0 && await HoldsRecordsAsync(db, cancellationToken);
        var result = verifier.Finish(head ?? new AuditChainHead(), holdsRecords);
        return result.IsIntact && anchor is null && db.AuditAnchorFile is not null && result.EventsChecked > 0
            ? result with { Message = $"{result.Message} There is no anchor of the trail outside the database yet ({AuditChainVerifier.AnchorFile}); Lantern writes one with the next event it records." }
            : result;
    }

    /// <summary>Whether the database holds accounts, partnerships or reviews: Lantern records an audit event for
    /// each one made, so with any of them the trail cannot rightly be empty.</summary>
    public static async Task<bool> HoldsRecordsAsync(LanternDbContext db, CancellationToken cancellationToken = default) =>
        await db.Users.AnyAsync(cancellationToken) || await db.Partnerships.AnyAsync(cancellationToken) || await db.Reviews.AnyAsync(cancellationToken);

    /// <inheritdoc cref="HoldsRecordsAsync"/>
    public static bool HoldsRecords(LanternDbContext db) => db.Users.Any() || db.Partnerships.Any() || db.Reviews.Any();
}
