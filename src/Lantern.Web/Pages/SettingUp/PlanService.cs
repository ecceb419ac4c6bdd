using Lantern.Core;
using Lantern.Core.Audit;
using Lantern.Core.SettingUp;
using Lantern.Data;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.SettingUp;

public sealed record AddMilestoneOptions(Guid ReviewId, Guid PartnershipId, string Name, Guid? OwnerUserId, DateOnly DueOn);

public sealed record ChangeMilestoneOptions(Guid ReviewId, Guid PartnershipId, Guid MilestoneId, string Name, Guid? OwnerUserId, DateOnly DueOn, DateOnly? CompletedOn, Guid Version);

public sealed record CreateDefaultPlanOptions(Guid ReviewId, Guid PartnershipId);

public sealed record RecordDelayOptions(Guid ReviewId, Guid PartnershipId, DateOnly RecordedOn, string Reason, DateOnly? NewExpectedDate, bool BoardTold, DateOnly? BoardToldOn);

/// <param name="Version">The version the person was editing, or null when there was no budget yet.</param>
public sealed record SetBudgetOptions(Guid ReviewId, Guid PartnershipId, Money Planned, Money Committed, Money Actual, Guid? Version);

/// <summary>
/// The review's plan (quality marker 8): milestones with owners and due dates, a log of delays and whether
/// the Board was told, and the budget.
/// </summary>
public sealed class PlanService(LanternDbContext db, SettingUpRecorder recorder, PlanQueries queries)
{
    public async Task<WriteResult> AddMilestoneAsync(AddMilestoneOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (!await ReviewExistsAsync(options.ReviewId, options.PartnershipId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var milestone = new Milestone { Id = Guid.NewGuid(), ReviewId = options.ReviewId, Name = options.Name.Trim(), OwnerUserId = options.OwnerUserId, DueOn = options.DueOn };
        var problems = PlanRules.CheckMilestone(milestone, recorder.Today, await queries.StartOfReviewAsync(options.ReviewId, cancellationToken)).ToList();
        if (!await IsOwnerChoiceAsync(options.ReviewId, options.PartnershipId, options.OwnerUserId, null, cancellationToken))
        {
            problems.Add(new(nameof(Milestone.OwnerUserId), "Select an owner from the list"));
        }

        if (problems.Count > 0)
        {
            return Refused(problems);
        }

        milestone.SortOrder = (await db.Milestones.Where(m => m.ReviewId == options.ReviewId).MaxAsync(m => (int?)m.SortOrder, cancellationToken) ?? 0) + 10;
        db.Milestones.Add(milestone);
        recorder.Audit(audit, AuditActions.MilestoneChanged, options.ReviewId, options.PartnershipId, "Milestone", milestone.Id);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    public async Task<WriteResult> ChangeMilestoneAsync(ChangeMilestoneOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var milestone = await db.Milestones.SingleOrDefaultAsync(m => m.Id == options.MilestoneId && m.ReviewId == options.ReviewId, cancellationToken);
        if (milestone is null || !await ReviewExistsAsync(options.ReviewId, options.PartnershipId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var proposed = new Milestone { Name = options.Name.Trim(), OwnerUserId = options.OwnerUserId, DueOn = options.DueOn, CompletedOn = options.CompletedOn };

        // A milestone already planned before the start of the review may keep its date.
        var start = await queries.StartOfReviewAsync(options.ReviewId, cancellationToken);
        var problems = PlanRules.CheckMilestone(proposed, recorder.Today, milestone.DueOn < start ? milestone.DueOn : start).ToList();
        if (!await IsOwnerChoiceAsync(options.ReviewId, options.PartnershipId, options.OwnerUserId, milestone.OwnerUserId, cancellationToken))
        {
            problems.Add(new(nameof(Milestone.OwnerUserId), "Select an owner from the list"));
        }

        if (problems.Count > 0)
        {
            return Refused(problems);
        }

        db.Entry(milestone).Property(m => m.Version).OriginalValue = options.Version;
        milestone.Name = proposed.Name;
        milestone.OwnerUserId = proposed.OwnerUserId;
        milestone.DueOn = proposed.DueOn;
        milestone.CompletedOn = proposed.CompletedOn;
        recorder.Audit(audit, AuditActions.MilestoneChanged, options.ReviewId, options.PartnershipId, "Milestone", milestone.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Starts an empty plan with the steps every review of its type has, for the business unit to fit to the review.</summary>
    public async Task<WriteResult> CreateDefaultPlanAsync(CreateDefaultPlanOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (!await ReviewExistsAsync(options.ReviewId, options.PartnershipId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        if (await db.Milestones.AnyAsync(m => m.ReviewId == options.ReviewId, cancellationToken))
        {
            return WriteResult.Refused(string.Empty, "This review already has a plan. Add or change its milestones instead");
        }

        var start = await queries.DefaultPlanStartAsync(options.ReviewId, cancellationToken);
        var calendar = await queries.CalendarAsync(options.PartnershipId, cancellationToken);
        db.Milestones.AddRange(PlanRules.DefaultMilestones(options.ReviewId, start.TypeName, start.Start, calendar));
        recorder.Audit(audit, AuditActions.MilestoneChanged, options.ReviewId, options.PartnershipId, "Plan", options.ReviewId);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    public async Task<WriteResult> RecordDelayAsync(RecordDelayOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A delay is recorded by a signed-in person.");
        if (!await ReviewExistsAsync(options.ReviewId, options.PartnershipId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var delay = new DelayEntry
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            RecordedOn = options.RecordedOn,
            Reason = options.Reason.Trim(),
            NewExpectedDate = options.NewExpectedDate,
            BoardTold = options.BoardTold,
            BoardToldOn = options.BoardTold ? options.BoardToldOn : null,
            RecordedByUserId = userId,
        };
        var problems = PlanRules.CheckDelay(delay, recorder.Today);
        if (problems.Count > 0)
        {
            return Refused(problems);
        }

        db.Delays.Add(delay);
        var expected = delay.NewExpectedDate is { } on ? $", now expected by {on.ToString("d MMMM yyyy", Infrastructure.Layout.UkTime.Culture)}" : string.Empty;
        recorder.History(options.ReviewId, HistoryKind.DelayRecorded,
            $"Delay recorded{expected}. {(delay.BoardTold ? "The Board was told" : "The Board has not been told yet")}", userId);
        recorder.Audit(audit, AuditActions.DelayRecorded, options.ReviewId, options.PartnershipId, "DelayEntry", delay.Id);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    public async Task<WriteResult> SetBudgetAsync(SetBudgetOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (!await ReviewExistsAsync(options.ReviewId, options.PartnershipId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var negative = new[] { (nameof(Budget.Planned), options.Planned), (nameof(Budget.Committed), options.Committed), (nameof(Budget.Actual), options.Actual) }
            .Where(a => a.Item2 < Money.Zero)
            .Select(a => (a.Item1, "Amounts must be £0 or more"))
            .ToList();
        if (negative.Count > 0)
        {
            return new WriteResult(false, negative);
        }

        var budget = await db.Budgets.SingleOrDefaultAsync(b => b.ReviewId == options.ReviewId, cancellationToken);
        if ((budget is null) != (options.Version is null))
        {
            // Someone set the first budget while this person was writing theirs.
            return WriteResult.Stale;
        }

        if (budget is null)
        {
            budget = new Budget { Id = Guid.NewGuid(), ReviewId = options.ReviewId };
            db.Budgets.Add(budget);
        }
        else
        {
            db.Entry(budget).Property(b => b.Version).OriginalValue = options.Version!.Value;
        }

        budget.Planned = options.Planned;
        budget.Committed = options.Committed;
        budget.Actual = options.Actual;
        recorder.Audit(audit, AuditActions.BudgetChanged, options.ReviewId, options.PartnershipId, "Budget", budget.Id);
        return await db.SaveUniqueOrConflictAsync(cancellationToken);
    }

    private Task<bool> ReviewExistsAsync(Guid reviewId, Guid partnershipId, CancellationToken cancellationToken) =>
        db.Reviews.AnyAsync(r => r.Id == reviewId && r.PartnershipId == partnershipId, cancellationToken);

    private async Task<bool> IsOwnerChoiceAsync(Guid reviewId, Guid partnershipId, Guid? owner, Guid? currentOwner, CancellationToken cancellationToken) =>
        owner is not { } id || (await queries.OwnersAsync(reviewId, partnershipId, currentOwner, cancellationToken)).Any(o => o.Id == id);

    private static WriteResult Refused(IEnumerable<FieldProblem> problems) => new(false, problems.Select(p => (p.Field, p.Message)).ToList());
}
