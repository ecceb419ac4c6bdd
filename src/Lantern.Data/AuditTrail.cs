using Lantern.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data;

/// <summary>Reads the audit chain back from the database to check it.</summary>
public static class AuditTrail
{
    /// <summary>Streams every event in sequence order through the chain verifier; stops at the first break.</summary>
    public static async Task<AuditVerification> VerifyAsync(LanternDbContext db, CancellationToken cancellationToken = default)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        var verifier = new AuditChainVerifier(db.AuditKey);
        await foreach (var auditEvent in db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (verifier.Check(auditEvent) is { } broken)
            {
                return broken;
            }
        }

        return verifier.Finish(head ?? new AuditChainHead());
    }
}
