using Lantern.Web.Pages.SettingUp.Tasks;

namespace Lantern.Web.Pages.SettingUp.Decisions;

/// <param name="LatestVersion">The version the chair was looking at (0 for none): a newer one recorded
/// meanwhile is a conflict, so nobody revisits a decision they have not read.</param>
public sealed record RecordDecisionOptions(Guid ReviewId, Guid PartnershipId, Decision Decision, int LatestVersion);

/// <summary>
/// The chair's decision whether to review. Each decision is a new version, never an edit. Deciding to review
/// moves the review on, sets its type, and starts the work that follows: telling the family and the Board,
/// and a first plan of milestones.
/// </summary>
public sealed class DecisionService(LanternDbContext db, AuditRecorder recorder, TaskService tasks, SettingUpCalendars calendars)
{
    public Task<List<Decision>> VersionsAsync(Guid reviewId, CancellationToken cancellationToken = default) =>
        db.Decisions.AsNoTracking().Where(d => d.ReviewId == reviewId).OrderByDescending(d => d.VersionNumber).ToListAsync(cancellationToken);

    public async Task<WriteResult> RecordDecisionAsync(RecordDecisionOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A decision is recorded by a signed-in person.");
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == options.ReviewId && r.PartnershipId == options.PartnershipId, cancellationToken);
        if (review is null)
        {
            return WriteResult.Missing;
        }

        var latest = await db.Decisions.Where(d => d.ReviewId == review.Id).MaxAsync(d => (int?)d.VersionNumber, cancellationToken) ?? 0;
        if (latest != options.LatestVersion)
        {
            return WriteResult.Stale;
        }

        var decision = options.Decision;
        var aware = await db.Referrals.Where(r => r.ReviewId == review.Id).Select(r => (DateOnly?)r.AwareDate).SingleOrDefaultAsync(cancellationToken)
            ?? DateOnly.FromDateTime(review.CreatedAt);
        var problems = DecisionRules.Check(decision, recorder.Today, aware).ToList();
        string? typeName = null;
        if (decision.ToReview && decision.ReviewTypeId is { } typeId)
        {
            typeName = await db.ReviewTypes.Where(t => t.Id == typeId && t.PartnershipId == review.PartnershipId && t.IsActive)
                .Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
            if (typeName is null)
            {
                problems.Add(new(nameof(Decision.ReviewTypeId), "Select a type of review from the list"));
            }
        }

        if (problems.Count > 0)
        {
            return new WriteResult(false, problems.Select(p => (p.Field, p.Message)).ToList());
        }

        var firstToReview = decision.ToReview && !await db.Decisions.AnyAsync(d => d.ReviewId == review.Id && d.ToReview, cancellationToken);
        decision.Id = Guid.NewGuid();
        decision.ReviewId = review.Id;
        decision.VersionNumber = latest + 1;
        decision.RecordedByUserId = userId;
        decision.RecordedAt = recorder.Now;
        Trim(decision);
        db.Decisions.Add(decision);
        review.ApplyDecision(decision.ToReview, decision.ReviewTypeId);

        var outcome = decision.ToReview ? $"to hold a {typeName!.ToLowerInvariant()}" : "not to hold a review";
        recorder.History(review.Id, latest == 0 ? HistoryKind.Decided : HistoryKind.DecisionRevisited,
            latest == 0 ? $"Decided {outcome}" : $"Decision revisited (version {decision.VersionNumber}): {outcome}", userId);

        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == review.PartnershipId, cancellationToken);
        var calendar = await calendars.ForAsync(partnership.Id, Core.Deadlines.JurisdictionNames.CalendarFor(partnership.Jurisdiction), cancellationToken);
        var openKinds = await db.ReviewTasks.Where(t => t.ReviewId == review.Id && t.CompletedAt == null).Select(t => t.Kind).ToListAsync(cancellationToken);
        if (!openKinds.Contains(TaskKind.InformBoard))
        {
            tasks.Add(review.Id, TaskKind.InformBoard, "Tell the Board about the decision and its reasons",
                await calendars.TaskDueAsync(partnership.Id, partnership.Jurisdiction, TaskKind.InformBoard, decision.DecidedOn, cancellationToken));
        }

        if (firstToReview)
        {
            tasks.Add(review.Id, TaskKind.InformFamily, "Tell the family about the review before they hear of it elsewhere",
                await calendars.TaskDueAsync(partnership.Id, partnership.Jurisdiction, TaskKind.InformFamily, decision.DecidedOn, cancellationToken));
            if (!await db.Milestones.AnyAsync(m => m.ReviewId == review.Id, cancellationToken))
            {
                var reportToPanel = await calendars.ReportToPanelRuleAsync(partnership.Id, typeName!, cancellationToken);
                db.Milestones.AddRange(PlanRules.DefaultMilestones(review.Id, typeName!, decision.DecidedOn, calendar,
                    reportToPanel?.Calendar == calendar.Calendar ? reportToPanel : null));
            }
        }

        recorder.Audit(audit, AuditActions.DecisionRecorded, review.Id, review.PartnershipId, "Decision", decision.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private static void Trim(Decision decision)
    {
        decision.CriteriaAssessment = decision.CriteriaAssessment.Trim();
        decision.Rationale = decision.Rationale.Trim();
        decision.MethodJustification = Blank(decision.MethodJustification);
        decision.ChallengeConsulted = Blank(decision.ChallengeConsulted);
        decision.ChallengeResponse = Blank(decision.ChallengeResponse);
        decision.DecisionNotifiedTo = Blank(decision.DecisionNotifiedTo);
        if (!decision.ToReview)
        {
            decision.ReviewTypeId = null;
            decision.Method = null;
            decision.MethodJustification = null;
            decision.Scale = ReviewScale.NotApplicable;
        }
        else
        {
            decision.DecisionNotifiedOn = null;
            decision.DecisionNotifiedTo = null;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
