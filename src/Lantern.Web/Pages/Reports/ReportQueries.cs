using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

public sealed record VersionRow(ReportVersion Version, string CreatedBy, string MovedBy);

public sealed record StatusStep(ReportStatus From, ReportStatus To, string By, DateTime At);

public sealed record SectionRow(ReportSection Section, int OpenComments, bool ChangedSinceWritten, string WrittenBy);

public sealed record EditionRow(EditionKind Kind, ReportEdition? Edition);

public sealed record CommentRow(ReportComment Comment, string Author, string? AnsweredBy, string? ResolvedBy);

public sealed record DraftRow(ReportDraftResponse Draft, string Reader, string RecordedBy);

/// <summary>What the report's pages read: versions, their sections with open comments and whether the analysis
/// moved on since each was written, editions, comments and the drafts given to readers, with people's names.</summary>
public sealed class ReportQueries(LanternDbContext db, ReportDrafting drafting)
{
    public async Task<IReadOnlyList<VersionRow>> VersionsAsync(Guid reviewId, CancellationToken ct)
    {
        var versions = await db.ReportVersions.AsNoTracking().Where(v => v.ReviewId == reviewId).OrderByDescending(v => v.Number).ToListAsync(ct);
        var names = await NamesAsync(versions.SelectMany(v => new[] { v.CreatedByUserId, v.StatusChangedByUserId }), ct);
        return versions.ConvertAll(v => new VersionRow(v, names.Name(v.CreatedByUserId), names.Name(v.StatusChangedByUserId)));
    }

    public Task<ReportVersion?> VersionAsync(Guid reviewId, int number, CancellationToken ct) =>
        db.ReportVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ReviewId == reviewId && v.Number == number, ct);

    public async Task<IReadOnlyList<StatusStep>> StepsAsync(Guid versionId, CancellationToken ct)
    {
        var steps = await db.ReportStatusChanges.AsNoTracking().Where(c => c.VersionId == versionId).OrderBy(c => c.At).ToListAsync(ct);
        var names = await NamesAsync(steps.Select(s => s.ByUserId), ct);
        return steps.ConvertAll(s => new StatusStep(s.From, s.To, names.Name(s.ByUserId), s.At));
    }

    public async Task<IReadOnlyList<SectionRow>> SectionsAsync(ReportVersion version, CancellationToken ct)
    {
        var sections = await db.ReportSections.AsNoTracking().Where(s => s.VersionId == version.Id).OrderBy(s => s.Position).ToListAsync(ct);
        var open = await db.ReportComments.AsNoTracking().Where(c => c.VersionId == version.Id && c.ResolvedAt == null)
            .GroupBy(c => c.SectionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var now = version.IsOpenForWriting ? await drafting.SourcesAsync(version.ReviewId, ct) : null;
        var names = await NamesAsync(sections.Select(s => s.WrittenByUserId), ct);
        return sections.ConvertAll(s => new SectionRow(s, open.GetValueOrDefault(s.Id),
            now is not null && now.TryGetValue(s.Key, out var source) && source.Fingerprint != s.SourceFingerprint, names.Name(s.WrittenByUserId)));
    }

    public Task<ReportSection?> SectionAsync(Guid versionId, string key, CancellationToken ct) =>
        db.ReportSections.AsNoTracking().SingleOrDefaultAsync(s => s.VersionId == versionId && s.Key == key, ct);

    public async Task<IReadOnlyList<EditionRow>> EditionsAsync(Guid versionId, CancellationToken ct)
    {
        var editions = await db.ReportEditions.AsNoTracking().Where(e => e.VersionId == versionId).ToListAsync(ct);
        return Enum.GetValues<EditionKind>().Where(k => k != EditionKind.BoardResponse).Select(k => new EditionRow(k, editions.SingleOrDefault(e => e.Kind == k))).ToList();
    }

    public async Task<IReadOnlyList<CommentRow>> CommentsAsync(Guid sectionId, CancellationToken ct)
    {
        var comments = await db.ReportComments.AsNoTracking().Where(c => c.SectionId == sectionId).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var names = await NamesAsync(comments.SelectMany(c => new[] { c.AuthorUserId, c.AnsweredByUserId ?? Guid.Empty, c.ResolvedByUserId ?? Guid.Empty }), ct);
        return comments.ConvertAll(c => new CommentRow(c, names.Name(c.AuthorUserId),
            c.AnsweredByUserId is { } a ? names.Name(a) : null, c.ResolvedByUserId is { } r ? names.Name(r) : null));
    }

    public async Task<IReadOnlyList<DraftRow>> DraftsAsync(Guid reviewId, Guid versionId, CancellationToken ct)
    {
        var drafts = await db.ReportDraftResponses.AsNoTracking().Where(d => d.VersionId == versionId).OrderBy(d => d.CreatedAt).ToListAsync(ct);
        var family = await db.FamilyMembers.AsNoTracking().Where(f => f.ReviewId == reviewId).ToDictionaryAsync(f => f.Id, f => f.Relationship, ct);
        var names = await NamesAsync(drafts.SelectMany(d => new[] { d.RecordedByUserId, d.RespondentUserId ?? Guid.Empty }), ct);
        return drafts.ConvertAll(d => new DraftRow(d,
            d.Reader == DraftReader.Family
                ? d.FamilyMemberId is { } f && family.TryGetValue(f, out var relationship) ? $"Family: {relationship}" : "Family"
                : d.RespondentUserId is { } u ? $"Case group: {names.Name(u)}" : "Case group",
            names.Name(d.RecordedByUserId)));
    }

    public async Task<UserNames> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Where(i => i != Guid.Empty).Distinct().ToList();
        return new UserNames(await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct));
    }
}

public sealed record UserNames(IReadOnlyDictionary<Guid, string> ById)
{
    public string Name(Guid id) => ById.TryGetValue(id, out var name) ? name : "Someone no longer with an account";
}
