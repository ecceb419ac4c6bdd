using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>Which review a report write is for, and who is making it.</summary>
public sealed record ReportScope(Guid ReviewId, Guid PartnershipId, AuditActor Actor)
{
    public Guid UserId => Actor.UserId ?? throw new InvalidOperationException("Reports are written by a signed-in person.");
}

/// <summary>
/// The report's versions and their sections: starting a version (the first drafted from the analysis, later ones
/// copied from the last), moving it on, and writing a section. One audited write per method; a section saved from a
/// stale copy is refused so that nobody's text is lost.
/// </summary>
public sealed class ReportService(LanternDbContext db, AuditRecorder recorder, ReportDrafting drafting)
{
    public async Task<(WriteResult Result, int Number)> StartVersionAsync(ReportScope scope, CancellationToken ct = default)
    {
        if (!await db.Reviews.AnyAsync(r => r.Id == scope.ReviewId && r.PartnershipId == scope.PartnershipId, ct))
        {
            return (WriteResult.Missing, 0);
        }

        var last = await db.ReportVersions.AsNoTracking().Where(v => v.ReviewId == scope.ReviewId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (last is { IsOpenForWriting: true })
        {
            return (WriteResult.Refused(string.Empty, $"{last.Label} is still being written. Move it on to the chair before starting a new version"), 0);
        }

        var version = ReportVersion.Start(scope.ReviewId, (last?.Number ?? 0) + 1, scope.UserId, recorder.Now, last?.DateStyle ?? PublishedDateStyle.MonthAndYear);
        db.ReportVersions.Add(version);
        if (last is null)
        {
            foreach (var plan in await drafting.PlanAsync(scope.ReviewId, scope.PartnershipId, ct))
            {
                db.ReportSections.Add(NewSection(version, plan.Key, plan.Heading, plan.Position, plan.DraftText, plan.SourceJson, plan.Fingerprint, scope.UserId));
            }
        }
        else
        {
            var sections = await db.ReportSections.AsNoTracking().Where(s => s.VersionId == last.Id).OrderBy(s => s.Position).ToListAsync(ct);
            foreach (var s in sections)
            {
                db.ReportSections.Add(NewSection(version, s.Key, s.Heading, s.Position, s.Text, s.SourceJson, s.SourceFingerprint, s.WrittenByUserId, s.WrittenAt));
            }
        }

        recorder.Audit(scope.Actor, AuditActions.ReportVersionStarted, scope.ReviewId, scope.PartnershipId, nameof(ReportVersion), version.Id);
        var result = await db.SaveUniqueOrConflictAsync(ct);
        return (result, version.Number);
    }

    private ReportSection NewSection(ReportVersion version, string key, string heading, int position, string text, string sourceJson, string fingerprint, Guid userId, DateTime? at = null) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = version.ReviewId,
        VersionId = version.Id,
        Key = key,
        Heading = heading,
        Position = position,
        Text = text,
        SourceJson = sourceJson,
        SourceFingerprint = fingerprint,
        WrittenAt = at ?? recorder.Now,
        WrittenByUserId = userId,
    };

    /// <summary>Moves a version on one step; <paramref name="may"/> says whether the person may make that step.</summary>
    public async Task<WriteResult> MoveOnAsync(ReportScope scope, int number, Guid versionToken, ReportStatus to, Func<ReportStatus, bool> may, CancellationToken ct = default)
    {
        if (await FindAsync(scope, number, ct) is not { } version)
        {
            return WriteResult.Missing;
        }

        if (!may(to))
        {
            return WriteResult.Refused(string.Empty, to == ReportStatus.AgreedByChair
                ? "Only the chair can agree a version of the report"
                : "You cannot move this version on to that stage");
        }

        var open = await db.ReportComments.CountAsync(c => c.VersionId == version.Id && c.ResolvedAt == null, ct);
        var ready = await db.ReportEditions.AnyAsync(e => e.VersionId == version.Id && e.Kind == EditionKind.Published && e.ReadyAt != null, ct);
        if (version.Version != versionToken)
        {
            return WriteResult.Stale;
        }

        var from = version.Status;
        if (version.MoveTo(to, open, ready, scope.UserId, recorder.Now) is { } refusal)
        {
            return WriteResult.Refused(string.Empty, refusal);
        }

        db.Entry(version).Property(nameof(ReportVersion.Version)).OriginalValue = versionToken;
        db.ReportStatusChanges.Add(new ReportStatusChange { Id = Guid.NewGuid(), VersionId = version.Id, From = from, To = to, ByUserId = scope.UserId, At = recorder.Now });
        recorder.Audit(scope.Actor, AuditActions.ReportStatusChanged, scope.ReviewId, scope.PartnershipId, nameof(ReportVersion), version.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    public async Task<WriteResult> ChangeSettingsAsync(ReportScope scope, int number, Guid versionToken, PublishedDateStyle dateStyle, bool shareWithCaseGroup, CancellationToken ct = default)
    {
        if (await FindAsync(scope, number, ct) is not { } version)
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        if (shareWithCaseGroup && !version.IsOpenForWriting && !version.SharedWithCaseGroup)
        {
            errors.Add(("Input.ShareWithCaseGroup", "This version has been agreed. Give the case group a draft before it is agreed"));
        }

        return await Saves.ChangeVersionedAsync(db, version, versionToken, errors, v =>
        {
            if (v.DateStyle != dateStyle)
            {
                db.WithdrawReadiness(v.Id);
            }

            v.DateStyle = dateStyle;
            v.SharedWithCaseGroup = shareWithCaseGroup;
        }, () => recorder.Audit(scope.Actor, AuditActions.ReportVersionChanged, scope.ReviewId, scope.PartnershipId, nameof(ReportVersion), version.Id), ct);
    }

    /// <summary>Saves a section's text. With <paramref name="takeInAnalysis"/> the analysis as it stands now becomes
    /// what the section was written from, so "changed since written" clears; the writer's text is never replaced.</summary>
    public async Task<WriteResult> WriteSectionAsync(ReportScope scope, int number, string key, Guid sectionToken, string? text, bool takeInAnalysis, CancellationToken ct = default)
    {
        if (await FindAsync(scope, number, ct) is not { } version)
        {
            return WriteResult.Missing;
        }

        var section = await db.ReportSections.SingleOrDefaultAsync(s => s.VersionId == version.Id && s.Key == key, ct);
        if (section is null)
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        var clean = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        if (!version.IsOpenForWriting)
        {
            errors.Add((string.Empty, $"{version.Label} has been agreed and can no longer be changed. Start a new version to change the report"));
        }
        else if (clean.Length > ReportSection.TextMaxLength)
        {
            errors.Add(("Input.Text", $"The section must be {ReportSection.TextMaxLength:N0} characters or fewer"));
        }

        var source = takeInAnalysis ? await drafting.SourceAsync(scope.ReviewId, scope.PartnershipId, key, ct) : null;
        return await Saves.ChangeVersionedAsync(db, section, sectionToken, errors, s =>
        {
            s.Text = clean;
            s.WrittenAt = recorder.Now;
            s.WrittenByUserId = scope.UserId;
            if (source is { } taken)
            {
                s.SourceJson = taken.Json;
                s.SourceFingerprint = taken.Fingerprint;
            }

            db.WithdrawReadiness(version.Id);
        }, () => recorder.Audit(scope.Actor, AuditActions.ReportSectionWritten, scope.ReviewId, scope.PartnershipId, nameof(ReportSection), section.Id), ct);
    }

    private Task<ReportVersion?> FindAsync(ReportScope scope, int number, CancellationToken ct) =>
        db.ReportVersions.Where(v => v.ReviewId == scope.ReviewId && v.Number == number)
            .Join(db.Reviews.Where(r => r.PartnershipId == scope.PartnershipId), v => v.ReviewId, r => r.Id, (v, r) => v)
            .SingleOrDefaultAsync(ct);
}
