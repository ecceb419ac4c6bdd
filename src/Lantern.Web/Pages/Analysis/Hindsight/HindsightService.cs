using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis.Hindsight;

public sealed record TechniqueAnswer(string Key, TechniqueUse? Use, string? Note);

/// <summary>The review's answers about guarding against hindsight; <see cref="Version"/> is null when nobody
/// has saved a record yet.</summary>
public sealed record HindsightOptions(Guid ReviewId, Guid PartnershipId, IReadOnlyList<TechniqueAnswer> Answers, string? Other, Guid? Version);

/// <summary>Saves the review's record of the techniques used against hindsight and outcome bias (marker 13).</summary>
public sealed class HindsightService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<WriteResult> RecordAsync(HindsightOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var errors = new List<(string, string)>();
        for (var i = 0; i < options.Answers.Count; i++)
        {
            var answer = options.Answers[i];
            var technique = BiasTechniques.Find(answer.Key);
            if (technique is null || options.Answers.Take(i).Any(a => a.Key == answer.Key))
            {
                errors.Add(($"Entries[{i}].Use", "Answer only the techniques on the page"));
                continue;
            }

            if (answer.Use is { } use && !Enum.IsDefined(use))
            {
                errors.Add(($"Entries[{i}].Use", $"Select whether the team used \"{technique.Name}\""));
            }

            Text(errors, $"Entries[{i}].Note", answer.Note, TechniqueEntry.NoteMaxLength,
                answer.Use == TechniqueUse.Used ? $"Say how the team used \"{technique.Name}\"" : null, $"The note on \"{technique.Name}\"");
        }

        Text(errors, "Other", options.Other, HindsightRecord.OtherMaxLength, null, "Anything else the team did");
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var record = await db.HindsightRecords.SingleOrDefaultAsync(h => h.ReviewId == options.ReviewId, cancellationToken);
        var isNew = record is null;
        if (record is null)
        {
            if (options.Version is not null)
            {
                return WriteResult.Stale;
            }

            record = new HindsightRecord { Id = Guid.NewGuid(), ReviewId = options.ReviewId };
            db.HindsightRecords.Add(record);
        }
        else if (record.Version != options.Version)
        {
            // The version read here is the original value EF checks on save, so a save in between is also caught.
            return WriteResult.Stale;
        }

        record.Entries = options.Answers
            .Select(a => new TechniqueEntry { Key = a.Key, Use = a.Use ?? TechniqueUse.NotRecorded, Note = Tidy(a.Note) })
            .ToList();
        record.Other = Tidy(options.Other);
        record.UpdatedAt = recorder.Now;
        record.UpdatedByUserId = audit.UserId!.Value;
        recorder.Audit(audit, AuditActions.HindsightRecorded, options.ReviewId, options.PartnershipId, "HindsightRecord", record.Id);
        try
        {
            return await db.SaveOrConflictAsync(cancellationToken);
        }
        catch (DbUpdateException) when (isNew)
        {
            // Two people saving the first record at once: the unique index refuses the second.
            return WriteResult.Stale;
        }
    }
}
