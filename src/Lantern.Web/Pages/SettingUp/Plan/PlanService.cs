using Lantern.Web.Pages.SettingUp.Deadlines;

namespace Lantern.Web.Pages.SettingUp.Plan;

public sealed record AddMilestoneOptions(Guid ReviewId, Guid PartnershipId, string Name, Guid? OwnerUserId, DateOnly DueOn);

public sealed record ChangeMilestoneOptions(Guid ReviewId, Guid PartnershipId, Guid MilestoneId, string Name, Guid? OwnerUserId, DateOnly DueOn, DateOnly? CompletedOn, Guid Version);

public sealed record CreateDefaultPlanOptions(Guid ReviewId, Guid PartnershipId);

/// <param name="DeadlineKey">The key of the deadline rule the delay moves, or null when it moves none in particular.</param>
public sealed record RecordDelayOptions(Guid ReviewId, Guid PartnershipId, DateOnly RecordedOn, string Reason, DateOnly? NewExpectedDate, bool BoardTold, DateOnly? BoardToldOn, string? DeadlineKey = null);

/// <param name="Version">The version of the publication milestone the person was editing, or null when there was none.</param>
public sealed record SetPublicationDateOptions(Guid ReviewId, Guid PartnershipId, DateOnly PlannedOn, Guid? Version);

/// <param name="Version">The version the person was editing, or null when there was no budget yet.</param>
public sealed record SetBudgetOptions(Guid ReviewId, Guid PartnershipId, Money Planned, Money Committed, Money Actual, Guid? Version);

/// <summary>
/// The review's plan (quality marker 8): milestones with owners and due dates, a log of delays and whether
/// the Board was told, and the budget.
/// </summary>
public sealed class PlanService(LanternDbContext db, AuditRecorder recorder, PlanQueries queries, SettingUpCalendars calendars, DeadlineService deadlines)
{
    /// <summary>Sets the planned publication date: the due date of the plan's publication milestone (added if the
    /// plan has none). The milestone for sending the final report to the national panel moves with it, to the date
    /// the partnership's rule counts back from publication, and so do the deadlines counted from it.</summary>
    public async Task<WriteResult> SetPublicationDateAsync(SetPublicationDateOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (!await ReviewExistsAsync(options.ReviewId, options.PartnershipId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var start = await queries.StartOfReviewAsync(options.ReviewId, cancellationToken);
        if (options.PlannedOn < start)
        {
            return WriteResult.Refused("PlannedOn", $"The planned publication date must be on or after {start.LongDate()}, the start of the review");
        }

        var publication = await PublicationMilestoneAsync(options.ReviewId, cancellationToken);
        if ((publication is null) != (options.Version is null))
        {
            // Someone set (or removed) the publication milestone while this person was choosing a date.
            return WriteResult.Stale;
        }

        if (publication is null)
        {
            publication = new Milestone
            {
                Id = Guid.NewGuid(),
                ReviewId = options.ReviewId,
                Name = Milestone.PublicationName,
                Role = MilestoneRole.Publication,
                SortOrder = await NextSortOrderAsync(options.ReviewId, cancellationToken),
            };
            db.Milestones.Add(publication);
        }
        else
        {
            db.Entry(publication).Property(m => m.Version).OriginalValue = options.Version!.Value;
        }

        publication.DueOn = options.PlannedOn;
        await MoveReportToPanelAsync(options.ReviewId, options.PartnershipId, publication, cancellationToken);
        recorder.Audit(audit, AuditActions.PublicationDatePlanned, options.ReviewId, options.PartnershipId, "Milestone", publication.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private Task<Milestone?> PublicationMilestoneAsync(Guid reviewId, CancellationToken cancellationToken) =>
        db.Milestones.Where(m => m.ReviewId == reviewId && m.Role == MilestoneRole.Publication)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.DueOn).FirstOrDefaultAsync(cancellationToken);

    private async Task<int> NextSortOrderAsync(Guid reviewId, CancellationToken cancellationToken) =>
        (await db.Milestones.Where(m => m.ReviewId == reviewId).MaxAsync(m => (int?)m.SortOrder, cancellationToken) ?? 0) + 10;

    /// <summary>Puts the milestone for sending the final report to the national panel on the date the partnership's
    /// rule counts back from <paramref name="publication"/>, adding it if the plan has none. A milestone already
    /// done is left as it is; a review of a type with no such rule gets none.</summary>
    private async Task MoveReportToPanelAsync(Guid reviewId, Guid partnershipId, Milestone publication, CancellationToken cancellationToken)
    {
        var typeName = (await queries.DefaultPlanStartAsync(reviewId, cancellationToken)).TypeName;
        if (await calendars.ReportToPanelRuleAsync(partnershipId, typeName, cancellationToken) is not { } rule)
        {
            return;
        }

        var due = PlanRules.ReportToPanelDue(rule, publication.DueOn, await calendars.ForAsync(partnershipId, rule.Calendar, cancellationToken));
        var toPanel = await db.Milestones.Where(m => m.ReviewId == reviewId && m.Role == MilestoneRole.ReportToPanel)
            .OrderBy(m => m.SortOrder).FirstOrDefaultAsync(cancellationToken);
        if (toPanel is null)
        {
            db.Milestones.Add(new Milestone
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                Name = Milestone.ReportToPanelName,
                Role = MilestoneRole.ReportToPanel,
                DueOn = due,
                SortOrder = publication.SortOrder - 5,
            });
        }
        else if (toPanel.CompletedOn is null)
        {
            toPanel.DueOn = due;
        }
    }

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

        milestone.SortOrder = await NextSortOrderAsync(options.ReviewId, cancellationToken);
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
        var moved = milestone.DueOn != proposed.DueOn;
        milestone.DueOn = proposed.DueOn;
        milestone.CompletedOn = proposed.CompletedOn;
        if (moved && milestone.Role == MilestoneRole.Publication)
        {
            // The publication milestone's date is the planned publication date: the report to the panel moves with it.
            await MoveReportToPanelAsync(options.ReviewId, options.PartnershipId, milestone, cancellationToken);
        }
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
        var reportToPanel = await calendars.ReportToPanelRuleAsync(options.PartnershipId, start.TypeName, cancellationToken);
        db.Milestones.AddRange(PlanRules.DefaultMilestones(options.ReviewId, start.TypeName, start.Start, calendar,
            reportToPanel?.Calendar == calendar.Calendar ? reportToPanel : null));
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

        if (options.DeadlineKey is { } key && !(await deadlines.ForReviewAsync(options.ReviewId, cancellationToken)).Keys().Contains(key))
        {
            return WriteResult.Refused("DeadlineKey", "Select a deadline of this review from the list");
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
            DeadlineKey = options.DeadlineKey,
            RecordedByUserId = userId,
        };
        var problems = PlanRules.CheckDelay(delay, recorder.Today);
        if (problems.Count > 0)
        {
            return Refused(problems);
        }

        db.Delays.Add(delay);
        var expected = delay.NewExpectedDate is { } on ? $", now expected by {on.LongDate()}" : string.Empty;
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
