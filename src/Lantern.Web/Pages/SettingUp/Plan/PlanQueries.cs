using Lantern.Core.Deadlines;

namespace Lantern.Web.Pages.SettingUp.Plan;

public sealed record MilestoneRow(Milestone Milestone, string? Owner, RagStatus Status);

public sealed record DelayRow(DelayEntry Delay, string RecordedBy);

/// <summary>Where the default plan would start, and for which type of review.</summary>
public sealed record DefaultPlanStart(string TypeName, DateOnly Start, bool FromDecision);

/// <summary>The plan page: milestones with their red, amber or green status, the delay log and the budget.</summary>
public sealed record PlanView(
    IReadOnlyList<MilestoneRow> Milestones,
    IReadOnlyList<DelayRow> Delays,
    Budget? Budget,
    DateOnly Today,
    DateOnly AmberFrom,
    DefaultPlanStart? DefaultPlan)
{
    /// <summary>The planned publication date: the due date of the plan's (first) publication milestone.</summary>
    public DateOnly? PlannedPublication => Milestones.Select(m => m.Milestone).Where(m => m.Role == MilestoneRole.Publication)
        .OrderBy(m => m.SortOrder).Select(m => (DateOnly?)m.DueOn).FirstOrDefault();
}

public sealed record MilestoneOwnerChoice(Guid Id, string Name);

/// <summary>Reads for the review's plan (quality marker 8).</summary>
public sealed class PlanQueries(LanternDbContext db, SettingUpCalendars calendars, TimeProvider time)
{
    private const PartnershipRoles SetsUpReviews = PartnershipRoles.BusinessUnit | PartnershipRoles.Chair;

    public async Task<PlanView> PlanAsync(Guid reviewId, Guid partnershipId, CancellationToken cancellationToken = default)
    {
        var today = UkTime.Today(time);
        var amberFrom = PlanRules.AmberFrom(await CalendarAsync(partnershipId, cancellationToken), today);
        var milestones = await (from m in db.Milestones.AsNoTracking()
                                where m.ReviewId == reviewId
                                join u in db.Users on m.OwnerUserId equals (Guid?)u.Id into owners
                                from u in owners.DefaultIfEmpty()
                                orderby m.DueOn, m.SortOrder
                                select new { Milestone = m, Owner = u != null ? u.DisplayName : null }).ToListAsync(cancellationToken);
        var delays = await (from d in db.Delays.AsNoTracking()
                            where d.ReviewId == reviewId
                            join u in db.Users on d.RecordedByUserId equals u.Id into recorders
                            from u in recorders.DefaultIfEmpty()
                            orderby d.RecordedOn descending
                            select new DelayRow(d, u != null ? u.DisplayName : "Unknown")).ToListAsync(cancellationToken);
        var budget = await db.Budgets.AsNoTracking().SingleOrDefaultAsync(b => b.ReviewId == reviewId, cancellationToken);
        return new PlanView(
            milestones.Select(m => new MilestoneRow(m.Milestone, m.Owner, m.Milestone.Status(today, amberFrom))).ToList(),
            delays,
            budget,
            today,
            amberFrom,
            milestones.Count == 0 ? await DefaultPlanStartAsync(reviewId, cancellationToken) : null);
    }

    public Task<Milestone?> MilestoneAsync(Guid reviewId, Guid milestoneId, CancellationToken cancellationToken = default) =>
        db.Milestones.AsNoTracking().SingleOrDefaultAsync(m => m.Id == milestoneId && m.ReviewId == reviewId, cancellationToken);

    /// <summary>The plan's publication milestone, whose due date is the planned publication date, if it has one.</summary>
    public Task<Milestone?> PublicationAsync(Guid reviewId, CancellationToken cancellationToken = default) =>
        db.Milestones.AsNoTracking().Where(m => m.ReviewId == reviewId && m.Role == MilestoneRole.Publication)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.DueOn).FirstOrDefaultAsync(cancellationToken);

    public Task<Budget?> BudgetAsync(Guid reviewId, CancellationToken cancellationToken = default) =>
        db.Budgets.AsNoTracking().SingleOrDefaultAsync(b => b.ReviewId == reviewId, cancellationToken);

    /// <summary>Who may own a milestone: anyone with a role on the review, and the partnership's business unit
    /// and chairs; plus <paramref name="currentOwner"/>, so a milestone keeps its owner until someone changes it.</summary>
    public Task<List<MilestoneOwnerChoice>> OwnersAsync(Guid reviewId, Guid partnershipId, Guid? currentOwner, CancellationToken cancellationToken = default)
    {
        var members = db.ReviewMembers.Where(m => m.ReviewId == reviewId).Select(m => m.UserId);
        return db.Users.AsNoTracking()
            .Where(u => u.PartnershipId == partnershipId &&
                        ((!u.IsDisabled && (members.Contains(u.Id) || (u.PartnershipRoles & SetsUpReviews) != 0)) || (Guid?)u.Id == currentOwner))
            .OrderBy(u => u.DisplayName)
            .Select(u => new MilestoneOwnerChoice(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The earliest a milestone can be due: when the partnership became aware of the incident, or
    /// when the review was opened if there is no referral.</summary>
    public async Task<DateOnly> StartOfReviewAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        var aware = await db.Referrals.Where(r => r.ReviewId == reviewId).Select(r => (DateOnly?)r.AwareDate).SingleOrDefaultAsync(cancellationToken);
        if (aware is { } on)
        {
            return on;
        }

        var created = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.CreatedAt).SingleAsync(cancellationToken);
        return DateOnly.FromDateTime(UkTime.ToUk(created));
    }

    /// <summary>The default plan counts from the latest decision to review, or from today if there is none.</summary>
    public async Task<DefaultPlanStart> DefaultPlanStartAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        var typeName = await (from r in db.Reviews
                              join t in db.ReviewTypes on r.ReviewTypeId equals t.Id
                              where r.Id == reviewId
                              select t.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        var decided = await db.Decisions.Where(d => d.ReviewId == reviewId).OrderByDescending(d => d.VersionNumber)
            .Select(d => new { d.ToReview, d.DecidedOn }).FirstOrDefaultAsync(cancellationToken);
        return decided is { ToReview: true }
            ? new DefaultPlanStart(typeName, decided.DecidedOn, FromDecision: true)
            : new DefaultPlanStart(typeName, UkTime.Today(time), FromDecision: false);
    }

    public async Task<WorkingCalendar> CalendarAsync(Guid partnershipId, CancellationToken cancellationToken = default)
    {
        var jurisdiction = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Jurisdiction).SingleAsync(cancellationToken);
        return await calendars.ForAsync(partnershipId, jurisdiction.CalendarFor(), cancellationToken);
    }
}
