using Lantern.Core.Board;
using Lantern.Core.Reports;
using Lantern.Core.SettingUp;
using Lantern.Web.Pages.Reports;

namespace Lantern.Web.Pages.Publication;

public sealed record NationalBodiesInput(DateOnly? PanelSentOn, DateOnly? SecretaryOfStateSentOn, DateOnly? OfstedSentOn);

public sealed record FamilyNoticeInput(DateOnly? ToldOn, string? ToldBy, bool? OfferedMeeting, string? Support);

public sealed record MediaPlanInput(string? PressLead, string? HoldingStatement, string? ExpectedQuestions, string? ApprovedLines);

/// <summary>
/// Plans and records a report's publication (quality marker 17). Each part of the plan is its own audited write on
/// the review's one plan, guarded by the plan's version so that two people editing at once never overwrite each
/// other. Recording the publication moves the presented version to "published" through the same gate as the
/// report's own page (the edition for publication must have passed its disclosure-risk check), completes the
/// publication milestone, works out the date the report comes down and gives the business unit a task before it.
/// </summary>
public sealed class PublicationService(LanternDbContext db, AuditRecorder recorder, PublicationQueries queries)
{
    public async Task<WriteResult> RecordNationalBodiesAsync(ReportScope scope, NationalBodiesInput input, Guid? version, CancellationToken ct = default)
    {
        if (await StartAsync(scope, version, ct) is not { } start)
        {
            return await MissingOrStaleAsync(scope, ct);
        }

        var state = await queries.StateAsync(scope.ReviewId, scope.PartnershipId, ct);
        var errors = PublicationRules.CheckSent(input.PanelSentOn, input.SecretaryOfStateSentOn, input.OfstedSentOn, state.InEngland, recorder.Today);
        if (errors.Count > 0)
        {
            return Errors(errors);
        }

        var plan = start.Plan;
        (plan.PanelSentOn, plan.SecretaryOfStateSentOn, plan.OfstedSentOn) =
            (input.PanelSentOn, state.InEngland ? input.SecretaryOfStateSentOn : null, state.InEngland ? input.OfstedSentOn : null);

        // The plan's milestone for sending the report to the panel is met on the day it went, so the deadline shows as met.
        foreach (var milestone in await db.Milestones.Where(m => m.ReviewId == scope.ReviewId && m.Role == MilestoneRole.ReportToPanel).ToListAsync(ct))
        {
            milestone.CompletedOn = input.PanelSentOn;
        }

        return await SaveAsync(scope, start, AuditActions.PublicationSentToNationalBodies, ct);
    }

    public async Task<WriteResult> RecordFamilyAsync(ReportScope scope, FamilyNoticeInput input, Guid? version, CancellationToken ct = default)
    {
        if (await StartAsync(scope, version, ct) is not { } start)
        {
            return await MissingOrStaleAsync(scope, ct);
        }

        var plan = start.Plan;
        var errors = PublicationRules.CheckFamily(input.ToldOn, input.ToldBy, input.OfferedMeeting, input.Support, plan.PublishedOn, recorder.Today);
        if (errors.Count > 0)
        {
            return Errors(errors);
        }

        (plan.FamilyToldOn, plan.FamilyToldBy, plan.FamilyOfferedMeeting, plan.FamilySupport) =
            (input.ToldOn, input.ToldBy!.Trim(), input.OfferedMeeting!.Value, input.Support!.Trim());
        return await SaveAsync(scope, start, AuditActions.PublicationFamilyTold, ct);
    }

    public async Task<WriteResult> RecordMediaAsync(ReportScope scope, MediaPlanInput input, Guid? version, CancellationToken ct = default)
    {
        if (await StartAsync(scope, version, ct) is not { } start)
        {
            return await MissingOrStaleAsync(scope, ct);
        }

        var errors = PublicationRules.CheckMedia(input.PressLead, input.HoldingStatement, input.ExpectedQuestions, input.ApprovedLines);
        if (errors.Count > 0)
        {
            return Errors(errors);
        }

        var plan = start.Plan;
        (plan.PressLead, plan.HoldingStatement, plan.ExpectedQuestions, plan.ApprovedLines) =
            (input.PressLead!.Trim(), input.HoldingStatement!.Trim(), Clean(input.ExpectedQuestions), Clean(input.ApprovedLines));
        return await SaveAsync(scope, start, AuditActions.PublicationMediaPlanned, ct);
    }

    /// <summary>Records the publication itself. Refused, with every reason named, while a hold is in force on the
    /// date, before the national bodies could have had the report, when it is late and the Board was not told why, or
    /// when the edition for publication has not passed its check.</summary>
    public async Task<WriteResult> RecordPublicationAsync(ReportScope scope, PublicationInput input, Guid? version, CancellationToken ct = default)
    {
        if (await StartAsync(scope, version, ct) is not { } start)
        {
            return await MissingOrStaleAsync(scope, ct);
        }

        var plan = start.Plan;
        if (plan.PublishedOn is not null)
        {
            return WriteResult.Refused(string.Empty, $"The report was published on {plan.PublishedOn.Value.LongDate()}. That cannot be recorded twice");
        }

        var state = await queries.StateAsync(scope.ReviewId, scope.PartnershipId, ct);
        var errors = new List<(string Field, string Message)>();
        var report = state.Version is { } presented ? await db.ReportVersions.SingleAsync(v => v.Id == presented.Id, ct) : null;
        if (report is null)
        {
            errors.Add((string.Empty, "Record the Board meeting the report was presented at before recording its publication"));
        }
        else if ((input.Editions & PublishedEditions.Report) != 0 && !state.EditionReady)
        {
            errors.Add(("Editions", $"The edition for publication of {report.Label.ToLowerInvariant()} has not passed its disclosure-risk check. Resolve the check and mark it ready first"));
        }

        if (report is not null && (input.Editions & PublishedEditions.BoardResponse) != 0 && !state.ResponseReady)
        {
            errors.Add(("Editions", "The Board's written response has not passed its disclosure-risk check for its current words. Resolve the check and mark it ready first"));
        }

        errors.AddRange(PublicationRules.Check(input, state.Context));
        if (errors.Count > 0)
        {
            return Errors(errors);
        }

        var on = input.PublishedOn!.Value;
        (plan.PublishedOn, plan.PublishedWhere, plan.Editions) = (on, input.Where!.Trim(), input.Editions);
        var late = state.Context.IsLate(on);
        (plan.LateReason, plan.BoardToldOfLatenessOn) = late ? (input.LateReason!.Trim(), input.BoardToldOfLatenessOn) : (null, null);
        plan.RemoveOn = PublicationRules.RemovalDate(on, state.MonthsPublished);

        // Only the report itself published moves its version on; a summary of the learning alone leaves it presented.
        if ((input.Editions & PublishedEditions.Report) != 0 && report!.Status == ReportStatus.PresentedToBoard)
        {
            if (report.MoveTo(ReportStatus.Published, 0, state.EditionReady, scope.UserId, recorder.Now) is { } refusal)
            {
                return WriteResult.Refused("Input.Editions", refusal);
            }

            db.ReportStatusChanges.Add(new ReportStatusChange
            {
                Id = Guid.NewGuid(),
                VersionId = report.Id,
                From = ReportStatus.PresentedToBoard,
                To = ReportStatus.Published,
                ByUserId = scope.UserId,
                At = recorder.Now,
            });
            recorder.Audit(scope.Actor, AuditActions.ReportStatusChanged, scope.ReviewId, scope.PartnershipId, nameof(ReportVersion), report!.Id);
        }

        foreach (var milestone in await db.Milestones.Where(m => m.ReviewId == scope.ReviewId && m.Role == MilestoneRole.Publication).ToListAsync(ct))
        {
            milestone.CompletedOn = on;
        }

        var task = new ReviewTask
        {
            Id = Guid.NewGuid(),
            ReviewId = scope.ReviewId,
            Kind = TaskKind.RemovePublication,
            Title = "Take the published report down, or record why it stays up",
            DueOn = plan.RemoveOn.Value.AddDays(-PublicationRules.RemovalTaskDaysBefore),
            CreatedAt = recorder.Now,
        };
        db.ReviewTasks.Add(task);
        plan.RemovalTaskId = task.Id;
        return await SaveAsync(scope, start, AuditActions.PublicationRecorded, ct);
    }

    /// <summary>An agency contact confirms their own agency told and supported its staff. <paramref name="agencyId"/>
    /// must be the contact's own agency and one the review involves.</summary>
    public async Task<WriteResult> ConfirmProfessionalsAsync(ReportScope scope, Guid agencyId, DateOnly? toldOn, string? support, Guid? version, CancellationToken ct = default)
    {
        var agencies = await queries.AgenciesAsync(scope.ReviewId, scope.PartnershipId, ct);
        if (agencies.FirstOrDefault(a => a.AgencyId == agencyId) is not { } row)
        {
            return WriteResult.Missing;
        }

        if ((row.Notice is null) != (version is null) || (row.Notice is not null && row.Notice.Version != version))
        {
            return WriteResult.Stale;
        }

        var publishedOn = await db.PublicationPlans.Where(p => p.ReviewId == scope.ReviewId).Select(p => p.PublishedOn).SingleOrDefaultAsync(ct);
        var errors = PublicationRules.CheckProfessionals(toldOn, support, publishedOn, recorder.Today);
        if (errors.Count > 0)
        {
            return Errors(errors);
        }

        var notice = row.Notice is null ? null : await db.ProfessionalsNotices.SingleAsync(n => n.Id == row.Notice.Id, ct);
        if (notice is null)
        {
            notice = new ProfessionalsNotice { Id = Guid.NewGuid(), ReviewId = scope.ReviewId, AgencyId = agencyId };
            db.ProfessionalsNotices.Add(notice);
        }
        else
        {
            db.Entry(notice).Property(n => n.Version).OriginalValue = version!.Value;
        }

        (notice.ToldOn, notice.Support, notice.ConfirmedByUserId, notice.ConfirmedAt) = (toldOn!.Value, support!.Trim(), scope.UserId, recorder.Now);
        recorder.Audit(scope.Actor, AuditActions.PublicationProfessionalsTold, scope.ReviewId, scope.PartnershipId, nameof(ProfessionalsNotice), notice.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    private sealed record Start(PublicationPlan Plan, Guid? Token);

    /// <summary>The review's plan to change (a new one the first time), or null when the review is not the
    /// partnership's or the form was filled in from an older copy of the plan.</summary>
    private async Task<Start?> StartAsync(ReportScope scope, Guid? version, CancellationToken ct)
    {
        if (!await db.Reviews.AnyAsync(r => r.Id == scope.ReviewId && r.PartnershipId == scope.PartnershipId, ct))
        {
            return null;
        }

        var plan = await db.PublicationPlans.SingleOrDefaultAsync(p => p.ReviewId == scope.ReviewId, ct);
        if ((plan is null) != (version is null) || (plan is not null && plan.Version != version))
        {
            return null;
        }

        if (plan is null)
        {
            plan = new PublicationPlan { Id = Guid.NewGuid(), ReviewId = scope.ReviewId };
            db.PublicationPlans.Add(plan);
        }

        return new Start(plan, version);
    }

    private async Task<WriteResult> MissingOrStaleAsync(ReportScope scope, CancellationToken ct) =>
        await db.Reviews.AnyAsync(r => r.Id == scope.ReviewId && r.PartnershipId == scope.PartnershipId, ct) ? WriteResult.Stale : WriteResult.Missing;

    private async Task<WriteResult> SaveAsync(ReportScope scope, Start start, string action, CancellationToken ct)
    {
        var plan = start.Plan;
        if (start.Token is { } token)
        {
            db.Entry(plan).Property(p => p.Version).OriginalValue = token;
        }

        (plan.UpdatedAt, plan.UpdatedByUserId) = (recorder.Now, scope.UserId);
        recorder.Audit(scope.Actor, action, scope.ReviewId, scope.PartnershipId, nameof(PublicationPlan), plan.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    private static WriteResult Errors(IEnumerable<(string Field, string Message)> errors) =>
        new(false, [.. errors.Select(e => (e.Field.Length == 0 || e.Field.StartsWith("Input.", StringComparison.Ordinal) ? e.Field : "Input." + e.Field, e.Message))]);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
