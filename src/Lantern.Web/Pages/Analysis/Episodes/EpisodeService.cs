using static Lantern.Web.Infrastructure.Saves;
using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis.Episodes;

public sealed record EpisodeDetails(
    Guid ReviewId,
    Guid PartnershipId,
    string? Title,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    IReadOnlyList<Guid> AgencyIds,
    string? WhatHappened,
    string? KnownThen,
    PracticeAppraisal? Appraisal,
    string? AppraisalReasons,
    string? Explanation,
    EpisodeSource RaisedBy);

public sealed record ChangeEpisodeOptions(Viewer Viewer, Guid EpisodeId, Guid Version, EpisodeDetails Details);

/// <summary>Codes an episode with <paramref name="CodeKeys"/> from the factors scheme <paramref name="SchemeKey"/> (Lantern's framework when null).</summary>
public sealed record CodeEpisodeOptions(Viewer Viewer, Guid PartnershipId, Guid EpisodeId, IReadOnlyList<string> CodeKeys, string? SchemeKey = null)
{
    public Guid ReviewId => Viewer.ReviewId;

    /// <summary>How each factor applied in the episode, by code key (optional; a note on a factor not chosen is ignored).</summary>
    public IReadOnlyDictionary<string, string?> Notes { get; init; } = new Dictionary<string, string?>();
}

public sealed record MoveEpisodeOptions(Viewer Viewer, Guid PartnershipId, Guid EpisodeId, EpisodeStatus To, Guid Version)
{
    public Guid ReviewId => Viewer.ReviewId;
}

/// <summary>Writes to key practice episodes: adding and changing them, coding their contributory factors and
/// moving their status. Each write is one audited save.</summary>
public sealed class EpisodeService(LanternDbContext db, AuditRecorder recorder, CodingSchemes schemes)
{
    public async Task<(WriteResult Result, Guid? EpisodeId)> AddEpisodeAsync(EpisodeDetails details, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("An episode is added by a signed-in person.");
        var errors = await CheckAsync(details, cancellationToken);
        if (errors.Count > 0)
        {
            return (new WriteResult(false, errors), null);
        }

        var episode = new KeyPracticeEpisode
        {
            Id = Guid.NewGuid(),
            ReviewId = details.ReviewId,
            Number = await NextNumberAsync(details.ReviewId, cancellationToken),
            CreatedByUserId = userId,
            CreatedAt = recorder.Now,
        };
        episode.Change(Content(details), userId, recorder.Now);
        db.Episodes.Add(episode);
        recorder.Audit(audit, AuditActions.EpisodeAdded, details.ReviewId, details.PartnershipId, "KeyPracticeEpisode", episode.Id);
        var result = await SaveNumberedAsync(db, async () => episode.Number = await NextNumberAsync(details.ReviewId, cancellationToken), cancellationToken);
        return (result, result.Succeeded ? episode.Id : null);
    }

    /// <summary>Changes an episode, refused as stale when someone else saved it since <see cref="ChangeEpisodeOptions.Version"/>.</summary>
    public async Task<WriteResult> ChangeEpisodeAsync(ChangeEpisodeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var details = options.Details;
        var episode = await db.Episodes.ChangeableBy(options.Viewer).SingleOrDefaultAsync(e => e.Id == options.EpisodeId, cancellationToken);
        if (episode is null)
        {
            return WriteResult.Missing;
        }

        return await ChangeVersionedAsync(db, episode, options.Version, await CheckAsync(details, cancellationToken),
            e => e.Change(Content(details), audit.UserId!.Value, recorder.Now),
            () => recorder.Audit(audit, AuditActions.EpisodeChanged, details.ReviewId, details.PartnershipId, "KeyPracticeEpisode", episode.Id), cancellationToken);
    }

    /// <summary>Replaces the episode's contributory factors with <see cref="CodeEpisodeOptions.CodeKeys"/> from the
    /// chosen framework, Lantern's or one of the partnership's own (any level; none is allowed: coding is optional).</summary>
    public async Task<WriteResult> CodeFactorsAsync(CodeEpisodeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (!await db.Episodes.ChangeableBy(options.Viewer).AnyAsync(e => e.Id == options.EpisodeId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var scheme = (await schemes.AvailableAsync(options.PartnershipId, CodingSchemePurpose.ContributoryFactors, cancellationToken))
            .FirstOrDefault(s => s.Key == (options.SchemeKey ?? DefaultCodingSchemes.FactorsKey));
        if (scheme is null)
        {
            return WriteResult.Refused("Scheme", "Select a framework from the list");
        }

        if (options.CodeKeys.Any(k => scheme.Find(k) is null))
        {
            return WriteResult.Refused("Factors", "Select factors from the list");
        }

        var tooLong = options.CodeKeys.FirstOrDefault(k => options.Notes.GetValueOrDefault(k)?.Trim().Length > AnalysisCode.NoteMaxLength);
        if (tooLong is not null)
        {
            return WriteResult.Refused($"note-{tooLong}", $"The note on {scheme.Find(tooLong)!.Name.ToLowerInvariant()} must be {AnalysisCode.NoteMaxLength:N0} characters or fewer");
        }

        await AnalysisCodes.ReplaceAsync(db, options.ReviewId, AnalysisItemKind.Episode, options.EpisodeId, scheme, options.CodeKeys, cancellationToken);
        foreach (var code in db.ChangeTracker.Entries<AnalysisCode>().Where(e => e.State != EntityState.Deleted && e.Entity.ItemId == options.EpisodeId && e.Entity.SchemeKey == scheme.Key))
        {
            if (options.CodeKeys.Contains(code.Entity.CodeKey))
            {
                code.Entity.Note = Tidy(options.Notes.GetValueOrDefault(code.Entity.CodeKey));
            }
        }

        recorder.Audit(audit, AuditActions.EpisodeCoded, options.ReviewId, options.PartnershipId, "KeyPracticeEpisode", options.EpisodeId);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Moves an episode one step: proposed, agreed by the review team, checked with the case group (or back).</summary>
    public async Task<WriteResult> MoveStatusAsync(MoveEpisodeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var episode = await db.Episodes.ChangeableBy(options.Viewer).SingleOrDefaultAsync(e => e.Id == options.EpisodeId, cancellationToken);
        if (episode is null)
        {
            return WriteResult.Missing;
        }

        if (episode.Version != options.Version)
        {
            return WriteResult.Stale;
        }

        if (episode.MoveTo(options.To, audit.UserId!.Value, recorder.Now) is { } refusal)
        {
            return Refused(refusal);
        }

        db.Entry(episode).Property(e => e.Version).OriginalValue = options.Version;
        recorder.Audit(audit, AuditActions.EpisodeStatusChanged, options.ReviewId, options.PartnershipId, "KeyPracticeEpisode", episode.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private async Task<int> NextNumberAsync(Guid reviewId, CancellationToken cancellationToken) =>
        (await db.Episodes.Where(e => e.ReviewId == reviewId).MaxAsync(e => (int?)e.Number, cancellationToken) ?? 0) + 1;

    private async Task<List<(string, string)>> CheckAsync(EpisodeDetails details, CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        Text(errors, "Title", details.Title, KeyPracticeEpisode.TitleMaxLength, "Enter a title for the episode", "The title");
        if (details.PeriodFrom is { } from && details.PeriodTo is { } to && to < from)
        {
            errors.Add(("PeriodTo", "The end of the period must be the same as or after the start"));
        }

        if (details.PeriodFrom > recorder.Today)
        {
            errors.Add(("PeriodFrom", "The start of the period must be today or in the past"));
        }

        var agencies = details.AgencyIds.Distinct().ToList();
        if (agencies.Count == 0)
        {
            errors.Add(("AgencyIds", "Select the agencies involved in the episode"));
        }
        else if (await db.Agencies.CountAsync(a => agencies.Contains(a.Id) && a.PartnershipId == details.PartnershipId, cancellationToken) != agencies.Count)
        {
            errors.Add(("AgencyIds", "Select agencies from the list"));
        }

        Text(errors, "WhatHappened", details.WhatHappened, KeyPracticeEpisode.TextMaxLength, "Describe what happened", "What happened");
        Text(errors, "KnownThen", details.KnownThen, KeyPracticeEpisode.TextMaxLength, null, "What was known then");
        Text(errors, "AppraisalReasons", details.AppraisalReasons, KeyPracticeEpisode.TextMaxLength,
            details.Appraisal is null ? null : "Give the reasons for the appraisal, judged against what was known then", "The reasons");
        if (details.Appraisal is null && !string.IsNullOrWhiteSpace(details.AppraisalReasons))
        {
            errors.Add(("Appraisal", "Select the appraisal the reasons support"));
        }

        Text(errors, "Explanation", details.Explanation, KeyPracticeEpisode.TextMaxLength, null, "Why it made sense at the time");
        if (!Enum.IsDefined(details.RaisedBy))
        {
            errors.Add(("RaisedBy", "Select who raised the episode"));
        }

        return errors;
    }

    private static EpisodeContent Content(EpisodeDetails details) =>
        new(details.Title!, details.PeriodFrom, details.PeriodTo, details.AgencyIds, details.WhatHappened!, details.KnownThen,
            details.Appraisal, details.AppraisalReasons, details.Explanation, details.RaisedBy);
}

/// <summary>Replacing the codes from one scheme on one item.</summary>
internal static class AnalysisCodes
{
    public static async Task ReplaceAsync(LanternDbContext db, Guid reviewId, AnalysisItemKind kind, Guid itemId, CodingScheme scheme,
        IEnumerable<string> codeKeys, CancellationToken cancellationToken)
    {
        var wanted = codeKeys.Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var existing = await db.AnalysisCodes.Where(c => c.ItemId == itemId && c.SchemeKey == scheme.Key).ToListAsync(cancellationToken);

        // Codes from an earlier version that this version no longer has were not offered, so they stay as they were;
        // the ones offered and kept now count as coded against this version.
        var offered = existing.Where(c => scheme.Find(c.CodeKey) is not null).ToList();
        db.AnalysisCodes.RemoveRange(offered.Where(c => !wanted.Contains(c.CodeKey)));
        foreach (var kept in offered.Where(c => wanted.Contains(c.CodeKey)))
        {
            kept.SchemeVersion = scheme.Version;
        }

        foreach (var key in wanted.Where(k => existing.All(c => c.CodeKey != k)))
        {
            db.AnalysisCodes.Add(new AnalysisCode
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                ItemKind = kind,
                ItemId = itemId,
                SchemeKey = scheme.Key,
                SchemeVersion = scheme.Version,
                CodeKey = key,
            });
        }
    }
}
