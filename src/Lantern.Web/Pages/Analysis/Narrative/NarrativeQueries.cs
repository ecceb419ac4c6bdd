namespace Lantern.Web.Pages.Analysis.Narrative;

public sealed record SectionRow(Guid Id, int Number, string Title, DateOnly? PeriodFrom, DateOnly? PeriodTo, bool Shared, int Perspectives, int OpenDiscrepancies, int Comments)
{
    public EpisodeStatus Status { get; init; }

    /// <summary>Agreed once, then changed: it needs agreeing again.</summary>
    public bool ChangedSinceAgreed { get; init; }
}

public sealed record PerspectiveView(Guid Id, string Name, string? Role, Guid? PersonId, Guid? AgencyId, string Account, Guid Version, IReadOnlyList<EvidenceRow> Sources, Guid SectionId);

/// <summary>A section's discrepancies; <see cref="SectionPath"/> is set for those who may explore them.</summary>
public sealed record DiscrepancyList(IReadOnlyList<DiscrepancyView> Rows, string? SectionPath);

public sealed record DiscrepancyView(Guid Id, int Number, string Description, IReadOnlyList<string> Between, DiscrepancyStatus Status, string? WhatWeFound, Guid Version, Guid SectionId);

/// <summary>Reads for the practitioners' narrative. Each returns only what is in the given review.</summary>
public sealed class NarrativeQueries(LanternDbContext db, AnalysisQueries analysis)
{
    /// <summary>The sections in the order of the case: by the start of their period, then number.</summary>
    public async Task<List<SectionRow>> SectionsAsync(Viewer viewer, CancellationToken ct) =>
        await db.NarrativeSections.AsNoTracking().VisibleTo(viewer)
            .OrderBy(s => s.PeriodFrom).ThenBy(s => s.Number)
            .Select(s => new SectionRow(s.Id, s.Number, s.Title, s.PeriodFrom, s.PeriodTo, s.SharedAt != null,
                db.Perspectives.Count(p => p.SectionId == s.Id),
                db.Discrepancies.Count(d => d.SectionId == s.Id && (d.Status == DiscrepancyStatus.ToExplore || d.Status == DiscrepancyStatus.Exploring)),
                db.AnalysisComments.Count(c => c.ItemId == s.Id))
            {
                Status = s.Status,
                ChangedSinceAgreed = s.Status == EpisodeStatus.Proposed && s.AgreedText != null,
            })
            .ToListAsync(ct);

    /// <summary>One section; a withdrawn one only when <paramref name="includeWithdrawn"/> (its own page shows it as withdrawn).</summary>
    public async Task<NarrativeSection?> SectionAsync(Viewer viewer, Guid sectionId, CancellationToken ct, bool includeWithdrawn = false) =>
        await (includeWithdrawn ? db.NarrativeSections.IgnoreQueryFilters() : db.NarrativeSections).AsNoTracking().VisibleTo(viewer).SingleOrDefaultAsync(s => s.Id == sectionId, ct);

    /// <summary>The accounts in the given sections, in the order they were added, each named by pseudonym and
    /// agency, with their sources (left out when <paramref name="withSources"/> is false, for readers who cannot
    /// open them). One query for the accounts and one for all their sources, however many sections. Only the accounts
    /// <paramref name="viewer"/> may see: a case group member sees those of a section shared with the case group.</summary>
    public async Task<List<PerspectiveView>> PerspectivesAsync(Viewer viewer, IReadOnlyCollection<Guid> sectionIds, bool withSources, CancellationToken ct)
    {
        var perspectives = await db.Perspectives.AsNoTracking().VisibleTo(viewer, db).Where(p => sectionIds.Contains(p.SectionId)).OrderBy(p => p.CreatedAt)
            .Select(p => new
            {
                p.Id,
                p.SectionId,
                p.PersonId,
                p.AgencyId,
                p.Account,
                p.Version,
                Person = db.People.Where(x => x.Id == p.PersonId).Select(x => new { x.Pseudonym, x.ProfessionalRole }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var agencies = await analysis.AgencyNamesAsync(viewer.PartnershipId, ct);
        var sources = withSources ? (await analysis.EvidenceAsync(viewer, perspectives.Select(p => p.Id).ToList(), ct)).ToLookup(s => s.FromId) : null;
        return perspectives.Select(p => new PerspectiveView(p.Id,
                AnalysisQueries.PerspectiveName(p.Person?.Pseudonym, p.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null),
                p.Person?.ProfessionalRole, p.PersonId, p.AgencyId, p.Account, p.Version, sources?[p.Id].ToList() ?? [], p.SectionId))
            .ToList();
    }

    /// <summary>The discrepancies in the given sections by number, naming the accounts they are between.</summary>
    public async Task<List<DiscrepancyView>> DiscrepanciesAsync(Viewer viewer, IReadOnlyCollection<Guid> sectionIds, IReadOnlyList<PerspectiveView> perspectives, CancellationToken ct)
    {
        var names = perspectives.ToDictionary(p => p.Id, p => p.Name);

        // An account withdrawn as made in error is left out of what a discrepancy is between.
        var withdrawn = (await db.Perspectives.IgnoreQueryFilters().Where(p => p.ReviewId == viewer.ReviewId && sectionIds.Contains(p.SectionId) && p.WithdrawnAt != null).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        return (await db.Discrepancies.AsNoTracking().VisibleTo(viewer, db).Where(d => sectionIds.Contains(d.SectionId)).OrderBy(d => d.Number).ToListAsync(ct))
            .Select(d => new DiscrepancyView(d.Id, d.Number, d.Description, d.PerspectiveIds.Where(id => !withdrawn.Contains(id)).Select(id => names.GetValueOrDefault(id, "An account no longer in the section")).ToList(),
                d.Status, d.WhatWeFound, d.Version, d.SectionId))
            .ToList();
    }
}
