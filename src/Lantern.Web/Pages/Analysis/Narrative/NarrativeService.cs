using static Lantern.Web.Infrastructure.Saves;
using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis.Narrative;

public sealed record SectionDetails(Guid ReviewId, Guid PartnershipId, string? Title, DateOnly? PeriodFrom, DateOnly? PeriodTo, string? Summary);

public sealed record ChangeSectionOptions(Viewer Viewer, Guid SectionId, Guid Version, SectionDetails Details);

public sealed record MoveSectionOptions(Viewer Viewer, Guid PartnershipId, Guid SectionId, EpisodeStatus To, Guid Version)
{
    public Guid ReviewId => Viewer.ReviewId;
}

public sealed record PerspectiveDetails(Guid ReviewId, Guid PartnershipId, Guid SectionId, Guid? PersonId, Guid? AgencyId, string? Account);

public sealed record ChangePerspectiveOptions(Viewer Viewer, Guid PerspectiveId, Guid Version, PerspectiveDetails Details);

public sealed record DiscrepancyDetails(Guid ReviewId, Guid PartnershipId, Guid SectionId, string? Description, IReadOnlyList<Guid> PerspectiveIds);

public sealed record ExploreDiscrepancyOptions(Viewer Viewer, Guid PartnershipId, Guid DiscrepancyId, DiscrepancyStatus? Status, string? WhatWeFound, Guid Version)
{
    public Guid ReviewId => Viewer.ReviewId;
}

/// <summary>Writes to the practitioners' narrative: sections by period, the accounts in them side by side, and
/// the discrepancies between accounts. An account is never changed to settle a discrepancy: the discrepancy
/// records what exploring it found.</summary>
public sealed class NarrativeService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<(WriteResult Result, Guid? SectionId)> AddSectionAsync(SectionDetails details, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A section is added by a signed-in person.");
        var errors = Check(details);
        if (errors.Count > 0)
        {
            return (new WriteResult(false, errors), null);
        }

        var section = new NarrativeSection
        {
            Id = Guid.NewGuid(),
            ReviewId = details.ReviewId,
            Number = await NextSectionNumberAsync(details.ReviewId, cancellationToken),
            CreatedByUserId = userId,
            CreatedAt = recorder.Now,
        };
        section.Change(details.Title!, details.PeriodFrom, details.PeriodTo, details.Summary, userId, recorder.Now);
        db.NarrativeSections.Add(section);
        recorder.Audit(audit, AuditActions.NarrativeSectionAdded, details.ReviewId, details.PartnershipId, "NarrativeSection", section.Id);
        var result = await SaveNumberedAsync(db, async () => section.Number = await NextSectionNumberAsync(details.ReviewId, cancellationToken), cancellationToken);
        return (result, result.Succeeded ? section.Id : null);
    }

    /// <summary>Changes a section's title, period or summary; refused as stale when someone saved it since.</summary>
    public async Task<WriteResult> ChangeSectionAsync(ChangeSectionOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var details = options.Details;
        var section = await db.NarrativeSections.ChangeableBy(options.Viewer).SingleOrDefaultAsync(s => s.Id == options.SectionId, cancellationToken);
        if (section is null)
        {
            return WriteResult.Missing;
        }

        return await ChangeVersionedAsync(db, section, options.Version, Check(details),
            s => s.Change(details.Title!, details.PeriodFrom, details.PeriodTo, details.Summary, audit.UserId!.Value, recorder.Now),
            () => recorder.Audit(audit, AuditActions.NarrativeSectionChanged, details.ReviewId, details.PartnershipId, "NarrativeSection", section.Id), cancellationToken);
    }

    /// <summary>Moves a section one step: proposed, agreed by the review team (keeping its wording as agreed),
    /// checked with the case group (once shared with them), or back.</summary>
    public async Task<WriteResult> MoveSectionStatusAsync(MoveSectionOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var section = await db.NarrativeSections.ChangeableBy(options.Viewer).SingleOrDefaultAsync(s => s.Id == options.SectionId, cancellationToken);
        if (section is null)
        {
            return WriteResult.Missing;
        }

        var errors = section.RefuseMove(options.To)?.Problems.ToList() ?? [];
        return await ChangeVersionedAsync(db, section, options.Version, errors,
            s => s.MoveTo(options.To, audit.UserId!.Value, recorder.Now),
            () => recorder.Audit(audit, AuditActions.NarrativeSectionStatusChanged, options.ReviewId, options.PartnershipId, "NarrativeSection", section.Id), cancellationToken);
    }

    public async Task<(WriteResult Result, Guid? PerspectiveId)> AddPerspectiveAsync(PerspectiveDetails details, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("An account is added by a signed-in person.");
        if (!await db.NarrativeSections.AnyAsync(s => s.Id == details.SectionId && s.ReviewId == details.ReviewId, cancellationToken))
        {
            return (WriteResult.Missing, null);
        }

        var errors = await CheckAsync(details, cancellationToken);
        if (errors.Count > 0)
        {
            return (new WriteResult(false, errors), null);
        }

        var perspective = new Perspective
        {
            Id = Guid.NewGuid(),
            ReviewId = details.ReviewId,
            SectionId = details.SectionId,
            CreatedByUserId = userId,
            CreatedAt = recorder.Now,
        };
        perspective.Change(details.PersonId, details.AgencyId, details.Account!, userId, recorder.Now);
        db.Perspectives.Add(perspective);
        recorder.Audit(audit, AuditActions.PerspectiveAdded, details.ReviewId, details.PartnershipId, "Perspective", perspective.Id);
        var result = await db.SaveOrConflictAsync(cancellationToken);
        return (result, result.Succeeded ? perspective.Id : null);
    }

    public async Task<WriteResult> ChangePerspectiveAsync(ChangePerspectiveOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var details = options.Details;
        var perspective = await db.Perspectives.ChangeableBy(options.Viewer).SingleOrDefaultAsync(
            p => p.Id == options.PerspectiveId && p.SectionId == details.SectionId, cancellationToken);
        if (perspective is null)
        {
            return WriteResult.Missing;
        }

        return await ChangeVersionedAsync(db, perspective, options.Version, await CheckAsync(details, cancellationToken), p => p.Change(details.PersonId, details.AgencyId, details.Account!, audit.UserId!.Value, recorder.Now),
            () => recorder.Audit(audit, AuditActions.PerspectiveChanged, details.ReviewId, details.PartnershipId, "Perspective", perspective.Id), cancellationToken);
    }

    /// <summary>Records that two or more accounts in a section do not agree.</summary>
    public async Task<(WriteResult Result, Guid? DiscrepancyId)> RecordDiscrepancyAsync(DiscrepancyDetails details, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A discrepancy is recorded by a signed-in person.");
        if (!await db.NarrativeSections.AnyAsync(s => s.Id == details.SectionId && s.ReviewId == details.ReviewId, cancellationToken))
        {
            return (WriteResult.Missing, null);
        }

        var errors = new List<(string, string)>();
        Text(errors, "Description", details.Description, Discrepancy.TextMaxLength, "Describe how the accounts differ", "The description");
        var chosen = details.PerspectiveIds.Distinct().ToList();
        var inSection = await db.Perspectives.CountAsync(p => chosen.Contains(p.Id) && p.SectionId == details.SectionId, cancellationToken);
        if (inSection != chosen.Count)
        {
            errors.Add(("PerspectiveIds", "Select accounts from this section"));
        }
        else if (chosen.Count < 2)
        {
            errors.Add(("PerspectiveIds", "Select at least two accounts that differ"));
        }

        if (errors.Count > 0)
        {
            return (new WriteResult(false, errors), null);
        }

        var discrepancy = new Discrepancy
        {
            Id = Guid.NewGuid(),
            ReviewId = details.ReviewId,
            SectionId = details.SectionId,
            Number = await NextDiscrepancyNumberAsync(details.ReviewId, cancellationToken),
            Description = details.Description!.Trim(),
            PerspectiveIds = chosen,
            CreatedByUserId = userId,
            CreatedAt = recorder.Now,
            UpdatedByUserId = userId,
            UpdatedAt = recorder.Now,
        };
        db.Discrepancies.Add(discrepancy);
        recorder.Audit(audit, AuditActions.DiscrepancyRecorded, details.ReviewId, details.PartnershipId, "Discrepancy", discrepancy.Id);
        var result = await SaveNumberedAsync(db, async () => discrepancy.Number = await NextDiscrepancyNumberAsync(details.ReviewId, cancellationToken), cancellationToken);
        return (result, result.Succeeded ? discrepancy.Id : null);
    }

    /// <summary>Records how far exploring a discrepancy has got; once settled, what it found is required.</summary>
    public async Task<WriteResult> ExploreDiscrepancyAsync(ExploreDiscrepancyOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var discrepancy = await db.Discrepancies.ChangeableBy(options.Viewer).SingleOrDefaultAsync(d => d.Id == options.DiscrepancyId, cancellationToken);
        if (discrepancy is null)
        {
            return WriteResult.Missing;
        }

        var errors = Discrepancy.RefuseExplore(options.Status, options.WhatWeFound)?.Problems.ToList() ?? [];
        if (errors.Count == 0)
        {
            Text(errors, "WhatWeFound", options.WhatWeFound, Discrepancy.TextMaxLength, null, "What exploring it found");
        }

        return await ChangeVersionedAsync(db, discrepancy, options.Version, errors,
            d => d.Explore(options.Status, options.WhatWeFound, audit.UserId!.Value, recorder.Now),
            () => recorder.Audit(audit, AuditActions.DiscrepancyExplored, options.ReviewId, options.PartnershipId, "Discrepancy", discrepancy.Id), cancellationToken);
    }

    private async Task<int> NextSectionNumberAsync(Guid reviewId, CancellationToken cancellationToken) =>
        (await db.NarrativeSections.Where(s => s.ReviewId == reviewId).MaxAsync(s => (int?)s.Number, cancellationToken) ?? 0) + 1;

    private async Task<int> NextDiscrepancyNumberAsync(Guid reviewId, CancellationToken cancellationToken) =>
        (await db.Discrepancies.Where(d => d.ReviewId == reviewId).MaxAsync(d => (int?)d.Number, cancellationToken) ?? 0) + 1;

    private List<(string, string)> Check(SectionDetails details)
    {
        var errors = new List<(string, string)>();
        Text(errors, "Title", details.Title, NarrativeSection.TitleMaxLength, "Enter a title for the section", "The title");
        if (details.PeriodFrom is null)
        {
            errors.Add(("PeriodFrom", "Enter the start of the period"));
        }
        else if (details.PeriodFrom > recorder.Today)
        {
            errors.Add(("PeriodFrom", "The start of the period must be today or in the past"));
        }

        if (details.PeriodFrom is { } from && details.PeriodTo is { } to && to < from)
        {
            errors.Add(("PeriodTo", "The end of the period must be the same as or after the start"));
        }

        Text(errors, "Summary", details.Summary, NarrativeSection.TextMaxLength, null, "The summary");
        return errors;
    }

    private async Task<List<(string, string)>> CheckAsync(PerspectiveDetails details, CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        if (details.PersonId is null && details.AgencyId is null)
        {
            errors.Add(("PersonId", "Select whose account this is: a person, an agency or both"));
        }

        if (details.PersonId is { } personId && !await db.People.AnyAsync(p => p.Id == personId && p.ReviewId == details.ReviewId, cancellationToken))
        {
            errors.Add(("PersonId", "Select a person from the list"));
        }

        if (details.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == details.PartnershipId, cancellationToken))
        {
            errors.Add(("AgencyId", "Select an agency from the list"));
        }

        Text(errors, "Account", details.Account, Perspective.AccountMaxLength, "Enter the account: how the period looked from where they stood", "The account");
        return errors;
    }
}
