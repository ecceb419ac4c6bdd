using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>
/// Keeps the links between chronology entries and the people register true to the register: an upload links
/// the names it finds, and when a person is added or their names change, every current entry of the review is
/// matched again, so a person added after the chronologies arrived is linked to the entries that name them.
/// Only the differences are written.
/// </summary>
public sealed class ChronologyLinks(LanternDbContext db)
{
    /// <summary>A matcher for everyone in the review's register: real names, aliases and pseudonyms.</summary>
    public async Task<NameMatcher> MatcherAsync(Guid reviewId, CancellationToken cancellationToken) =>
        new(await db.People.AsNoTracking()
            .Where(p => p.ReviewId == reviewId)
            .Select(p => new { p.Id, p.RealName, p.Aliases, p.Pseudonym })
            .AsAsyncEnumerable()
            .Select(p => new KnownNames(p.Id, [p.RealName, p.Pseudonym, .. p.Aliases]))
            .ToListAsync(cancellationToken));

    /// <summary>Matches every current entry again and adds or removes links to match; the caller saves.</summary>
    public async Task<(int Added, int Removed)> RelinkAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        var matcher = await MatcherAsync(reviewId, cancellationToken);
        var current = db.ChronologyEntries.AsNoTracking().Where(e => e.ReviewId == reviewId && e.IsCurrent);
        var entries = await current.Select(e => new { e.Id, e.Description, e.PeopleInvolved }).ToListAsync(cancellationToken);
        var existing = await current.Join(db.EntryPeople, e => e.Id, l => l.EntryId, (e, l) => l).AsNoTracking().ToListAsync(cancellationToken);
        var wanted = new Dictionary<(Guid EntryId, Guid PersonId), string>();
        foreach (var entry in entries)
        {
            foreach (var match in matcher.Match(entry.Description, entry.PeopleInvolved))
            {
                wanted.TryAdd((entry.Id, match.PersonId), match.MatchedText);
            }
        }

        var stale = existing.Where(l => !wanted.ContainsKey((l.EntryId, l.PersonId))).ToList();
        var kept = existing.Select(l => (l.EntryId, l.PersonId)).ToHashSet();
        var fresh = wanted.Where(w => !kept.Contains(w.Key))
            .Select(w => new EntryPerson { EntryId = w.Key.EntryId, PersonId = w.Key.PersonId, ReviewId = reviewId, MatchedText = w.Value })
            .ToList();
        db.EntryPeople.RemoveRange(stale);
        db.EntryPeople.AddRange(fresh);
        return (fresh.Count, stale.Count);
    }
}
