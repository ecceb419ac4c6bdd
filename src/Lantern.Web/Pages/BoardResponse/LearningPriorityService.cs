using Lantern.Core.Board;

namespace Lantern.Web.Pages.BoardResponse;

/// <summary>The partnership's learning and improvement priorities, each for a period. A priority is ended, never
/// deleted, so the responses that named it keep their meaning.</summary>
public sealed class LearningPriorityService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<WriteResult> AddAsync(Guid partnershipId, AuditActor actor, string? title, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var clean = title?.Trim() ?? string.Empty;
        var errors = new List<(string, string)>();
        if (clean.Length == 0)
        {
            errors.Add(("Input.Title", "Enter the priority"));
        }
        else if (clean.Length > LearningPriority.TitleMaxLength)
        {
            errors.Add(("Input.Title", $"The priority must be {LearningPriority.TitleMaxLength} characters or fewer"));
        }

        if (from is null)
        {
            errors.Add(("Input.From", "Enter the date the priority starts"));
        }
        else if (to is { } end && end < from)
        {
            errors.Add(("Input.To", "The end date must be on or after the start date"));
        }

        var existing = await db.LearningPriorities.Where(p => p.PartnershipId == partnershipId).Select(p => p.Title).ToListAsync(ct);
        if (clean.Length > 0 && existing.Exists(e => string.Equals(e, clean, StringComparison.CurrentCultureIgnoreCase)))
        {
            errors.Add(("Input.Title", "The partnership already has this priority"));
        }
        else if (existing.Count >= LearningPriority.MaxPriorities)
        {
            errors.Add(("Input.Title", $"A partnership can keep up to {LearningPriority.MaxPriorities} priorities"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var priority = new LearningPriority { Id = Guid.NewGuid(), PartnershipId = partnershipId, Title = clean, From = from!.Value, To = to, CreatedAt = recorder.Now };
        db.LearningPriorities.Add(priority);
        recorder.Audit(actor, AuditActions.LearningPriorityAdded, new AuditSubject(nameof(LearningPriority), priority.Id, null, partnershipId));
        return await db.SaveOrConflictAsync(ct);
    }

    /// <summary>Ends a priority on <paramref name="today"/> (or leaves an earlier end as it is).</summary>
    public async Task<WriteResult> EndAsync(Guid partnershipId, AuditActor actor, Guid priorityId, DateOnly today, CancellationToken ct = default)
    {
        var priority = await db.LearningPriorities.SingleOrDefaultAsync(p => p.Id == priorityId && p.PartnershipId == partnershipId, ct);
        if (priority is null)
        {
            return WriteResult.Missing;
        }

        if (priority.To is { } end && end <= today)
        {
            return WriteResult.Refused(string.Empty, $"“{priority.Title}” already ended on {end.LongDate()}");
        }

        priority.To = today < priority.From ? priority.From : today;
        recorder.Audit(actor, AuditActions.LearningPriorityEnded, new AuditSubject(nameof(LearningPriority), priority.Id, null, partnershipId));
        return await db.SaveOrConflictAsync(ct);
    }
}
