using Lantern.Core.Actions;
using Lantern.Web.Pages.Information.Documents;

namespace Lantern.Web.Pages.Actions;

public sealed record RaiseActionInput(string? Source, string? Title, string? Description, Guid? OwningAgencyId, string? OwnerName, Guid? OwnerUserId, DateOnly? RaisedOn, DateOnly? DueOn,
    string? FollowUpMonths = null);

public sealed record UpdateActionInput(ActionStatus? Status, DateOnly? CompletedOn, string? CompletionSummary, string? CancelledReason, string? Note);

public sealed record EvidenceInput(string? Description, string? FileName, Stream? Content, long? Length);

public sealed record ReadingInput(DateOnly? TakenOn, string? Value, string? Note);

/// <summary>
/// Every change to a review's improvement actions (quality marker 18), one audited method each. Each loads the action
/// through <see cref="ActionQueries.Visible"/>, so an agency contact can change only their own agency's actions:
/// anyone else's is missing for them. Errors come back keyed by the form's field names under "Input.".
/// </summary>
public sealed class ActionService(LanternDbContext db, AuditRecorder recorder, ActionQueries queries, DocumentService documents)
{
    public DateOnly Today => recorder.Today;

    /// <summary>The months after completion at which the partnership checks actions again, unless an action chooses its own.</summary>
    public async Task<IReadOnlyList<int>> PartnershipFollowUpMonthsAsync(Guid partnershipId, CancellationToken ct)
    {
        var own = await db.Partnerships.AsNoTracking().Where(p => p.Id == partnershipId).Select(p => p.FollowUpMonths).SingleAsync(ct);
        return own.Count > 0 ? own : FollowUpSchedule.DefaultMonths;
    }

    public async Task<(WriteResult Result, Guid? ActionId)> RaiseActionAsync(ActionScope scope, RaiseActionInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        if (!scope.MayManage)
        {
            return (WriteResult.Missing, null);
        }

        var errors = new List<(string Field, string Message)>();
        var source = ActionSourceOption.Parse(input.Source);
        var sources = await queries.SourcesAsync(scope.ReviewId, ct);
        if (source is not { } chosen || !sources.Any(s => s.Kind == chosen.Kind && s.Id == chosen.Id))
        {
            errors.Add(("Source", "Select the finding, issue for the Board, response or recommendation the action answers"));
        }

        var agencies = (await queries.AgenciesAsync(scope.PartnershipId, ct)).ConvertAll(a => a.Id);
        errors.AddRange(ActionRules.Check(new ActionInput(input.Title, input.Description, input.OwningAgencyId, input.OwnerName, input.RaisedOn, input.DueOn,
            ActionStatus.NotStarted, null, null, null), agencies, recorder.Today));
        var months = await PartnershipFollowUpMonthsAsync(scope.PartnershipId, ct);
        if (!string.IsNullOrWhiteSpace(input.FollowUpMonths))
        {
            var (typed, problems) = FollowUpSchedule.Parse(input.FollowUpMonths);
            errors.AddRange(problems.Select(p => ("FollowUpMonths", p.Message)));
            months = typed;
        }

        if (input.OwnerUserId is { } ownerUserId && !await db.Users.AnyAsync(u => u.Id == ownerUserId && u.PartnershipId == scope.PartnershipId && !u.IsDisabled, ct))
        {
            errors.Add(("OwnerUserId", "Select an account from the list, or none"));
        }

        if (errors.Count > 0)
        {
            return (Errors(errors), null);
        }

        var action = new ImprovementAction
        {
            Id = Guid.NewGuid(),
            PartnershipId = scope.PartnershipId,
            ReviewId = scope.ReviewId,
            Source = source!.Value.Kind,
            SourceId = source.Value.Id,
            Title = input.Title!.Trim(),
            Description = Clean(input.Description),
            OwningAgencyId = input.OwningAgencyId!.Value,
            OwnerName = input.OwnerName!.Trim(),
            OwnerUserId = input.OwnerUserId,
            RaisedOn = input.RaisedOn!.Value,
            DueOn = input.DueOn!.Value,
            Status = ActionStatus.NotStarted,
            FollowUpMonths = [.. months],
            CreatedAt = recorder.Now,
            CreatedByUserId = scope.UserId,
        };
        db.ImprovementActions.Add(action);
        recorder.Audit(scope.Actor, AuditActions.ActionRaised, scope.ReviewId, scope.PartnershipId, nameof(ImprovementAction), action.Id);
        await db.SaveChangesAsync(ct);
        return (WriteResult.Done, action.Id);
    }

    /// <summary>
    /// Moves the action to a new status and adds a progress note, either or both, from the copy of the action
    /// the form was filled in from (<paramref name="version"/>): a status change on an older copy is a conflict,
    /// while a note alone is only ever added. Only those who manage actions may cancel one. Completing an action
    /// schedules its follow-up checks at the action's months (by default 3, 6 and 12) from the completion date, and again
    /// from a new completion date when it is reopened and completed again or its completion date is corrected.
    /// </summary>
    public async Task<WriteResult> UpdateActionAsync(ActionScope scope, Guid actionId, UpdateActionInput input, Guid version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        if (await queries.ActionAsync(scope, actionId, ct) is null)
        {
            return WriteResult.Missing;
        }

        var action = await db.ImprovementActions.SingleAsync(a => a.Id == actionId, ct);
        var status = input.Status ?? action.Status;
        var changing = status != action.Status
            || (status == ActionStatus.Completed && (input.CompletedOn != action.CompletedOn || Clean(input.CompletionSummary) != action.CompletionSummary))
            || (status == ActionStatus.Cancelled && Clean(input.CancelledReason) != action.CancelledReason);
        var note = Clean(input.Note);
        var errors = new List<(string Field, string Message)>();
        if (status == ActionStatus.Cancelled && action.Status != ActionStatus.Cancelled && !scope.MayManage)
        {
            errors.Add(("Status", "Only the business unit or the chair can cancel an action. Ask them, or choose another status"));
        }
        else if (changing)
        {
            errors.AddRange(ActionRules.Check(new ActionInput(action.Title, action.Description, action.OwningAgencyId, action.OwnerName, action.RaisedOn, action.DueOn,
                status, input.CompletedOn, input.CompletionSummary, input.CancelledReason), [action.OwningAgencyId], recorder.Today));
        }

        if (note is not null)
        {
            errors.AddRange(ActionRules.CheckNote(note).Select(e => ("Note", e.Message)));
        }
        else if (!changing && errors.Count == 0)
        {
            errors.Add(("Note", "Change the status or write a progress note"));
        }

        if (errors.Count > 0)
        {
            return Errors(errors);
        }

        if (changing)
        {
            if (action.Version != version)
            {
                return WriteResult.Stale;
            }

            db.Entry(action).Property(a => a.Version).OriginalValue = version;
            var completedBefore = action.Status == ActionStatus.Completed ? action.CompletedOn : null;
            action.MoveTo(status, input.CompletedOn, input.CompletionSummary, input.CancelledReason);
            if (status == ActionStatus.Completed && action.CompletedOn != completedBefore)
            {
                await ScheduleChecksAsync(action, scope.PartnershipId, ct);
            }

            recorder.Audit(scope.Actor, AuditActions.ActionUpdated, scope.ReviewId, scope.PartnershipId, nameof(ImprovementAction), action.Id);
        }

        if (note is not null)
        {
            var progress = new ActionProgressNote { Id = Guid.NewGuid(), ActionId = action.Id, WrittenOn = recorder.Now, ByUserId = scope.UserId, Text = note };
            db.ActionProgressNotes.Add(progress);
            recorder.Audit(scope.Actor, AuditActions.ActionProgressNoted, scope.ReviewId, scope.PartnershipId, nameof(ActionProgressNote), progress.Id);
        }

        return await db.SaveOrConflictAsync(ct);
    }

    /// <summary>Schedules the follow-up checks from the (new) completion date at the action's chosen months. A check
    /// already made is kept as it was; one not yet made, from an earlier completion, gives way to the new schedule,
    /// so an action reopened and completed again is looked at again from its new completion.</summary>
    private async Task ScheduleChecksAsync(ImprovementAction action, Guid partnershipId, CancellationToken ct)
    {
        var open = await db.FollowUpChecks.Where(c => c.ActionId == action.Id && c.CheckedOn == null).ToListAsync(ct);
        db.FollowUpChecks.RemoveRange(open);
        var months = action.FollowUpMonths.Count > 0 ? action.FollowUpMonths : await PartnershipFollowUpMonthsAsync(partnershipId, ct);
        db.FollowUpChecks.AddRange(FollowUpSchedule.For(action.CompletedOn!.Value, months).Select(c => c.ToCheck(action.Id)));
    }

    /// <summary>Uploads a document through the review's audited document store (checked by content like any other
    /// upload, and listed in the index of material as the owning agency's) and links it to the action as evidence,
    /// in one transaction: either both are kept or neither.</summary>
    public async Task<WriteResult> AddEvidenceAsync(ActionScope scope, Guid actionId, EvidenceInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        if (await queries.ActionAsync(scope, actionId, ct) is not { } action)
        {
            return WriteResult.Missing;
        }

        var errors = ActionRules.CheckEvidence(input.Description).Select(e => (e.Field, e.Message)).ToList();
        if (input.Content is null || string.IsNullOrWhiteSpace(input.FileName))
        {
            errors.Insert(0, ("File", "Select a file to upload"));
        }

        if (errors.Count > 0)
        {
            return Errors(errors);
        }

        var title = $"Evidence for the action: {action.Title}";
        var details = new DocumentDetails(title.Length <= EvidenceDocument.TitleMaxLength ? title : title[..EvidenceDocument.TitleMaxLength], action.OwningAgencyId,
            $"Evidence of completion added to an improvement action by {action.OwnerName}'s agency", Sensitivity.Normal, Disclosability.NotDecided, input.Description!.Trim());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (uploaded, documentId) = await documents.UploadDocumentAsync(
            new UploadDocumentOptions(scope.ReviewId, scope.PartnershipId, details, input.FileName, input.Content, input.Length), scope.Actor, ct);
        if (!uploaded.Succeeded)
        {
            return Errors(uploaded.Errors.Where(e => e.Field == "File"));
        }

        var evidence = new ActionEvidence
        {
            Id = Guid.NewGuid(),
            ActionId = action.Id,
            DocumentId = documentId!.Value,
            Description = input.Description.Trim(),
            AddedAt = recorder.Now,
            AddedByUserId = scope.UserId,
        };
        db.ActionEvidence.Add(evidence);
        recorder.Audit(scope.Actor, AuditActions.ActionEvidenceAdded, scope.ReviewId, scope.PartnershipId, nameof(ActionEvidence), evidence.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return WriteResult.Done;
    }

    public async Task<(WriteResult Result, Guid? MeasureId)> AddMeasureAsync(ActionScope scope, Guid actionId, OutcomeMeasureInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        if (!scope.MayManage || await queries.ActionAsync(scope, actionId, ct) is null)
        {
            return (WriteResult.Missing, null);
        }

        var entry = OutcomeMeasureRules.Check(input, recorder.Today);
        if (!entry.IsValid)
        {
            return (Errors(entry.Problems), null);
        }

        var measure = new OutcomeMeasure
        {
            Id = Guid.NewGuid(),
            ActionId = actionId,
            Measure = input.Measure!.Trim(),
            Source = input.Source!.Trim(),
            Unit = Clean(input.Unit),
            Baseline = entry.Baseline!.Value,
            BaselineOn = input.BaselineOn,
            Target = entry.Target!.Value,
            HigherIsBetter = input.HigherIsBetter!.Value,
        };
        db.OutcomeMeasures.Add(measure);
        recorder.Audit(scope.Actor, AuditActions.OutcomeMeasureAdded, scope.ReviewId, scope.PartnershipId, nameof(OutcomeMeasure), measure.Id);
        await db.SaveChangesAsync(ct);
        return (WriteResult.Done, measure.Id);
    }

    /// <summary>Records a reading of a measure. Readings are only added: a wrong one is corrected by another for the same day.</summary>
    public async Task<WriteResult> RecordReadingAsync(ActionScope scope, Guid actionId, Guid measureId, ReadingInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        if (await queries.MeasureAsync(scope, actionId, measureId, ct) is not { } found)
        {
            return WriteResult.Missing;
        }

        var entry = OutcomeReadings.Check(input.TakenOn, input.Value, found.Measure.Measure, recorder.Today, input.Note);
        if (!entry.IsValid)
        {
            return Errors(entry.Problems);
        }

        var reading = new OutcomeReading
        {
            Id = Guid.NewGuid(),
            MeasureId = measureId,
            TakenOn = entry.TakenOn!.Value,
            Value = entry.Value!.Value,
            Note = Clean(input.Note),
            RecordedAt = recorder.Now,
            RecordedByUserId = scope.UserId,
        };
        db.OutcomeReadings.Add(reading);
        recorder.Audit(scope.Actor, AuditActions.OutcomeReadingRecorded, scope.ReviewId, scope.PartnershipId, nameof(OutcomeReading), reading.Id);
        await db.SaveChangesAsync(ct);
        return WriteResult.Done;
    }

    /// <summary>Answers a follow-up check on a completed action, from the copy of the check the form showed.</summary>
    public async Task<WriteResult> RecordCheckAsync(ActionScope scope, Guid actionId, Guid checkId, FollowUpCheckInput input, Guid version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        if (await queries.CheckAsync(scope, actionId, checkId, ct) is not { } found)
        {
            return WriteResult.Missing;
        }

        if (found.Action.CompletedOn is not { } completedOn)
        {
            return WriteResult.Refused(string.Empty, "The action is no longer completed, so its follow-up checks cannot be answered. Record it as completed again first");
        }

        var errors = FollowUpCheckRules.Check(input, completedOn, recorder.Today);
        if (errors.Count > 0)
        {
            return Errors(errors);
        }

        var check = await db.FollowUpChecks.SingleAsync(c => c.Id == checkId, ct);
        if (check.Version != version)
        {
            return WriteResult.Stale;
        }

        db.Entry(check).Property(c => c.Version).OriginalValue = version;
        (check.CheckedOn, check.Sustained, check.UnintendedConsequences, check.StillHappens, check.Comment, check.CheckedByUserId) =
            (input.CheckedOn, input.Sustained, input.UnintendedConsequences!.Trim(), input.StillHappens, Clean(input.Comment), scope.UserId);
        recorder.Audit(scope.Actor, AuditActions.FollowUpCheckRecorded, scope.ReviewId, scope.PartnershipId, nameof(FollowUpCheck), check.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    private static WriteResult Errors(IEnumerable<(string Field, string Message)> errors) =>
        new(false, [.. errors.Select(e => (e.Field.Length == 0 ? e.Field : "Input." + e.Field, e.Message))]);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
