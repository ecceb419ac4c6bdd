using Lantern.Core.Board;
using Lantern.Core.Deadlines;
using Lantern.Core.Reports;
using Lantern.Web.Pages.Information;
using Lantern.Web.Pages.SettingUp;

namespace Lantern.Web.Pages.Publication;

/// <summary>An agency whose staff must be told before publication, and its contact's confirmation if given.</summary>
public sealed record ProfessionalsRow(Guid AgencyId, string AgencyName, bool HasContact, ProfessionalsNotice? Notice);

/// <summary>A hold on publication, lifted or not, with who asked for it.</summary>
public sealed record PublicationHoldRow(string HeldBy, string Text, DateOnly AgreedOn, DateOnly? LiftedOn)
{
    public PublicationHold ToHold() => new(HeldBy, AgreedOn, LiftedOn);
}

/// <summary>
/// Everything the publication plan shows and checks: the plan so far, the target date on the plan, the holds on
/// publication, the national bodies' deadline counted back from the target, the statutory deadline, the version
/// presented to the Board and whether its edition for publication is ready, and each agency's confirmation.
/// </summary>
public sealed record PublicationState(
    PublicationPlan? Plan,
    DateOnly? TargetOn,
    IReadOnlyList<PublicationHoldRow> Holds,
    DeadlineRule? PanelRule,
    WorkingCalendar? PanelCalendar,
    DateOnly? StatutoryDue,
    bool InEngland,
    ReportVersion? Version,
    bool EditionReady,
    int MonthsPublished,
    IReadOnlyList<ProfessionalsRow> Agencies,
    DateOnly Today)
{
    /// <summary>Whether the Board's written response to the presented version has passed its disclosure-risk check for
    /// exactly its current words.</summary>
    public bool ResponseReady { get; init; }

    public IReadOnlyList<PublicationHoldRow> HoldsInForce => [.. Holds.Where(h => h.LiftedOn is null)];

    /// <summary>The last day the national bodies must have the final report for a publication on <paramref name="on"/>.</summary>
    public DateOnly? PanelDeadlineFor(DateOnly on) =>
        PanelRule is { } rule && PanelCalendar is { } calendar ? DeadlineCalculator.Compute(rule, on, calendar)?.Due : null;

    public DateOnly? PanelDeadline => TargetOn is { } target ? PanelDeadlineFor(target) : null;

    public PublicationContext Context => new(Today, [.. Holds.Select(h => h.ToHold())], Plan?.PanelSentOn, PanelDeadlineFor, InEngland,
        Plan?.SecretaryOfStateSentOn, Plan?.OfstedSentOn, TargetOn, StatutoryDue);

    /// <summary>Problems with the target date as it stands: inside a hold, or too soon for the national bodies.</summary>
    public IReadOnlyList<string> TargetWarnings
    {
        get
        {
            var warnings = new List<string>();
            if (Plan?.PublishedOn is not null || TargetOn is not { } target)
            {
                return warnings;
            }

            if (Holds.FirstOrDefault(h => h.ToHold().Covers(target)) is { } hold)
            {
                warnings.Add(hold.LiftedOn is null
                    ? $"{hold.HeldBy} is holding publication, so the report cannot be published on the target date until the hold is lifted"
                    : $"The target date falls while {hold.HeldBy} held publication");
            }

            if (PanelDeadline is { } deadline && Plan?.PanelSentOn is null && deadline < Today)
            {
                warnings.Add($"The national panel needed the final report by {deadline.LongDate()} for the target date. Move the target date, or record when it was sent");
            }
            else if (PanelDeadline is { } last && Plan?.PanelSentOn is { } sent && sent > last)
            {
                warnings.Add($"The national panel had the report on {sent.LongDate()}, after {last.LongDate()}, the last day for the target date");
            }

            if (Context.IsLate(target))
            {
                warnings.Add($"The target date is after the statutory deadline of {StatutoryDue!.Value.LongDate()}. The Board must be told why");
            }

            return warnings;
        }
    }

    public bool Published => Plan?.PublishedOn is not null;
}

public sealed class PublicationQueries(LanternDbContext db, SettingUpCalendars calendars, Pages.SettingUp.Deadlines.DeadlineService deadlines, Reports.EditionService editions, TimeProvider time)
{
    public async Task<PublicationState> StateAsync(Guid reviewId, Guid partnershipId, CancellationToken ct = default)
    {
        var plan = await db.PublicationPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ReviewId == reviewId, ct);
        var target = await db.Milestones.AsNoTracking().Where(m => m.ReviewId == reviewId && m.Role == Core.SettingUp.MilestoneRole.Publication)
            .OrderBy(m => m.SortOrder).Select(m => (DateOnly?)m.DueOn).FirstOrDefaultAsync(ct);
        var holds = await HoldsAsync(reviewId, ct);

        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == partnershipId, ct);
        var typeId = await db.Reviews.AsNoTracking().Where(r => r.Id == reviewId).Select(r => r.ReviewTypeId).SingleAsync(ct);
        var typeName = await db.ReviewTypes.AsNoTracking().Where(t => t.Id == typeId).Select(t => t.Name).SingleOrDefaultAsync(ct) ?? string.Empty;
        var panelRule = await calendars.ReportToPanelRuleAsync(partnershipId, typeName, ct);
        var panelCalendar = panelRule is null ? null : await calendars.ForAsync(partnershipId, panelRule.Calendar, ct);
        var (counted, _) = await deadlines.ForReviewAsync(reviewId, ct);
        var statutory = counted.FirstOrDefault(d => d.Deadline.Rule.Key == DeadlineRules.LcsprPublication)?.Deadline.Due;

        var version = await PresentedVersionAsync(reviewId, ct);
        var ready = version is not null && await db.ReportEditions.AnyAsync(e => e.VersionId == version.Id && e.Kind == EditionKind.Published && e.ReadyAt != null, ct);
        var responseReady = false;
        if (version is not null)
        {
            var title = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.WorkingTitle).SingleAsync(ct);
            responseReady = (await editions.StateAsync(reviewId, title, version.Number, EditionKind.BoardResponse, ct))?.IsReady == true;
        }

        return new PublicationState(plan, target, holds, panelRule, panelCalendar, statutory, partnership.Jurisdiction == Jurisdiction.England,
            version, ready, partnership.MonthsPublished, await AgenciesAsync(reviewId, partnershipId, ct), UkTime.Today(time))
        {
            ResponseReady = responseReady,
        };
    }

    /// <summary>The latest version presented to the Board (or published), which is the one that is published.</summary>
    public Task<ReportVersion?> PresentedVersionAsync(Guid reviewId, CancellationToken ct) =>
        db.ReportVersions.AsNoTracking().Where(v => v.ReviewId == reviewId && v.Status >= ReportStatus.PresentedToBoard)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);

    /// <summary>Every hold on publication the review has had, the ones in force first.</summary>
    public async Task<IReadOnlyList<PublicationHoldRow>> HoldsAsync(Guid reviewId, CancellationToken ct)
    {
        var constraints = await db.ProcessConstraints.AsNoTracking().Where(c => c.ReviewId == reviewId).ToListAsync(ct);
        var held = constraints.Where(c => (c.Holds & Core.Information.ReviewHold.Publication) != 0).ToList();
        if (held.Count == 0)
        {
            return [];
        }

        var processes = await db.ParallelProcesses.AsNoTracking().Where(p => p.ReviewId == reviewId).ToDictionaryAsync(p => p.Id, ct);
        return [.. held.Where(c => processes.ContainsKey(c.ProcessId))
            .Select(c => new PublicationHoldRow($"{processes[c.ProcessId].LeadBody} ({processes[c.ProcessId].Kind.DisplayName().ToLowerInvariant()})", c.Text, c.AgreedOn, c.LiftedOn))
            .OrderBy(h => h.LiftedOn is not null).ThenBy(h => h.AgreedOn)];
    }

    /// <summary>The agencies whose staff must be told: those in the terms of reference and those with a contact on the
    /// review, by name, with each one's confirmation.</summary>
    public async Task<IReadOnlyList<ProfessionalsRow>> AgenciesAsync(Guid reviewId, Guid partnershipId, CancellationToken ct)
    {
        var inScope = await AgencyOrder.InScopeAsync(db, reviewId, ct) ?? [];
        var withContact = await (from m in db.ReviewMembers.AsNoTracking()
                                 join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                                 where m.ReviewId == reviewId && m.Role == Core.Reviews.ReviewRole.AgencyContact
                                 select u.AgencyId).Distinct().ToListAsync(ct);
        var ids = inScope.Concat(withContact).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId && ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var notices = await db.ProfessionalsNotices.AsNoTracking().Where(n => n.ReviewId == reviewId).ToDictionaryAsync(n => n.AgencyId, ct);
        var contacts = withContact.ToHashSet();
        return [.. agencies.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .Select(a => new ProfessionalsRow(a.Id, a.Name, contacts.Contains(a.Id), notices.GetValueOrDefault(a.Id)))];
    }
}
