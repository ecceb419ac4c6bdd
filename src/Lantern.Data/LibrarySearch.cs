using Lantern.Core.Library;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data;

/// <summary>A library entry that matched a search, with its relevance (higher is better on both databases) and a
/// short extract of its text with each matching word between <see cref="LibrarySearch.MarkStart"/> and
/// <see cref="LibrarySearch.MarkEnd"/>.</summary>
public sealed class LibraryMatch
{
    public Guid EntryId { get; set; }
    public double Rank { get; set; }
    public string Extract { get; set; } = string.Empty;
}

/// <summary>
/// Full-text search over a partnership's library on the database's own index (see <c>LibraryEntryConfiguration</c>):
/// SQLite FTS5 ranked by BM25 with the title weighted five times the text, or PostgreSQL text search ranked by cover
/// density with the title weighted above the text. Words are stemmed ("visits" finds "visited"). What a person typed
/// reaches the database only as a parameter, after <see cref="SearchText"/> has made it words and phrases.
/// </summary>
public static class LibrarySearch
{
    /// <summary>Marks the start of a matching word in <see cref="LibraryMatch.Extract"/> (a control character no text holds).</summary>
    public const char MarkStart = '\u0002';

    public const char MarkEnd = '\u0003';

    /// <summary>The best <paramref name="limit"/> matches in the partnership's library, best first.</summary>
    public static async Task<IReadOnlyList<LibraryMatch>> MatchAsync(LanternDbContext db, Guid partnershipId, SearchText search, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(search);
        if (search.IsEmpty || limit <= 0)
        {
            return [];
        }

        if (db.Database.IsSqlite())
        {
            var fts = search.ToFts5()!;
            return await db.Database.SqlQuery<LibraryMatch>($"""
                SELECT m."EntryId" AS "EntryId", m."Rank" AS "Rank",
                       snippet("LibrarySearch", 2, char(2), char(3), '…', 24) AS "Extract"
                FROM (
                    SELECT s.rowid AS "Row", s."EntryId" AS "EntryId", -bm25("LibrarySearch", 0.0, 5.0, 1.0) AS "Rank"
                    FROM "LibrarySearch" s
                    JOIN "LibraryEntries" e ON e."Id" = s."EntryId"
                    WHERE "LibrarySearch" MATCH {fts} AND e."PartnershipId" = {partnershipId}
                    ORDER BY "Rank" DESC
                    LIMIT {limit}
                ) m
                JOIN "LibrarySearch" ON "LibrarySearch".rowid = m."Row"
                WHERE "LibrarySearch" MATCH {fts}
                ORDER BY m."Rank" DESC
                """).ToListAsync(ct);
        }

        var web = search.ToWebSearch()!;
        return await db.Database.SqlQuery<LibraryMatch>($"""
            SELECT m."EntryId" AS "EntryId", m."Rank" AS "Rank",
                   ts_headline('english', e."Text", websearch_to_tsquery('english', {web}),
                       'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS "Extract"
            FROM (
                SELECT e."Id" AS "EntryId", ts_rank_cd(e."SearchVector", q)::double precision AS "Rank"
                FROM "LibraryEntries" e, websearch_to_tsquery('english', {web}) q
                WHERE e."PartnershipId" = {partnershipId} AND e."SearchVector" @@ q
                ORDER BY "Rank" DESC
                LIMIT {limit}
            ) m
            JOIN "LibraryEntries" e ON e."Id" = m."EntryId"
            ORDER BY m."Rank" DESC
            """).ToListAsync(ct);
    }
}
