namespace Lantern.Web.Pages.SettingUp.Tasks;

public sealed record CompleteTaskOptions(Guid ReviewId, Guid PartnershipId, Guid TaskId, Guid Version);

/// <summary>Tasks created while setting up a review, and marking them done.</summary>
public sealed class TaskService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<WriteResult> CompleteTaskAsync(CompleteTaskOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var task = await db.ReviewTasks.SingleOrDefaultAsync(t => t.Id == options.TaskId && t.ReviewId == options.ReviewId, cancellationToken);
        if (task is null)
        {
            return WriteResult.Missing;
        }

        if (!task.IsOpen)
        {
            return WriteResult.Done;
        }

        db.Entry(task).Property(t => t.Version).OriginalValue = options.Version;
        task.CompletedAt = recorder.Now;
        task.CompletedByUserId = audit.UserId;
        recorder.History(options.ReviewId, HistoryKind.TaskCompleted, $"Done: {task.Title}", audit.UserId);
        recorder.Audit(audit, AuditActions.TaskCompleted, options.ReviewId, options.PartnershipId, "ReviewTask", task.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Adds a task; saved with whatever write creates it.</summary>
    public void Add(Guid reviewId, TaskKind kind, string title, DateOnly? dueOn, Guid? assignedUserId = null) =>
        db.ReviewTasks.Add(new ReviewTask
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Kind = kind,
            Title = title,
            DueOn = dueOn,
            AssignedUserId = assignedUserId,
            CreatedAt = recorder.Now,
        });
}
