namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>An agency's own words for events that match no Lantern type, with how many current entries use them.</summary>
public sealed record UnmappedWords(Guid AgencyId, string Words, string Key, int Entries);

/// <summary>A mapping already made, with who made it.</summary>
public sealed record MadeMapping(Guid Id, Guid? AgencyId, string Words, string TypeName, string? AddedBy, DateTime AddedAt, Guid Version);

public sealed record MapEventWordsOptions(Guid ReviewId, Guid PartnershipId, Guid AgencyId, string? Words, string? TypeName, bool WholePartnership);

public sealed record RemoveEventWordsMappingOptions(Guid ReviewId, Guid PartnershipId, Guid MappingId, Guid Version);

/// <summary>
/// Agencies' own words for events mapped to Lantern's types. A mapping is the partnership's (for one agency, or
/// for all), so it holds for every review of the partnership and for later uploads; saving or removing one
/// re-reads the type of every current entry with those words in the partnership's reviews in the same
/// transaction, so an entry's type is always what the vocabulary in force says.
/// </summary>
public sealed class EventWordsService(LanternDbContext db, AuditRecorder recorder)
{
    /// <summary>The words of current entries that match no type, for the given agencies, most used first.</summary>
    public async Task<List<UnmappedWords>> UnmappedAsync(Guid reviewId, IReadOnlyCollection<Guid> agencyIds, CancellationToken ct)
    {
        var counts = await db.ChronologyEntries.AsNoTracking()
            .Where(e => e.ReviewId == reviewId && e.IsCurrent && e.MappedType == null && agencyIds.Contains(e.AgencyId))
            .GroupBy(e => new { e.AgencyId, e.EventType })
            .Select(g => new { g.Key.AgencyId, g.Key.EventType, Count = g.Count() })
            .ToListAsync(ct);

        // Spellings that differ only in case or punctuation are one row, shown as the agency wrote them most often.
        return counts
            .GroupBy(c => (c.AgencyId, Key: EventTypeVocabulary.Key(c.EventType)))
            .Select(g => new UnmappedWords(g.Key.AgencyId, g.OrderByDescending(c => c.Count).ThenBy(c => c.EventType, StringComparer.Ordinal).First().EventType,
                g.Key.Key, g.Sum(c => c.Count)))
            .OrderByDescending(w => w.Entries)
            .ThenBy(w => w.Words, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>How many current entries of an agency use words that match no type.</summary>
    public Task<int> UnmappedCountAsync(Guid reviewId, Guid agencyId, CancellationToken ct) =>
        db.ChronologyEntries.CountAsync(e => e.ReviewId == reviewId && e.AgencyId == agencyId && e.IsCurrent && e.MappedType == null, ct);

    /// <summary>The partnership's mappings, with who made each, newest first.</summary>
    public Task<List<MadeMapping>> MappingsAsync(Guid partnershipId, CancellationToken ct) =>
        db.EventTypeMappings.AsNoTracking()
            .Where(m => m.PartnershipId == partnershipId)
            .OrderByDescending(m => m.AddedAt)
            .Select(m => new MadeMapping(m.Id, m.AgencyId, m.Words, m.TypeName, db.Users.Where(u => u.Id == m.AddedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                m.AddedAt, m.Version))
            .ToListAsync(ct);

    public async Task<WriteResult> MapAsync(MapEventWordsOptions options, AuditActor audit, CancellationToken ct = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("Event words are mapped by a signed-in person.");
        var words = options.Words?.Trim() ?? string.Empty;
        var key = EventTypeVocabulary.Key(words);
        if (key.Length == 0 || words.Length > EventTypeMapping.WordsMaxLength)
        {
            return WriteResult.Refused("Words", "Choose the agency's words to map from the list");
        }

        if (string.IsNullOrWhiteSpace(options.TypeName))
        {
            return WriteResult.Refused("TypeName", $"Choose the Lantern event type that \u201c{words}\u201d means");
        }

        if (EventTypes.Find(options.TypeName) is not { } type)
        {
            return WriteResult.Refused("TypeName", "Choose one of Lantern's event types from the list");
        }

        var scope = options.WholePartnership ? (Guid?)null : options.AgencyId;
        var same = (await db.EventTypeMappings.AsNoTracking()
                .Where(m => m.PartnershipId == options.PartnershipId && m.AgencyId == scope)
                .ToListAsync(ct))
            .FirstOrDefault(m => EventTypeVocabulary.Key(m.Words) == key);
        if (same is not null)
        {
            var whose = scope is null ? "for the whole partnership" : "for this agency";
            return WriteResult.Refused("TypeName", same.TypeName == type.Name
                ? $"\u201c{words}\u201d is already mapped to {same.TypeName} {whose}"
                : $"\u201c{words}\u201d is already mapped to {same.TypeName} {whose}. Words can mean only one type: remove that mapping first to choose another");
        }

        var mapping = new EventTypeMapping
        {
            Id = Guid.NewGuid(),
            PartnershipId = options.PartnershipId,
            AgencyId = scope,
            Words = words,
            WordsKey = Folding.Fold(words),
            TypeName = type.Name,
            AddedByUserId = userId,
            AddedAt = recorder.Now,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.EventTypeMappings.Add(mapping);
        recorder.Audit(audit, AuditActions.ChronologyEventWordsMapped, options.ReviewId, options.PartnershipId, nameof(EventTypeMapping), mapping.Id);
        await db.SaveChangesAsync(ct);
        await RereadAsync(options.PartnershipId, scope, key, ct);
        await transaction.CommitAsync(ct);
        return WriteResult.Done;
    }

    /// <summary>Removes a mapping; entries with its words go back to what the rest of the vocabulary says (often unmapped).
    /// <paramref name="mayRemove"/> says whether this person may change the mapping's agency (or the whole partnership's).</summary>
    public async Task<WriteResult> RemoveAsync(RemoveEventWordsMappingOptions options, Func<Guid?, bool> mayRemove, AuditActor audit, CancellationToken ct = default)
    {
        var mapping = await db.EventTypeMappings.SingleOrDefaultAsync(m => m.Id == options.MappingId && m.PartnershipId == options.PartnershipId, ct);
        if (mapping is null || !mayRemove(mapping.AgencyId))
        {
            return WriteResult.Missing;
        }

        if (mapping.Version != options.Version)
        {
            return WriteResult.Stale;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Entry(mapping).Property(m => m.Version).OriginalValue = options.Version;
        db.EventTypeMappings.Remove(mapping);
        recorder.Audit(audit, AuditActions.ChronologyEventWordsUnmapped, options.ReviewId, options.PartnershipId, nameof(EventTypeMapping), mapping.Id);
        var saved = await db.SaveOrConflictAsync(ct);
        if (!saved.Succeeded)
        {
            return saved;
        }

        await RereadAsync(options.PartnershipId, mapping.AgencyId, EventTypeVocabulary.Key(mapping.Words), ct);
        await transaction.CommitAsync(ct);
        return WriteResult.Done;
    }

    /// <summary>Sets the type of every current entry, in the partnership's reviews, whose words have this key (of one
    /// agency, or of every agency) to what the vocabulary now says.</summary>
    private async Task RereadAsync(Guid partnershipId, Guid? agencyId, string key, CancellationToken ct)
    {
        var reviews = db.Reviews.Where(r => r.PartnershipId == partnershipId).Select(r => r.Id);
        var current = db.ChronologyEntries.Where(e => e.IsCurrent && reviews.Contains(e.ReviewId));
        if (agencyId is { } agency)
        {
            current = current.Where(e => e.AgencyId == agency);
        }

        var spellings = (await current.Select(e => new { e.AgencyId, e.EventType }).Distinct().ToListAsync(ct))
            .Where(s => EventTypeVocabulary.Key(s.EventType) == key)
            .ToList();
        if (spellings.Count == 0)
        {
            return;
        }

        var vocabulary = new EventTypeVocabulary(await db.EventTypeMappings.AsNoTracking().Where(m => m.PartnershipId == partnershipId).ToListAsync(ct));
        foreach (var spelling in spellings)
        {
            var type = vocabulary.Resolve(spelling.AgencyId, spelling.EventType);
            await current.Where(e => e.AgencyId == spelling.AgencyId && e.EventType == spelling.EventType)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.MappedType, type), ct);
        }
    }
}
