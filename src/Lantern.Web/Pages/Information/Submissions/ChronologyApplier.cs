using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>What a new version is made from: valid rows and where they came from.</summary>
public sealed record NewVersion(Guid ReviewId, Guid AgencyId, IReadOnlyList<ChronologyRow> Rows, SubmissionSource Source, string? FileName, string? Sha256,
    int? ExpectedCurrentVersion);

/// <summary>
/// Makes a new version of an agency's chronology from valid rows, inside the caller's transaction: the entries
/// of the version in use stop being current, the new entries carry over the lineage and merges of those they
/// continue, and people of the register named in them are linked. Entries are written through one prepared
/// command (<see cref="BulkInsert{T}"/>), so 100,000 rows take seconds, not minutes.
/// </summary>
public sealed class ChronologyApplier(LanternDbContext db, ChronologyLinks links)
{
    /// <summary>The saved version, or null when another version was applied since <see cref="NewVersion.ExpectedCurrentVersion"/>.</summary>
    public async Task<SubmissionVersion?> ApplyAsync(NewVersion request, Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var submission = await db.ChronologySubmissions.SingleOrDefaultAsync(s => s.ReviewId == request.ReviewId && s.AgencyId == request.AgencyId, cancellationToken);
        if (submission is null)
        {
            submission = new ChronologySubmission { Id = Guid.NewGuid(), ReviewId = request.ReviewId, AgencyId = request.AgencyId, CreatedAt = now };
            db.ChronologySubmissions.Add(submission);
        }

        if (request.ExpectedCurrentVersion is { } expected && expected != submission.CurrentVersion)
        {
            return null;
        }

        var previous = await db.ChronologyEntries.AsNoTracking()
            .Where(e => e.ReviewId == request.ReviewId && e.AgencyId == request.AgencyId && e.IsCurrent)
            .OrderBy(e => e.RowNumber)
            .Select(e => new PreviousEntry(e.LineageId, e.MergedEventId, e.Date, e.Time, e.Precision, e.EventType, e.Description, e.PeopleInvolved,
                e.AuthorRole, e.SourceReference))
            .ToListAsync(cancellationToken);
        var comparison = VersionComparer.Compare(previous, request.Rows);

        var version = new SubmissionVersion
        {
            Id = Guid.NewGuid(),
            SubmissionId = submission.Id,
            ReviewId = request.ReviewId,
            Number = submission.CurrentVersion + 1,
            Source = request.Source,
            FileName = request.FileName is { Length: > SubmissionVersion.FileNameMaxLength } name ? name[..SubmissionVersion.FileNameMaxLength] : request.FileName,
            Sha256 = request.Sha256,
            RowCount = request.Rows.Count,
            RowsAdded = comparison.Added,
            RowsChanged = comparison.Changed,
            RowsRemoved = comparison.Removed,
            AppliedByUserId = userId,
            AppliedAt = now,
        };
        db.SubmissionVersions.Add(version);
        submission.CurrentVersion = version.Number;

        // The submission's concurrency token makes a second apply of the same version fail here, before any entry is written.
        await db.SaveChangesAsync(cancellationToken);

        await db.ChronologyEntries
            .Where(e => e.ReviewId == request.ReviewId && e.AgencyId == request.AgencyId && e.IsCurrent && e.SubmissionVersionId != version.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.IsCurrent, false), cancellationToken);

        var matcher = await links.MatcherAsync(request.ReviewId, cancellationToken);
        var vocabulary = await VocabularyAsync(db, request.ReviewId, cancellationToken);

        // An agency uses a handful of words for its events, so each is worked out once, not once a row.
        var mapped = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? MappedType(string words)
        {
            if (!mapped.TryGetValue(words, out var type))
            {
                mapped[words] = type = vocabulary.Resolve(request.AgencyId, words);
            }

            return type;
        }

        // Ids in ascending order, so each index grows at its end instead of at random places in a large file.
        var ids = Ascending(request.Rows.Count);
        var lineages = Ascending(request.Rows.Count);

        // Names are matched on another core while the entries are written; the links follow the entries because
        // foreign keys are checked statement by statement.
        var matching = Task.Run(() => MatchNames(matcher, request, ids), cancellationToken);
        await using (var cache = await BulkInsertCache.EnlargeAsync(db, cancellationToken))
        {
            await using var entries = BulkInsert<ChronologyEntry>.For(db);
            for (var i = 0; i < request.Rows.Count; i++)
            {
                var row = request.Rows[i];
                var earlier = comparison.Rows[i].Previous;
                await entries.AddAsync(new ChronologyEntry
                {
                    Id = ids[i],
                    ReviewId = request.ReviewId,
                    AgencyId = request.AgencyId,
                    SubmissionVersionId = version.Id,
                    LineageId = earlier?.LineageId ?? lineages[i],
                    MergedEventId = earlier?.MergedEventId,
                    IsCurrent = true,
                    RowNumber = row.RowNumber,
                    Date = row.Date,
                    Time = row.Time,
                    Precision = row.Precision,
                    EventType = row.EventType,
                    MappedType = MappedType(row.EventType),
                    Description = row.Description,
                    PeopleInvolved = row.PeopleInvolved,
                    AuthorRole = row.AuthorRole,
                    SourceReference = row.SourceReference,
                    Flags = row.Flags,
                }, cancellationToken);
            }

            await entries.CompleteAsync(cancellationToken);
            await using var people = BulkInsert<EntryPerson>.For(db);
            foreach (var link in await matching)
            {
                await people.AddAsync(link, cancellationToken);
            }

            await people.CompleteAsync(cancellationToken);
        }

        return version;
    }

    /// <summary>The event-type words in force for a review: the built-in synonyms and its partnership's mappings.</summary>
    public static async Task<EventTypeVocabulary> VocabularyAsync(LanternDbContext db, Guid reviewId, CancellationToken cancellationToken)
    {
        var partnershipId = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.PartnershipId).SingleAsync(cancellationToken);
        return new EventTypeVocabulary(await db.EventTypeMappings.AsNoTracking().Where(m => m.PartnershipId == partnershipId).ToListAsync(cancellationToken));
    }

    private static Guid[] Ascending(int count)
    {
        var ids = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = Guid.CreateVersion7();
        }

        // Within one millisecond version 7 ids are random; sorted, they follow the order SQLite keeps them in.
        Array.Sort(ids);
        return ids;
    }

    /// <summary>The links between the new entries and the people of the register named in them, in entry order.</summary>
    private static List<EntryPerson> MatchNames(NameMatcher matcher, NewVersion request, Guid[] ids)
    {
        var found = new IReadOnlyList<NameMatch>[request.Rows.Count];
        Parallel.For(0, found.Length, i => found[i] = matcher.Match(request.Rows[i].Description, request.Rows[i].PeopleInvolved));
        var result = new List<EntryPerson>();
        for (var i = 0; i < found.Length; i++)
        {
            result.AddRange(found[i].Select(m => new EntryPerson { EntryId = ids[i], PersonId = m.PersonId, ReviewId = request.ReviewId, MatchedText = m.MatchedText }));
        }

        return result;
    }
}
