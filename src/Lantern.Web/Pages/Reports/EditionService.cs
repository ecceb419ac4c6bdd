using System.Text.Json;
using Lantern.Core.Disclosure;
using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>One edition as a page shows it: built now from the version, with the hits accepted with a reason (a hit
/// replaced is gone from the text, so its record is history only) and what was stored when it was last marked ready.</summary>
public sealed record EditionState(ReportVersion Version, BuiltEdition Built, ReportEdition? Stored, IReadOnlyDictionary<HitKey, ReportHitResolution> Resolutions)
{
    public IReadOnlyList<DisclosureHit> Unresolved => Built.Hits.Where((_, i) => !Resolutions.ContainsKey(Built.Keys[i])).ToList();

    public int HighUnresolved => Unresolved.Count(h => h.Severity == DisclosureSeverity.High);

    /// <summary>Ready for publication: marked ready (or overridden by the chair) for exactly this text.</summary>
    public bool IsReady => Stored is { IsReady: true } s && s.ContentHash == Built.Hash;
}

/// <summary>
/// The disclosure-risk gate on an edition: replacing a hit in the writer's text (one click, the suggestion), accepting
/// it with a reason, marking the edition ready (refused while a high-severity hit is unresolved or a person has no
/// pseudonym), and the chair's override with a reason. The check runs again on every change and every download.
/// </summary>
public sealed class EditionService(LanternDbContext db, AuditRecorder recorder, EditionBuilder builder)
{
    public async Task<EditionState?> StateAsync(Guid reviewId, string reviewTitle, int number, EditionKind kind, CancellationToken ct)
    {
        var version = await db.ReportVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ReviewId == reviewId && v.Number == number, ct);
        if (version is null)
        {
            return null;
        }

        if (await builder.BuildAnyAsync(reviewId, reviewTitle, version, kind, ct) is not { } built)
        {
            return null;
        }

        var stored = await db.ReportEditions.AsNoTracking().SingleOrDefaultAsync(e => e.VersionId == version.Id && e.Kind == kind, ct);
        var resolutions = stored is null
            ? new Dictionary<HitKey, ReportHitResolution>()
            : (await db.ReportHitResolutions.AsNoTracking().Where(r => r.EditionId == stored.Id && r.Kind == HitResolutionKind.Accepted).ToListAsync(ct)).ToDictionary(r => r.Key);
        return new EditionState(version, built, stored, resolutions);
    }

    /// <summary>Replaces the hit with its suggestion where it stands in the section's text.</summary>
    public async Task<WriteResult> ReplaceAsync(ReportScope scope, string reviewTitle, int number, EditionKind kind, HitKey key, CancellationToken ct = default)
    {
        if (await StateAsync(scope.ReviewId, reviewTitle, number, kind, ct) is not { } state)
        {
            return WriteResult.Missing;
        }

        if (kind == EditionKind.BoardResponse)
        {
            return WriteResult.Refused(string.Empty, "The response's words are the Board's own: change them in the answer to the finding they appear in, or accept this one with a reason");
        }

        if (!state.Version.IsOpenForWriting)
        {
            return WriteResult.Refused(string.Empty, $"{state.Version.Label} has been agreed and its text can no longer change. Accept the finding with a reason, or start a new version");
        }

        var index = IndexOf(state, key);
        if (index < 0)
        {
            return WriteResult.Refused(string.Empty, "That finding is no longer in the edition: the text has changed since you looked. Check the list again");
        }

        var hit = state.Built.Hits[index];
        var sectionKey = state.Built.ParagraphSections.ElementAtOrDefault(hit.Paragraph);
        var section = sectionKey is null ? null : await db.ReportSections.SingleOrDefaultAsync(s => s.VersionId == state.Version.Id && s.Key == sectionKey, ct);
        if (section is null || SectionEdits.ReplaceOccurrence(section.Text, hit.Text, OccurrenceInSection(state, index), hit.Suggestion) is not { } changed)
        {
            return WriteResult.Refused(string.Empty, $"\"{hit.Text}\" could not be found as written in the section's text. Open the section and change it there");
        }

        section.Text = changed;
        section.WrittenAt = recorder.Now;
        section.WrittenByUserId = scope.UserId;
        var edition = await EditionAsync(state, ct);
        db.WithdrawReadiness(state.Version.Id);
        Resolve(edition, key, HitResolutionKind.Replaced, hit.Suggestion, null, scope.UserId);
        recorder.Audit(scope.Actor, AuditActions.ReportHitReplaced, scope.ReviewId, scope.PartnershipId, nameof(ReportEdition), edition.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    public async Task<WriteResult> AcceptAsync(ReportScope scope, string reviewTitle, int number, EditionKind kind, HitKey key, string? reason, CancellationToken ct = default)
    {
        if (await StateAsync(scope.ReviewId, reviewTitle, number, kind, ct) is not { } state)
        {
            return WriteResult.Missing;
        }

        var clean = reason?.Trim() ?? string.Empty;
        if (clean.Length == 0)
        {
            return WriteResult.Refused("Reason", "Enter why this can stay in the edition");
        }

        if (clean.Length > HitResolution.ReasonMaxLength)
        {
            return WriteResult.Refused("Reason", $"The reason must be {HitResolution.ReasonMaxLength} characters or fewer");
        }

        if (IndexOf(state, key) < 0)
        {
            return WriteResult.Refused(string.Empty, "That finding is no longer in the edition: the text has changed since you looked. Check the list again");
        }

        var edition = await EditionAsync(state, ct);
        Resolve(edition, key, HitResolutionKind.Accepted, null, clean, scope.UserId);
        recorder.Audit(scope.Actor, AuditActions.ReportHitAccepted, scope.ReviewId, scope.PartnershipId, nameof(ReportEdition), edition.Id);
        return await db.SaveUniqueOrConflictAsync(ct);
    }

    /// <summary>Marks the edition ready for publication, or, with <paramref name="overrideReason"/>, records the
    /// chair's decision to publish despite unresolved high-severity findings.</summary>
    public async Task<WriteResult> MarkReadyAsync(ReportScope scope, string reviewTitle, int number, EditionKind kind, string? overrideReason, CancellationToken ct = default)
    {
        if (kind == EditionKind.Restricted || await StateAsync(scope.ReviewId, reviewTitle, number, kind, ct) is not { } state)
        {
            return WriteResult.Missing;
        }

        if (state.Built.Blockers.Count > 0)
        {
            return new WriteResult(false, state.Built.Blockers.Select(b => (string.Empty, b.Message)).ToList());
        }

        if (state.Built.Unanswered > 0)
        {
            return WriteResult.Refused(string.Empty, state.Built.Unanswered == 1
                ? "1 finding has no answer from the Board yet, or an issue for the Board is unanswered. Answer it before marking the response ready"
                : $"{state.Built.Unanswered} findings have no answer from the Board yet, or an issue for the Board unanswered. Answer each before marking the response ready");
        }

        var reason = overrideReason?.Trim();
        if (overrideReason is not null && string.IsNullOrEmpty(reason))
        {
            return WriteResult.Refused("OverrideReason", "Enter why this edition can be published despite the unresolved findings");
        }

        if (reason?.Length > ReportEdition.ReasonMaxLength)
        {
            return WriteResult.Refused("OverrideReason", $"The reason must be {ReportEdition.ReasonMaxLength:N0} characters or fewer");
        }

        if (reason is null && state.HighUnresolved > 0)
        {
            return WriteResult.Refused(string.Empty, state.HighUnresolved == 1
                ? "1 high-risk finding is unresolved. Replace it or accept it with a reason before marking the edition ready"
                : $"{state.HighUnresolved} high-risk findings are unresolved. Replace each or accept it with a reason before marking the edition ready");
        }

        var edition = await EditionAsync(state, ct);
        edition.ContentHash = state.Built.Hash;
        edition.ReadyAt = recorder.Now;
        edition.ReadyByUserId = scope.UserId;
        edition.OverrideReason = reason;
        edition.OverrideAt = reason is null ? null : recorder.Now;
        edition.OverrideByUserId = reason is null ? null : scope.UserId;
        recorder.Audit(scope.Actor, reason is null ? AuditActions.ReportEditionReady : AuditActions.ReportEditionOverridden, scope.ReviewId, scope.PartnershipId, nameof(ReportEdition), edition.Id);
        return await db.SaveUniqueOrConflictAsync(ct);
    }

    /// <summary>The stored row for the edition (made on its first decision), updated with this check's result.</summary>
    private async Task<ReportEdition> EditionAsync(EditionState state, CancellationToken ct)
    {
        var edition = await db.ReportEditions.SingleOrDefaultAsync(e => e.VersionId == state.Version.Id && e.Kind == state.Built.Document.Kind, ct);
        if (edition is null)
        {
            edition = new ReportEdition { Id = Guid.NewGuid(), ReviewId = state.Version.ReviewId, VersionId = state.Version.Id, Kind = state.Built.Document.Kind };
            db.ReportEditions.Add(edition);
        }

        edition.CheckedAt = recorder.Now;
        edition.HitsJson = JsonSerializer.Serialize(state.Built.Hits.Select(h => new { h.Paragraph, h.Start, h.Length, Rule = h.Rule.ToString(), Severity = h.Severity.ToString() }));
        edition.HighUnresolved = state.HighUnresolved;
        return edition;
    }

    private void Resolve(ReportEdition edition, HitKey key, HitResolutionKind kind, string? replacement, string? reason, Guid userId)
    {
        var existing = db.ReportHitResolutions.Local.FirstOrDefault(r => r.EditionId == edition.Id && r.Key == key)
            ?? db.ReportHitResolutions.FirstOrDefault(r => r.EditionId == edition.Id && r.Rule == key.Rule && r.Words == key.Words && r.Occurrence == key.Occurrence);
        if (existing is null)
        {
            existing = new ReportHitResolution { Id = Guid.NewGuid(), EditionId = edition.Id, Rule = key.Rule, Words = key.Words, Occurrence = key.Occurrence };
            db.ReportHitResolutions.Add(existing);
        }

        existing.Kind = kind;
        existing.Replacement = replacement;
        existing.Reason = reason;
        existing.ByUserId = userId;
        existing.At = recorder.Now;
    }

    private static int IndexOf(EditionState state, HitKey key)
    {
        for (var i = 0; i < state.Built.Keys.Count; i++)
        {
            if (state.Built.Keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How many times the hit's exact text appears in its section's paragraphs before the hit.</summary>
    private static int OccurrenceInSection(EditionState state, int index)
    {
        var hit = state.Built.Hits[index];
        var section = state.Built.ParagraphSections[hit.Paragraph];
        var paragraphs = ReportDocuments.Paragraphs(state.Built.Document).ToList();
        var count = 0;
        for (var p = 0; p <= hit.Paragraph; p++)
        {
            if (state.Built.ParagraphSections[p] != section)
            {
                continue;
            }

            var text = paragraphs[p];
            var limit = p == hit.Paragraph ? hit.Start : text.Length;
            for (var at = text.IndexOf(hit.Text, StringComparison.Ordinal); at >= 0 && at < limit; at = text.IndexOf(hit.Text, at + 1, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}

public static class SectionEdits
{
    /// <summary>The text with the <paramref name="occurrence"/>-th (from 0) appearance of <paramref name="find"/>
    /// replaced, or the first when there are fewer; null when it does not appear at all.</summary>
    public static string? ReplaceOccurrence(string text, string find, int occurrence, string replacement)
    {
        if (find.Length == 0)
        {
            return null;
        }

        var first = text.IndexOf(find, StringComparison.Ordinal);
        if (first < 0)
        {
            return null;
        }

        var at = first;
        for (var n = 0; n < occurrence; n++)
        {
            var next = text.IndexOf(find, at + find.Length, StringComparison.Ordinal);
            if (next < 0)
            {
                at = first;
                break;
            }

            at = next;
        }

        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
