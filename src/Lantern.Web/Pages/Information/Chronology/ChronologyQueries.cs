using Lantern.Core.Information.Merging;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>One agency's account: an entry as the agency wrote it, with its people by pseudonym.</summary>
public sealed record EntryAccount(
    Guid EntryId,
    Guid AgencyId,
    string AgencyName,
    DateOnly Date,
    TimeOnly? Time,
    DatePrecision Precision,
    string EventType,
    string Description,
    IReadOnlyList<PersonLabel> People,
    Guid? MergedEventId,
    EntryFlags Flags = EntryFlags.None)
{
    /// <summary>The Lantern event type the agency's words (<see cref="EventType"/>) mean; null when they match none.</summary>
    public string? MappedType { get; init; }

    /// <summary>The type to file the entry under: the mapped type, or the agency's words when unmapped.</summary>
    public string Type => MappedType ?? EventType;

    public AgencyAccount ToAgencyAccount() => new(EntryId, AgencyName, Date, Time, Description, People);
}

/// <summary>A row of the merged chronology: one merged event (several accounts) or one entry standing alone.</summary>
public sealed record MergedChronologyRow(Guid? MergedEventId, DateOnly Date, IReadOnlyList<EntryAccount> Accounts, IReadOnlyList<AccountDiscrepancy> Discrepancies)
{
    public EntryAccount First => Accounts[0];

    public string Link(Guid reviewId) => MergedEventId is { } merged
        ? Infrastructure.Links.Link.ChronologyEvent(reviewId, merged)
        : Infrastructure.Links.Link.ChronologyEntry(reviewId, First.EntryId);
}

public sealed record ChronologyCounts(int Entries, int Rows, int Agencies, int MergedEvents);

/// <summary>The choices the filters offer: agencies and event types found in the chronology, and people by pseudonym.</summary>
public sealed record FilterOptions(IReadOnlyList<Core.SettingUp.ScopedAgency> Agencies, IReadOnlyList<string> EventTypes, IReadOnlyList<PersonLabel> People);

/// <summary>
/// Reads of the merged chronology. A page of the table is found from a narrow projection of the current entries
/// (id, date, time, merged event), then only that page's entries are read in full with their people.
/// </summary>
public sealed class ChronologyQueries(LanternDbContext db)
{
    public const int PageSize = 50;

    private Dictionary<Guid, string>? agencyNames;

    private PseudonymText? pseudonyms;

    /// <summary>Whether accounts are read with registered names, dates of birth and addresses replaced.</summary>
    public bool WithPseudonyms => pseudonyms is not null;

    /// <summary>
    /// From now on in this request, accounts are read, and searched, with every registered person's names, date of
    /// birth and address replaced (<see cref="PseudonymText"/>): for those who may not see real identities.
    /// </summary>
    public async Task UsePseudonymsAsync(Guid reviewId, CancellationToken ct) =>
        pseudonyms ??= await People.PeopleRegister.PseudonymTextAsync(db, reviewId, ct);

    public async Task<FilterOptions> OptionsAsync(Viewer viewer, CancellationToken ct)
    {
        var (reviewId, partnershipId) = (viewer.ReviewId, viewer.PartnershipId);
        var agencyIds = await Current(viewer).Select(e => e.AgencyId).Distinct().ToListAsync(ct);
        var names = await AgencyNamesAsync(partnershipId, ct);
        var types = await Current(viewer).Select(e => e.MappedType ?? e.EventType).Distinct().ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == reviewId)
            .OrderBy(p => p.Pseudonym).Select(p => new PersonLabel(p.Id, p.Pseudonym)).ToListAsync(ct);
        return new FilterOptions(
            await AgencyOrder.SortAsync(db, reviewId, agencyIds.Select(id => (id, names.GetValueOrDefault(id, "Unknown agency"))), ct),
            types.Order(StringComparer.OrdinalIgnoreCase).ToList(),
            people);
    }

    /// <summary>The partnership's agencies by id, read once per request.</summary>
    public async Task<Dictionary<Guid, string>> AgencyNamesAsync(Guid partnershipId, CancellationToken ct) =>
        agencyNames ??= await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);

    /// <summary>One page of rows in date order, with the counts for the whole filtered chronology.</summary>
    public async Task<(PagedResult<MergedChronologyRow> Page, ChronologyCounts Counts)> PageAsync(Viewer viewer, ChronologyFilter filter, int page, CancellationToken ct)
    {
        var reviewId = viewer.ReviewId;
        var keys = await OrderedKeysAsync(viewer, filter, ct);
        var pageCount = Math.Max(1, (int)Math.Ceiling(keys.Count / (double)PageSize));
        var current = Math.Clamp(page, 1, pageCount);
        var rows = await RowsAsync(viewer, keys.Skip((current - 1) * PageSize).Take(PageSize).ToList(), ct);
        var entryCount = await Current(viewer).CountAsync(ct);
        var agencies = await Current(viewer).Select(e => e.AgencyId).Distinct().CountAsync(ct);
        var merged = await db.MergedEvents.CountAsync(m => m.ReviewId == reviewId && m.UndoneAt == null, ct);
        return (new PagedResult<MergedChronologyRow>(rows, current, PageSize, keys.Count), new ChronologyCounts(entryCount, keys.Count, agencies, merged));
    }

    /// <summary>Every row of the filtered chronology, for the exports.</summary>
    public async Task<IReadOnlyList<MergedChronologyRow>> AllRowsAsync(Viewer viewer, ChronologyFilter filter, CancellationToken ct)
    {
        var keys = await OrderedKeysAsync(viewer, filter, ct);
        var rows = new List<MergedChronologyRow>(keys.Count);
        foreach (var chunk in keys.Chunk(500))
        {
            rows.AddRange(await RowsAsync(viewer, chunk, ct));
        }

        return rows;
    }

    /// <summary>The row keys (a merged event, or an entry standing alone) that match, in date order.</summary>
    private async Task<List<RowKey>> OrderedKeysAsync(Viewer viewer, ChronologyFilter filter, CancellationToken ct)
    {
        var query = Current(viewer);
        if (filter.AgencyId is { } agency)
        {
            query = query.Where(e => e.AgencyId == agency);
        }

        if (filter.EventType is { } type)
        {
            // By the type the agency's words mean, so "ICPC" and "CP conference" are found as one type.
            query = query.Where(e => (e.MappedType ?? e.EventType) == type);
        }

        if (filter.FlaggedOnly)
        {
            query = query.Where(e => e.Flags != EntryFlags.None);
        }

        if (filter.PersonId is { } person)
        {
            query = query.Where(e => db.EntryPeople.Any(p => p.EntryId == e.Id && p.PersonId == person));
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.Date >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.Date <= to);
        }

        // The words typed are found folded (case and accents ignored: "zoe" finds "ZOË"), in memory on what the
        // other filters left: SQLite's lower() and LIKE fold only ASCII letters, and a folded copy of every entry
        // in the database would be one more thing to keep true.
        var slim = filter.Text is { } text && Folding.Fold(text) is { Length: > 0 } folded
            ? (await query.Select(e => new { e.Id, e.Date, e.Time, e.MergedEventId, e.Description, e.EventType }).ToListAsync(ct))
                .Where(e => Folding.Fold(Shown(e.Description)).Contains(folded, StringComparison.Ordinal) || Folding.Fold(Shown(e.EventType)).Contains(folded, StringComparison.Ordinal))
                .Select(e => new { e.Id, e.Date, e.Time, e.MergedEventId })
                .ToList()
            : await query.Select(e => new { e.Id, e.Date, e.Time, e.MergedEventId }).ToListAsync(ct);
        var keys = slim
            .GroupBy(e => e.MergedEventId ?? e.Id)
            .Select(g => new RowKey(g.Key, g.First().MergedEventId is not null, g.Min(e => e.Date), g.Min(e => e.Time)));
        var ordered = filter.NewestFirst
            ? keys.OrderByDescending(k => k.Date).ThenByDescending(k => k.Time).ThenBy(k => k.Id)
            : keys.OrderBy(k => k.Date).ThenBy(k => k.Time).ThenBy(k => k.Id);
        return ordered.ToList();
    }

    private async Task<List<MergedChronologyRow>> RowsAsync(Viewer viewer, IReadOnlyList<RowKey> keys, CancellationToken ct)
    {
        var (reviewId, partnershipId) = (viewer.ReviewId, viewer.PartnershipId);
        var entryIds = keys.Where(k => !k.IsMerged).Select(k => k.Id).ToList();
        var mergedIds = keys.Where(k => k.IsMerged).Select(k => k.Id).ToList();
        // Two queries rather than one with OR, so each can use its index (the key, and MergedEventId).
        var accounts = await AccountsAsync(reviewId, partnershipId, Current(viewer).Where(e => entryIds.Contains(e.Id)), ct);
        if (mergedIds.Count > 0)
        {
            accounts.AddRange(await AccountsAsync(reviewId, partnershipId, Current(viewer).Where(e => e.MergedEventId != null && mergedIds.Contains(e.MergedEventId.Value)), ct));
        }
        var byRow = accounts.ToLookup(a => a.MergedEventId ?? a.EntryId);
        return keys.Select(k =>
        {
            var rowAccounts = byRow[k.Id].OrderBy(a => a.Date).ThenBy(a => a.AgencyName, StringComparer.OrdinalIgnoreCase).ToList();
            return new MergedChronologyRow(k.IsMerged ? k.Id : null, k.Date, rowAccounts,
                k.IsMerged ? Discrepancies.Find(rowAccounts.Select(a => a.ToAgencyAccount()).ToList()) : []);
        }).Where(r => r.Accounts.Count > 0).ToList();
    }

    /// <summary>The given entries in full, with their people by pseudonym.</summary>
    public async Task<List<EntryAccount>> AccountsAsync(Guid reviewId, Guid partnershipId, IQueryable<ChronologyEntry> entries, CancellationToken ct)
    {
        var rows = await entries.Select(e => new { e.Id, e.AgencyId, e.Date, e.Time, e.Precision, e.EventType, e.MappedType, e.Description, e.MergedEventId, e.Flags }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var people = await PeopleAsync(reviewId, ids, ct);
        var names = await AgencyNamesAsync(partnershipId, ct);
        return rows.Select(r => new EntryAccount(r.Id, r.AgencyId, names.GetValueOrDefault(r.AgencyId, "Unknown agency"), r.Date, r.Time, r.Precision,
                Shown(r.EventType), Shown(r.Description), people[r.Id].Select(p => p.Label).ToList(), r.MergedEventId, r.Flags)
        {
            MappedType = r.MappedType,
        })
            .ToList();
    }

    /// <summary>The people linked to each entry, by pseudonym, with the words that matched them (for exports).</summary>
    public async Task<ILookup<Guid, LinkedPerson>> PeopleAsync(Guid reviewId, IReadOnlyCollection<Guid> entryIds, CancellationToken ct)
    {
        var links = new List<LinkedPerson>();
        foreach (var chunk in entryIds.Chunk(500))
        {
            // By entry id alone, so the lookup uses the key (EntryId, PersonId); the ids come from this review's entries.
            links.AddRange(await db.EntryPeople.AsNoTracking()
                .Where(ep => chunk.Contains(ep.EntryId))
                .Join(db.People, ep => ep.PersonId, p => p.Id, (ep, p) => new LinkedPerson(ep.EntryId, new PersonLabel(p.Id, p.Pseudonym), ep.MatchedText))
                .ToListAsync(ct));
        }

        return links.OrderBy(l => l.Label.Pseudonym, StringComparer.Ordinal).ToLookup(l => l.EntryId);
    }

    /// <summary>
    /// What duplicate detection needs about every current entry, with the pairs reviewers rejected. An entry whose
    /// words map to no type is tried again without words such as "cancelled" or "postponed", so a cancelled
    /// conference is still known as a conference.
    /// </summary>
    public async Task<(List<EntryFacts> Facts, HashSet<LineagePair> Rejected)> DetectionInputAsync(Viewer viewer, CancellationToken ct)
    {
        var reviewId = viewer.ReviewId;
        var entries = await Current(viewer)
            .Select(e => new { e.Id, e.AgencyId, e.LineageId, e.Date, e.Time, e.EventType, e.MappedType, e.Description, e.MergedEventId })
            .ToListAsync(ct);
        var people = (await Current(viewer).Join(db.EntryPeople, e => e.Id, p => p.EntryId, (e, p) => new { p.EntryId, p.PersonId, p.MatchedText }).ToListAsync(ct))
            .ToLookup(p => p.EntryId);
        var rejected = (await db.MergeRejections.AsNoTracking().Where(r => r.ReviewId == reviewId).Select(r => new { r.FirstLineageId, r.SecondLineageId }).ToListAsync(ct))
            .Select(r => new LineagePair(r.FirstLineageId, r.SecondLineageId))
            .ToHashSet();
        EventTypeVocabulary? vocabulary = null;
        var facts = new List<EntryFacts>(entries.Count);
        foreach (var e in entries)
        {
            var type = e.MappedType;
            if (type is null && MeetingTypes.WithoutStatus(e.EventType) is { } plain)
            {
                vocabulary ??= await Submissions.ChronologyApplier.VocabularyAsync(db, reviewId, ct);
                type = vocabulary.Resolve(e.AgencyId, plain);
            }

            var linked = people[e.Id];
            facts.Add(new EntryFacts(e.Id, e.AgencyId, e.LineageId, e.Date, type ?? e.EventType, linked.Select(p => p.PersonId).ToList(), e.MergedEventId is not null,
                e.Time, e.Description, linked.Where(p => p.MatchedText != null).Select(p => p.MatchedText!).ToList()));
        }

        return (facts, rejected);
    }

    /// <summary>An agency's words as this reader may see them.</summary>
    private string Shown(string text) => pseudonyms is null ? text : pseudonyms.Replace(text);

    public IQueryable<ChronologyEntry> Current(Viewer viewer) =>
        db.ChronologyEntries.AsNoTracking().VisibleTo(viewer).Where(e => e.IsCurrent);

    private sealed record RowKey(Guid Id, bool IsMerged, DateOnly Date, TimeOnly? Time);
}

public sealed record LinkedPerson(Guid EntryId, PersonLabel Label, string? MatchedText);
