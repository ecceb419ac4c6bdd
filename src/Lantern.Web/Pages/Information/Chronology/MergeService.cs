using Lantern.Core.Information.Merging;

namespace Lantern.Web.Pages.Information.Chronology;

/// <param name="LeftOut">Entries of the same proposal the reviewer did not tick: each is recorded as not the same event as every merged entry.</param>
public sealed record ConfirmMergeOptions(Guid ReviewId, Guid PartnershipId, IReadOnlyList<Guid> EntryIds, IReadOnlyList<Guid>? LeftOut = null);

public sealed record RejectMergeOptions(Guid ReviewId, Guid PartnershipId, IReadOnlyList<Guid> EntryIds);

public sealed record UndoMergeOptions(Guid ReviewId, Guid PartnershipId, Guid MergedEventId, Guid Version);

/// <summary>
/// A reviewer's decisions about likely duplicates: confirming entries as one event (all of a proposal or the
/// ticked part), saying they are not, and undoing a merge; and changes to a merged event (MergeService.Changes.cs).
/// Each is one save (one transaction) with its audit events.
/// </summary>
public sealed partial class MergeService(LanternDbContext db, AuditRecorder recorder)
{
    private DateTime Now => recorder.Now;

    /// <returns>Done with the new merged event's id, or refused; stale when an entry was merged or replaced meanwhile.</returns>
    public async Task<(WriteResult Result, Guid? MergedEventId)> ConfirmMergeAsync(ConfirmMergeOptions options, AuditActor audit, CancellationToken ct = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A merge is confirmed by a signed-in person.");
        var (entries, problem) = await LoadAsync(options.ReviewId, options.EntryIds, ct);
        if (problem is not null)
        {
            return (problem, null);
        }

        if (entries.Any(e => e.MergedEventId is not null))
        {
            return (WriteResult.Stale, null);
        }

        var leftOutIds = (options.LeftOut ?? []).Distinct().Except(entries.Select(e => e.Id)).ToList();
        var leftOut = await db.ChronologyEntries.AsNoTracking()
            .Where(e => e.ReviewId == options.ReviewId && e.IsCurrent && leftOutIds.Contains(e.Id)).ToListAsync(ct);
        if (leftOut.Count != leftOutIds.Count)
        {
            return (WriteResult.Stale, null);
        }

        var merged = new MergedEvent { Id = Guid.NewGuid(), ReviewId = options.ReviewId, ConfirmedByUserId = userId, ConfirmedAt = Now };
        db.MergedEvents.Add(merged);
        Audit(audit, AuditActions.ChronologyMerged, options, nameof(MergedEvent), merged.Id);
        await RejectPairsAsync(options.ReviewId, options.PartnershipId, leftOut.SelectMany(l => entries.Select(e => (l.LineageId, e.LineageId))), audit, userId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await db.SaveOrConflictAsync(ct);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        // Entries are claimed only while they are still current and in no event, inside the transaction: if someone
        // merged or replaced one of them since they were read, fewer are claimed and nothing is kept.
        var ids = entries.Select(e => e.Id).ToList();
        var claimed = await db.ChronologyEntries
            .Where(e => e.ReviewId == options.ReviewId && e.IsCurrent && e.MergedEventId == null && ids.Contains(e.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.MergedEventId, merged.Id), ct);
        if (claimed != ids.Count)
        {
            return (WriteResult.Stale, null);
        }

        await transaction.CommitAsync(ct);
        return (result, merged.Id);
    }

    /// <summary>Records that the entries are not one event, pair by pair, so none of the pairs is proposed again.</summary>
    public async Task<WriteResult> RejectMergeAsync(RejectMergeOptions options, AuditActor audit, CancellationToken ct = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A proposal is rejected by a signed-in person.");
        var (entries, problem) = await LoadAsync(options.ReviewId, options.EntryIds, ct);
        if (problem is not null)
        {
            return problem;
        }

        await RejectPairsAsync(options.ReviewId, options.PartnershipId, AllPairs(entries), audit, userId, ct);
        return await db.SaveOrConflictAsync(ct);
    }

    private static IEnumerable<(Guid, Guid)> AllPairs(IReadOnlyList<ChronologyEntry> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            for (var j = i + 1; j < entries.Count; j++)
            {
                yield return (entries[i].LineageId, entries[j].LineageId);
            }
        }
    }

    /// <summary>
    /// Adds a rejection for each pair of lineages not rejected already, with its audit event. Every pair is kept,
    /// the same agency's too, so no proposal is ever made again of any two of them.
    /// </summary>
    private async Task RejectPairsAsync(Guid reviewId, Guid partnershipId, IEnumerable<(Guid A, Guid B)> pairs, AuditActor audit, Guid userId, CancellationToken ct)
    {
        var wanted = pairs.Where(p => p.A != p.B).Select(p => LineagePair.Of(p.A, p.B)).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var lineages = wanted.SelectMany(p => new[] { p.First, p.Second }).Distinct().ToList();
        var existing = (await db.MergeRejections
                .Where(r => r.ReviewId == reviewId && lineages.Contains(r.FirstLineageId) && lineages.Contains(r.SecondLineageId))
                .Select(r => new { r.FirstLineageId, r.SecondLineageId }).ToListAsync(ct))
            .Select(r => new LineagePair(r.FirstLineageId, r.SecondLineageId))
            .ToHashSet();
        foreach (var pair in wanted.Where(p => !existing.Contains(p)))
        {
            var rejection = new MergeRejection
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                FirstLineageId = pair.First,
                SecondLineageId = pair.Second,
                RejectedByUserId = userId,
                RejectedAt = Now,
            };
            db.MergeRejections.Add(rejection);
            Audit(audit, AuditActions.ChronologyMergeRejected, reviewId, partnershipId, nameof(MergeRejection), rejection.Id);
        }
    }

    /// <summary>Undoes a merge: the event is kept with when and by whom it was undone, and its entries stand alone again.</summary>
    public async Task<WriteResult> UndoMergeAsync(UndoMergeOptions options, AuditActor audit, CancellationToken ct = default)
    {
        var merged = await db.MergedEvents.SingleOrDefaultAsync(m => m.Id == options.MergedEventId && m.ReviewId == options.ReviewId, ct);
        if (merged is null)
        {
            return WriteResult.Missing;
        }

        if (merged.UndoneAt is not null || merged.Version != options.Version)
        {
            return WriteResult.Stale;
        }

        db.Entry(merged).Property(m => m.Version).OriginalValue = options.Version;
        merged.UndoneAt = Now;
        merged.UndoneByUserId = audit.UserId;
        var entries = await db.ChronologyEntries.Where(e => e.ReviewId == options.ReviewId && e.MergedEventId == merged.Id).ToListAsync(ct);
        foreach (var entry in entries)
        {
            entry.MergedEventId = null;
        }

        Audit(audit, AuditActions.ChronologyMergeUndone, options.ReviewId, options.PartnershipId, nameof(MergedEvent), merged.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    private async Task<(List<ChronologyEntry> Entries, WriteResult? Problem)> LoadAsync(Guid reviewId, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        if (distinct.Count < 2)
        {
            return ([], WriteResult.Refused("Entries", "Tick at least two entries to merge as one event"));
        }

        var entries = await db.ChronologyEntries.Where(e => e.ReviewId == reviewId && e.IsCurrent && distinct.Contains(e.Id)).ToListAsync(ct);
        if (entries.Count != distinct.Count)
        {
            // An agency sent a new version meanwhile, or the ids are not this review's.
            return (entries, WriteResult.Stale);
        }

        return (entries, null);
    }

    private void Audit(AuditActor actor, string action, ConfirmMergeOptions options, string entityType, Guid entityId) =>
        Audit(actor, action, options.ReviewId, options.PartnershipId, entityType, entityId);

    private void Audit(AuditActor actor, string action, Guid reviewId, Guid partnershipId, string entityType, Guid entityId) =>
        recorder.Audit(actor, action, reviewId, partnershipId, entityType, entityId);
}
