namespace Lantern.Web.Pages.Information.Processes;

public sealed record ProcessDetails(ProcessKind Kind, string? LeadBody, string? Contact, ProcessStatus Status, DateOnly? ExpectedEnd, string? Notes);

public sealed record AddProcessOptions(Guid ReviewId, Guid PartnershipId, ProcessDetails Details);

public sealed record ChangeProcessOptions(Guid ReviewId, Guid PartnershipId, Guid ProcessId, ProcessDetails Details, Guid Version);

public sealed record AddConstraintOptions(Guid ReviewId, Guid PartnershipId, Guid ProcessId, string? Text, ReviewHold Holds, DateOnly AgreedOn);

public sealed record LiftConstraintOptions(Guid ReviewId, Guid PartnershipId, Guid ProcessId, Guid ConstraintId, DateOnly LiftedOn, string? Reason, Guid Version);

public sealed record RecordLiaisonOptions(Guid ReviewId, Guid PartnershipId, Guid ProcessId, DateOnly OccurredOn, string? WithWhom, string? Summary);

/// <summary>Parallel processes (quality marker 9): each process, the constraints it puts on the review and what
/// they hold, and the log of liaison with the people running it.</summary>
public sealed class ProcessService(LanternDbContext db, AuditRecorder recorder)
{
    /// <summary>Whether the process is one of this review's (a page about it answers 404 otherwise).</summary>
    public Task<bool> ExistsAsync(Guid reviewId, Guid processId, CancellationToken cancellationToken) =>
        db.ParallelProcesses.AnyAsync(p => p.Id == processId && p.ReviewId == reviewId, cancellationToken);

    public async Task<(WriteResult Result, Guid? ProcessId)> AddProcessAsync(AddProcessOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (Check(options.Details) is { } refused)
        {
            return (refused, null);
        }

        var process = new ParallelProcess { Id = Guid.NewGuid(), ReviewId = options.ReviewId, CreatedAt = recorder.Now };
        Apply(process, options.Details);
        db.ParallelProcesses.Add(process);
        recorder.Audit(audit, AuditActions.ProcessAdded, options.ReviewId, options.PartnershipId, "ParallelProcess", process.Id);
        return (await db.SaveOrConflictAsync(cancellationToken), process.Id);
    }

    public async Task<WriteResult> ChangeProcessAsync(ChangeProcessOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var process = await db.ParallelProcesses.SingleOrDefaultAsync(p => p.Id == options.ProcessId && p.ReviewId == options.ReviewId, cancellationToken);
        if (process is null)
        {
            return WriteResult.Missing;
        }

        if (Check(options.Details) is { } refused)
        {
            return refused;
        }

        db.Entry(process).Property(p => p.Version).OriginalValue = options.Version;
        Apply(process, options.Details);
        recorder.Audit(audit, AuditActions.ProcessChanged, options.ReviewId, options.PartnershipId, "ParallelProcess", process.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> AddConstraintAsync(AddConstraintOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A constraint is added by a signed-in person.");
        if (!await db.ParallelProcesses.AnyAsync(p => p.Id == options.ProcessId && p.ReviewId == options.ReviewId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        var text = options.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(("Text", "Say what the constraint is"));
        }
        else if (text.Length > ProcessConstraint.TextMaxLength)
        {
            errors.Add(("Text", "The constraint must be 2,000 characters or fewer"));
        }

        if (options.AgreedOn > recorder.Today)
        {
            errors.Add(("AgreedOn", "The date it was agreed must be today or in the past"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var constraint = new ProcessConstraint
        {
            Id = Guid.NewGuid(),
            ProcessId = options.ProcessId,
            ReviewId = options.ReviewId,
            Text = text,
            Holds = options.Holds,
            AgreedOn = options.AgreedOn,
            AddedByUserId = userId,
            AddedAt = recorder.Now,
        };
        db.ProcessConstraints.Add(constraint);
        recorder.Audit(audit, AuditActions.ConstraintAdded, options.ReviewId, options.PartnershipId, "ProcessConstraint", constraint.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> LiftConstraintAsync(LiftConstraintOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var constraint = await db.ProcessConstraints.SingleOrDefaultAsync(
            c => c.Id == options.ConstraintId && c.ProcessId == options.ProcessId && c.ReviewId == options.ReviewId, cancellationToken);
        if (constraint is null)
        {
            return WriteResult.Missing;
        }

        if (constraint.Version != options.Version)
        {
            return WriteResult.Stale;
        }

        var errors = new List<(string, string)>();
        if (HoldRules.CannotLift(constraint, options.LiftedOn, recorder.Today) is { } problem)
        {
            errors.Add((constraint.IsLifted ? string.Empty : "LiftedOn", problem));
        }

        var reason = options.Reason?.Trim() ?? string.Empty;
        if (reason.Length == 0)
        {
            errors.Add(("Reason", "Say why the constraint can be lifted"));
        }
        else if (reason.Length > ProcessConstraint.ReasonMaxLength)
        {
            errors.Add(("Reason", "The reason must be 2,000 characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        db.Entry(constraint).Property(c => c.Version).OriginalValue = options.Version;
        constraint.LiftedOn = options.LiftedOn;
        constraint.LiftReason = reason;
        constraint.LiftedByUserId = audit.UserId;
        recorder.Audit(audit, AuditActions.ConstraintLifted, options.ReviewId, options.PartnershipId, "ProcessConstraint", constraint.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> RecordLiaisonAsync(RecordLiaisonOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("Liaison is recorded by a signed-in person.");
        if (!await db.ParallelProcesses.AnyAsync(p => p.Id == options.ProcessId && p.ReviewId == options.ReviewId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        if (options.OccurredOn > recorder.Today)
        {
            errors.Add(("OccurredOn", "The date must be today or in the past"));
        }

        var withWhom = options.WithWhom?.Trim() ?? string.Empty;
        if (withWhom.Length == 0)
        {
            errors.Add(("WithWhom", "Say who the contact was with"));
        }
        else if (withWhom.Length > LiaisonEntry.WithWhomMaxLength)
        {
            errors.Add(("WithWhom", "Who it was with must be 200 characters or fewer"));
        }

        var summary = options.Summary?.Trim() ?? string.Empty;
        if (summary.Length == 0)
        {
            errors.Add(("Summary", "Say briefly what was discussed or agreed"));
        }
        else if (summary.Length > LiaisonEntry.SummaryMaxLength)
        {
            errors.Add(("Summary", "The summary must be 4,000 characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var entry = new LiaisonEntry
        {
            Id = Guid.NewGuid(),
            ProcessId = options.ProcessId,
            ReviewId = options.ReviewId,
            OccurredOn = options.OccurredOn,
            WithWhom = withWhom,
            Summary = summary,
            RecordedByUserId = userId,
            RecordedAt = recorder.Now,
        };
        db.LiaisonEntries.Add(entry);
        recorder.Audit(audit, AuditActions.LiaisonRecorded, options.ReviewId, options.PartnershipId, "LiaisonEntry", entry.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private static WriteResult? Check(ProcessDetails details)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(details.LeadBody))
        {
            errors.Add(("LeadBody", "Enter who leads the process"));
        }
        else if (details.LeadBody.Trim().Length > ParallelProcess.LeadBodyMaxLength)
        {
            errors.Add(("LeadBody", "Who leads it must be 200 characters or fewer"));
        }

        if (details.Contact?.Trim().Length > ParallelProcess.ContactMaxLength)
        {
            errors.Add(("Contact", "The contact must be 300 characters or fewer"));
        }

        if (details.Notes?.Trim().Length > ParallelProcess.NotesMaxLength)
        {
            errors.Add(("Notes", "Notes must be 4,000 characters or fewer"));
        }

        return errors.Count > 0 ? new WriteResult(false, errors) : null;
    }

    private static void Apply(ParallelProcess process, ProcessDetails details)
    {
        process.Kind = details.Kind;
        process.LeadBody = details.LeadBody!.Trim();
        process.Contact = string.IsNullOrWhiteSpace(details.Contact) ? null : details.Contact.Trim();
        process.Status = details.Status;
        process.ExpectedEnd = details.ExpectedEnd;
        process.Notes = string.IsNullOrWhiteSpace(details.Notes) ? null : details.Notes.Trim();
    }
}
