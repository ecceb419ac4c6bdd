namespace Lantern.Web.Pages.Information.Chronology;

/// <param name="OtherMergedEventId">The merged event whose entries move into this one; it is closed.</param>
public sealed record JoinMergedEventsOptions(Guid ReviewId, Guid PartnershipId, Guid MergedEventId, Guid Version, Guid? OtherMergedEventId);

public sealed record ChangeMergedEntryOptions(Guid ReviewId, Guid PartnershipId, Guid MergedEventId, Guid Version, Guid? EntryId);

/// <summary>Changes to a merged event after it was confirmed: joining another into it, adding an entry, taking one out.</summary>
public sealed partial class MergeService
{
    /// <summary>
    /// Moves every entry of the other merged event into this one and closes the other (recorded as undone, as a
    /// merge that no longer stands on its own). Both events change version, so a page open on either is stale.
    /// </summary>
    public async Task<WriteResult> JoinMergedEventsAsync(JoinMergedEventsOptions options, AuditActor audit, CancellationToken ct = default)
    {
        if (options.OtherMergedEventId is not { } otherId || otherId == options.MergedEventId)
        {
            return WriteResult.Refused("OtherEventId", "Choose the merged event to join into this one");
        }

        var (merged, problem) = await OpenEventAsync(options.ReviewId, options.MergedEventId, options.Version, ct);
        if (problem is not null)
        {
            return problem;
        }

        var other = await db.MergedEvents.SingleOrDefaultAsync(m => m.Id == otherId && m.ReviewId == options.ReviewId, ct);
        if (other is null)
        {
            return WriteResult.Refused("OtherEventId", "Choose the merged event to join into this one");
        }

        if (other.UndoneAt is not null)
        {
            return WriteResult.Stale;
        }

        var moving = await db.ChronologyEntries.Where(e => e.ReviewId == options.ReviewId && e.IsCurrent && e.MergedEventId == other.Id).ToListAsync(ct);
        foreach (var entry in moving)
        {
            entry.MergedEventId = merged!.Id;
        }

        other.UndoneAt = Now;
        other.UndoneByUserId = audit.UserId;
        db.Entry(merged!).State = EntityState.Modified;
        Audit(audit, AuditActions.ChronologyMergedEventsJoined, options.ReviewId, options.PartnershipId, nameof(MergedEvent), merged!.Id);
        Audit(audit, AuditActions.ChronologyMergedEventsJoined, options.ReviewId, options.PartnershipId, nameof(MergedEvent), other.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    /// <summary>Adds an entry standing alone to the merged event. Stale when the entry has been merged or replaced meanwhile.</summary>
    public async Task<WriteResult> AddMergedEntryAsync(ChangeMergedEntryOptions options, AuditActor audit, CancellationToken ct = default)
    {
        if (options.EntryId is not { } entryId)
        {
            return WriteResult.Refused("EntryId", "Choose the entry to add to this event");
        }

        var (merged, problem) = await OpenEventAsync(options.ReviewId, options.MergedEventId, options.Version, ct);
        if (problem is not null)
        {
            return problem;
        }

        var entry = await db.ChronologyEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId && e.ReviewId == options.ReviewId, ct);
        if (entry is null)
        {
            return WriteResult.Refused("EntryId", "Choose the entry to add to this event");
        }

        if (!entry.IsCurrent || entry.MergedEventId is not null)
        {
            return WriteResult.Stale;
        }

        db.Entry(merged!).State = EntityState.Modified;
        Audit(audit, AuditActions.ChronologyMergedEntryAdded, options.ReviewId, options.PartnershipId, nameof(MergedEvent), merged!.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await db.SaveOrConflictAsync(ct);
        if (!result.Succeeded)
        {
            return result;
        }

        // Claimed only while still current and in no event, as when a merge is confirmed.
        var claimed = await db.ChronologyEntries
            .Where(e => e.Id == entryId && e.ReviewId == options.ReviewId && e.IsCurrent && e.MergedEventId == null)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.MergedEventId, merged.Id), ct);
        if (claimed != 1)
        {
            return WriteResult.Stale;
        }

        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// Takes an entry out of the merged event: it stands alone again and is recorded as not the same event as
    /// each entry left, so it is not proposed with them again. With fewer than two entries left the merge is undone.
    /// </summary>
    /// <returns>Done, and whether the whole merge was undone.</returns>
    public async Task<(WriteResult Result, bool Undone)> RemoveMergedEntryAsync(ChangeMergedEntryOptions options, AuditActor audit, CancellationToken ct = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("An entry is taken out by a signed-in person.");
        if (options.EntryId is not { } entryId)
        {
            return (WriteResult.Refused("EntryId", "Choose the entry to take out of this event"), false);
        }

        var (merged, problem) = await OpenEventAsync(options.ReviewId, options.MergedEventId, options.Version, ct);
        if (problem is not null)
        {
            return (problem, false);
        }

        var entries = await db.ChronologyEntries.Where(e => e.ReviewId == options.ReviewId && e.MergedEventId == merged!.Id).ToListAsync(ct);
        var leaving = entries.SingleOrDefault(e => e.Id == entryId);
        if (leaving is null)
        {
            return (WriteResult.Refused("EntryId", "Choose one of this event's entries to take out"), false);
        }

        var staying = entries.Where(e => e != leaving && e.IsCurrent).ToList();
        leaving.MergedEventId = null;
        await RejectPairsAsync(options.ReviewId, options.PartnershipId, staying.Select(s => (leaving.LineageId, s.LineageId)), audit, userId, ct);
        Audit(audit, AuditActions.ChronologyMergedEntryRemoved, options.ReviewId, options.PartnershipId, nameof(MergedEvent), merged!.Id);
        var undone = staying.Count < 2;
        if (undone)
        {
            foreach (var entry in entries)
            {
                entry.MergedEventId = null;
            }

            merged.UndoneAt = Now;
            merged.UndoneByUserId = userId;
            Audit(audit, AuditActions.ChronologyMergeUndone, options.ReviewId, options.PartnershipId, nameof(MergedEvent), merged.Id);
        }
        else
        {
            db.Entry(merged).State = EntityState.Modified;
        }

        return (await db.SaveOrConflictAsync(ct), undone);
    }

    /// <summary>The merged event, tracked with the version the page showed, when it still stands.</summary>
    private async Task<(MergedEvent? Merged, WriteResult? Problem)> OpenEventAsync(Guid reviewId, Guid mergedEventId, Guid version, CancellationToken ct)
    {
        var merged = await db.MergedEvents.SingleOrDefaultAsync(m => m.Id == mergedEventId && m.ReviewId == reviewId, ct);
        if (merged is null)
        {
            return (null, WriteResult.Missing);
        }

        if (merged.UndoneAt is not null || merged.Version != version)
        {
            return (merged, WriteResult.Stale);
        }

        db.Entry(merged).Property(m => m.Version).OriginalValue = version;
        return (merged, null);
    }
}
