namespace Lantern.Web.Pages.SettingUp.Board;

public sealed record InformBoardOptions(Guid ReviewId, Guid PartnershipId, DateOnly InformedOn, CommunicationMethod Method, string Summary, IReadOnlyList<(string Name, string? Role)> Recipients);

public sealed record AcknowledgeOptions(Guid ReviewId, Guid PartnershipId, Guid RecipientId, DateOnly AcknowledgedOn, Guid Version);

/// <summary>Telling the Board of a decision (quality marker 3), and keeping track of who has acknowledged it.</summary>
public sealed class BoardService(LanternDbContext db, AuditRecorder recorder)
{
    public const int MaxRecipients = 60;

    public async Task<WriteResult> InformBoardAsync(InformBoardOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("Recorded by a signed-in person.");
        var decidedOn = await db.Decisions.Where(d => d.ReviewId == options.ReviewId).OrderByDescending(d => d.VersionNumber)
            .Select(d => (DateOnly?)d.DecidedOn).FirstOrDefaultAsync(cancellationToken);
        if (options.InformedOn > recorder.Today)
        {
            return WriteResult.Refused("InformedOn", "The date the Board was told must be today or in the past");
        }

        if (decidedOn is { } decided && options.InformedOn < decided)
        {
            return WriteResult.Refused("InformedOn", "The date the Board was told must be on or after the date of the decision");
        }

        if (options.Recipients.Count == 0)
        {
            return WriteResult.Refused("Recipients", "Enter at least one person who was told");
        }

        if (options.Recipients.Count > MaxRecipients)
        {
            return WriteResult.Refused("Recipients", $"Enter {MaxRecipients} people or fewer");
        }

        if (options.Recipients.Any(r => r.Name.Length > BoardRecipient.NameMaxLength || (r.Role?.Length ?? 0) > BoardRecipient.NameMaxLength))
        {
            return WriteResult.Refused("Recipients", $"Each name and role must be {BoardRecipient.NameMaxLength} characters or fewer");
        }

        var notification = new BoardNotification
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            InformedOn = options.InformedOn,
            Method = options.Method,
            Summary = options.Summary.Trim(),
            RecordedByUserId = userId,
            RecordedAt = recorder.Now,
        };
        db.BoardNotifications.Add(notification);
        foreach (var (name, role) in options.Recipients)
        {
            db.BoardRecipients.Add(new BoardRecipient { Id = Guid.NewGuid(), BoardNotificationId = notification.Id, Name = name, Role = role });
        }

        foreach (var task in await db.ReviewTasks.Where(t => t.ReviewId == options.ReviewId && t.Kind == TaskKind.InformBoard && t.CompletedAt == null).ToListAsync(cancellationToken))
        {
            task.CompletedAt = recorder.Now;
            task.CompletedByUserId = userId;
        }

        recorder.History(options.ReviewId, HistoryKind.BoardInformed, $"Board told ({options.Recipients.Count} {(options.Recipients.Count == 1 ? "person" : "people")}, {options.Method.DisplayName().ToLowerInvariant()})", userId);
        recorder.Audit(audit, AuditActions.BoardInformed, options.ReviewId, options.PartnershipId, "BoardNotification", notification.Id);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    public async Task<WriteResult> AcknowledgeAsync(AcknowledgeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var recipient = await (from r in db.BoardRecipients
                               join n in db.BoardNotifications on r.BoardNotificationId equals n.Id
                               where r.Id == options.RecipientId && n.ReviewId == options.ReviewId
                               select new { Recipient = r, n.InformedOn }).SingleOrDefaultAsync(cancellationToken);
        if (recipient is null)
        {
            return WriteResult.Missing;
        }

        if (options.AcknowledgedOn > recorder.Today || options.AcknowledgedOn < recipient.InformedOn)
        {
            return WriteResult.Refused("AcknowledgedOn", "The date of the acknowledgement must be between the date they were told and today");
        }

        db.Entry(recipient.Recipient).Property(r => r.Version).OriginalValue = options.Version;
        recipient.Recipient.AcknowledgedOn = options.AcknowledgedOn;
        recorder.Audit(audit, AuditActions.BoardAcknowledged, options.ReviewId, options.PartnershipId, "BoardRecipient", recipient.Recipient.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Reads "Name, role" lines, one person to a line; blank lines are skipped.</summary>
    public static IReadOnlyList<(string Name, string? Role)> ParseRecipients(string? text) =>
        (text ?? string.Empty).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                var comma = line.IndexOf(',', StringComparison.Ordinal);
                return comma < 0
                    ? (line, (string?)null)
                    : (line[..comma].Trim(), line[(comma + 1)..].Trim() is { Length: > 0 } role ? role : null);
            })
            .ToList();
}
