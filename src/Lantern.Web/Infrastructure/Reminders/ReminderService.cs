using Lantern.Core.Actions;
using Lantern.Core.Reminders;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Web.Hosting;
using Lantern.Web.Infrastructure.Email;
using Lantern.Web.Pages.SettingUp.Deadlines;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Reminders;

/// <summary>What one run did: reminders queued, sent, and failed (to be tried again).</summary>
public sealed record ReminderRun(int Queued, int Sent, int Failed);

/// <summary>
/// Reminders that run by themselves. <see cref="QueueAsync"/> finds what is due (improvement actions due soon or
/// overdue, follow-up checks, planned publication, removal of a published report, statutory deadlines) and queues one
/// reminder per person per thing per due date; the database's unique key means a reminder is never queued twice,
/// whichever instance finds it first. <see cref="SendAsync"/> claims a batch in one statement (another instance's
/// claim excludes those rows), sends each through the email outbox and marks it sent at once; a failure is kept with
/// the time to try again, never dropped. The email names no child and carries no review content: only what kind of
/// thing is due, when, and a link.
/// </summary>
public sealed class ReminderService(LanternDbContext db, IEmailOutbox email, DeadlineService deadlines, IOptions<LanternOptions> options, TimeProvider time, ILogger<ReminderService> logger)
{
    /// <summary>How far ahead reminders look, in days.</summary>
    public const int ActionDaysAhead = 7;
    public const int PublicationDaysAhead = 14;
    public const int RemovalDaysAhead = 28;
    public const int DeadlineWorkingDaysAhead = 5;

    /// <summary>How long a claim holds before another instance may take the message over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<ReminderRun> RunOnceAsync(string instance, CancellationToken ct = default)
    {
        var queued = await QueueAsync(ct);
        var (sent, failed) = await SendAsync(instance, int.MaxValue, ct);
        return new ReminderRun(queued, sent, failed);
    }

    /// <summary>Queues every reminder now due that is not queued yet; returns how many were added.</summary>
    public async Task<int> QueueAsync(CancellationToken ct = default)
    {
        var today = UkTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var wanted = new List<Reminder>();

        var businessUnits = (await db.Users.AsNoTracking().Where(u => !u.IsDisabled).Select(u => new { u.Id, u.PartnershipId, u.PartnershipRoles }).ToListAsync(ct))
            .Where(u => u.PartnershipRoles.HasFlag(Core.Organisation.PartnershipRoles.BusinessUnit))
            .GroupBy(u => u.PartnershipId).ToDictionary(g => g.Key, g => g.Select(u => u.Id).ToList());
        IEnumerable<Guid> Unit(Guid partnershipId) => businessUnits.GetValueOrDefault(partnershipId) ?? [];
        var active = (await db.Users.AsNoTracking().Where(u => !u.IsDisabled).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        IEnumerable<Guid> OwnerOrUnit(Guid? owner, Guid partnershipId) => owner is { } id && active.Contains(id) ? [id] : Unit(partnershipId);

        void Add(IEnumerable<Guid> users, Guid partnershipId, ReminderKind kind, Guid subject, DateOnly due, string link) =>
            wanted.AddRange(users.Select(u => new Reminder { Id = Guid.NewGuid(), PartnershipId = partnershipId, UserId = u, Kind = kind, SubjectId = subject, DueOn = due, Link = link, CreatedAt = now }));

        var soon = today.AddDays(ActionDaysAhead);
        var open = await db.ImprovementActions.AsNoTracking()
            .Where(a => (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress) && a.DueOn <= soon)
            .Select(a => new { a.Id, a.PartnershipId, a.ReviewId, a.OwnerUserId, a.DueOn }).ToListAsync(ct);
        foreach (var a in open)
        {
            Add(OwnerOrUnit(a.OwnerUserId, a.PartnershipId), a.PartnershipId, a.DueOn < today ? ReminderKind.ActionOverdue : ReminderKind.ActionDue, a.Id, a.DueOn, Link.ImprovementAction(a.ReviewId, a.Id));
        }

        var checks = await (from c in db.FollowUpChecks.AsNoTracking()
                            join a in db.ImprovementActions.AsNoTracking() on c.ActionId equals a.Id
                            where c.CheckedOn == null && c.DueOn <= soon && a.Status == ActionStatus.Completed
                            select new { c.Id, c.DueOn, a.PartnershipId, a.ReviewId, ActionId = a.Id, a.OwnerUserId }).ToListAsync(ct);
        foreach (var c in checks)
        {
            Add(OwnerOrUnit(c.OwnerUserId, c.PartnershipId), c.PartnershipId, ReminderKind.FollowUpDue, c.Id, c.DueOn, Link.FollowUpCheck(c.ReviewId, c.ActionId, c.Id));
        }

        var publicationSoon = today.AddDays(PublicationDaysAhead);
        var planned = await (from m in db.Milestones.AsNoTracking()
                             join r in db.Reviews.AsNoTracking() on m.ReviewId equals r.Id
                             where m.Role == MilestoneRole.Publication && m.CompletedOn == null && m.DueOn >= today && m.DueOn <= publicationSoon
                             select new { r.Id, r.PartnershipId, m.DueOn, r.Status }).ToListAsync(ct);
        foreach (var p in planned.Where(p => p.Status.IsOpen()))
        {
            Add(Unit(p.PartnershipId), p.PartnershipId, ReminderKind.PublicationDue, p.Id, p.DueOn, Link.Publication(p.Id));
        }

        var removalSoon = today.AddDays(RemovalDaysAhead);
        var removals = await (from p in db.PublicationPlans.AsNoTracking()
                              join r in db.Reviews.AsNoTracking() on p.ReviewId equals r.Id
                              where p.RemoveOn != null && p.RemoveOn <= removalSoon
                              select new { r.Id, r.PartnershipId, p.RemoveOn }).ToListAsync(ct);
        foreach (var p in removals)
        {
            Add(Unit(p.PartnershipId), p.PartnershipId, ReminderKind.RemovalDue, p.Id, p.RemoveOn!.Value, Link.Publication(p.Id));
        }

        var reviews = (await db.Reviews.AsNoTracking().Select(r => new { r.Id, r.PartnershipId, r.Status }).ToListAsync(ct)).Where(r => r.Status.IsOpen()).ToList();
        if (reviews.Count > 0)
        {
            var next = await deadlines.NextDeadlinesAsync([.. reviews.Select(r => r.Id)], ct);
            foreach (var r in reviews)
            {
                if (next.TryGetValue(r.Id, out var view) && !view.IsMet && view.WorkingDaysLeft <= DeadlineWorkingDaysAhead)
                {
                    Add(Unit(r.PartnershipId), r.PartnershipId, ReminderKind.DeadlineDue, r.Id, view.Deadline.Due, Link.SettingUp(r.Id));
                }
            }
        }

        if (wanted.Count == 0)
        {
            return 0;
        }

        // Leave out what is already queued, then insert; a reminder another instance queued in between is refused by
        // the unique key, and this run simply leaves it to the other.
        var subjects = wanted.Select(w => w.SubjectId).Distinct().ToList();
        var existing = (await db.Reminders.AsNoTracking().Where(r => subjects.Contains(r.SubjectId)).Select(r => new { r.Kind, r.SubjectId, r.UserId, r.DueOn }).ToListAsync(ct))
            .Select(r => (r.Kind, r.SubjectId, r.UserId, r.DueOn)).ToHashSet();
        var fresh = wanted.DistinctBy(w => (w.Kind, w.SubjectId, w.UserId, w.DueOn)).Where(w => !existing.Contains((w.Kind, w.SubjectId, w.UserId, w.DueOn))).ToList();
        // All at once; only if another instance queued some of the same meanwhile, one at a time, skipping theirs.
        db.Reminders.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }

        var added = 0;
        foreach (var reminder in fresh)
        {
            db.Reminders.Add(reminder);
            try
            {
                await db.SaveChangesAsync(ct);
                added++;
            }
            catch (DbUpdateException)
            {
                db.Entry(reminder).State = EntityState.Detached;
            }
        }

        return added;
    }

    /// <summary>Sends up to <paramref name="most"/> queued reminders that are due to go, as <paramref name="instance"/>;
    /// returns how many went and how many failed (and will be tried again later).</summary>
    public async Task<(int Sent, int Failed)> SendAsync(string instance, int most = int.MaxValue, CancellationToken ct = default)
    {
        var (sent, failed) = (0, 0);
        while (sent + failed < most)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var claim = $"{instance}:{Guid.NewGuid():N}";
            var batch = await db.Reminders.AsNoTracking()
                .Where(r => r.SentAt == null && (r.NextAttemptAt == null || r.NextAttemptAt <= now) && (r.ClaimedUntil == null || r.ClaimedUntil < now))
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => r.Id).Take(Math.Min(200, most - sent - failed)).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            // One statement claims the batch; rows another instance claimed meanwhile no longer match and are left out.
            var until = now + Lease;
            await db.Reminders.Where(r => batch.Contains(r.Id) && r.SentAt == null && (r.ClaimedUntil == null || r.ClaimedUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.ClaimedBy, claim).SetProperty(r => r.ClaimedUntil, until), ct);
            var mine = await db.Reminders.AsNoTracking().Where(r => r.ClaimedBy == claim).ToListAsync(ct);
            if (mine.Count == 0)
            {
                continue;
            }

            var people = mine.Select(m => m.UserId).Distinct().ToList();
            var addresses = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
            foreach (var reminder in mine)
            {
                try
                {
                    if (addresses.GetValueOrDefault(reminder.UserId) is not { Length: > 0 } to)
                    {
                        throw new InvalidOperationException("The person has no email address");
                    }

                    await email.SendAsync(Message(to, reminder), ct);
                    await db.Reminders.Where(r => r.Id == reminder.Id && r.ClaimedBy == claim)
                        .ExecuteUpdateAsync(u => u.SetProperty(r => r.SentAt, time.GetUtcNow().UtcDateTime).SetProperty(r => r.ClaimedBy, (string?)null).SetProperty(r => r.ClaimedUntil, (DateTime?)null)
                            .SetProperty(r => r.Attempts, r => r.Attempts + 1), ct);
                    sent++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    var attempts = reminder.Attempts + 1;
                    var retryAt = time.GetUtcNow().UtcDateTime + Backoff(attempts);
                    var why = Why(ex);
                    await db.Reminders.Where(r => r.Id == reminder.Id && r.ClaimedBy == claim)
                        .ExecuteUpdateAsync(u => u.SetProperty(r => r.Attempts, attempts).SetProperty(r => r.NextAttemptAt, retryAt).SetProperty(r => r.LastError, why)
                            .SetProperty(r => r.ClaimedBy, (string?)null).SetProperty(r => r.ClaimedUntil, (DateTime?)null), ct);
                    logger.LogWarning("A reminder could not be sent ({Why}); it will be tried again after {RetryAt:u}", why, retryAt);
                    failed++;
                }
            }
        }

        return (sent, failed);
    }

    /// <summary>What still needs <paramref name="userId"/>'s attention among the reminders queued for them: those whose
    /// action is still open or whose check is still to do, soonest first. Shown in "your tasks".</summary>
    public async Task<IReadOnlyList<Reminder>> OpenForAsync(Guid userId, CancellationToken ct = default)
    {
        var since = time.GetUtcNow().UtcDateTime.AddDays(-180);
        var reminders = await db.Reminders.AsNoTracking().Where(r => r.UserId == userId && r.CreatedAt >= since).OrderBy(r => r.DueOn).Take(200).ToListAsync(ct);
        var subjects = reminders.Select(r => r.SubjectId).Distinct().ToList();
        var closedActions = (await db.ImprovementActions.AsNoTracking().Where(a => subjects.Contains(a.Id) && (a.Status == ActionStatus.Completed || a.Status == ActionStatus.Cancelled))
            .Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var doneChecks = (await db.FollowUpChecks.AsNoTracking().Where(c => subjects.Contains(c.Id) && c.CheckedOn != null).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var published = (await db.PublicationPlans.AsNoTracking().Where(p => subjects.Contains(p.ReviewId) && p.PublishedOn != null).Select(p => p.ReviewId).ToListAsync(ct)).ToHashSet();
        var today = UkTime.Today(time);
        return [.. reminders
            .Where(r => !closedActions.Contains(r.SubjectId) && !doneChecks.Contains(r.SubjectId))
            .Where(r => r.Kind != ReminderKind.PublicationDue || !published.Contains(r.SubjectId))
            .Where(r => r.Kind is not (ReminderKind.DeadlineDue or ReminderKind.PublicationDue or ReminderKind.RemovalDue) || r.DueOn >= today)
            .DistinctBy(r => (r.SubjectId, r.Kind is ReminderKind.ActionDue or ReminderKind.ActionOverdue))];
    }

    /// <summary>How a reminder reads in "your tasks".</summary>
    public static string Describe(Reminder reminder) => reminder.Kind switch
    {
        ReminderKind.ActionDue => "An improvement action you are responsible for is due",
        ReminderKind.ActionOverdue => "An improvement action you are responsible for is overdue",
        ReminderKind.FollowUpDue => "A follow-up check on a completed action is due",
        ReminderKind.PublicationDue => "A report is due to be published",
        ReminderKind.RemovalDue => "A published report is due to come down",
        ReminderKind.DeadlineDue => "A statutory deadline is near",
        _ => "Something needs your attention",
    };

    /// <summary>The email for <paramref name="reminder"/>: what kind of thing is due and when, and a link. No names,
    /// no review titles, no content.</summary>
    public EmailMessage Message(string to, Reminder reminder)
    {
        var when = reminder.DueOn.LongDate();
        var what = reminder.Kind switch
        {
            ReminderKind.ActionDue => $"An improvement action you are responsible for is due on {when}.",
            ReminderKind.ActionOverdue => $"An improvement action you are responsible for was due on {when} and is not marked complete.",
            ReminderKind.FollowUpDue => $"A follow-up check on a completed improvement action is due on {when}.",
            ReminderKind.PublicationDue => $"A review report is planned to be published on {when}.",
            ReminderKind.RemovalDue => $"A published review report is due to come down on {when}.",
            ReminderKind.DeadlineDue => $"A statutory deadline for a review falls on {when}.",
            _ => $"Something in Lantern needs your attention by {when}.",
        };
        var link = $"{options.Value.PublicUrl.TrimEnd('/')}{reminder.Link}";
        return new EmailMessage(to, "Lantern: something needs your attention",
            $"{what}\n\nSign in to Lantern to see it:\n{link}\n\nThis email was sent by Lantern. It says only that something needs your attention; the details are in Lantern.\n");
    }

    /// <summary>5 minutes, then 15, 45... up to a day.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(24 * 60, 5 * Math.Pow(3, Math.Max(0, attempts - 1))));

    /// <summary>Why a send failed, in words that carry no address or content.</summary>
    private static string Why(Exception ex) => ex switch
    {
        MailKit.Net.Smtp.SmtpCommandException smtp => $"The mail server refused the message ({(int)smtp.StatusCode})",
        MailKit.Net.Smtp.SmtpProtocolException => "The mail server broke off the conversation",
        TimeoutException => "The mail server did not answer in time",
        System.Net.Sockets.SocketException => "The mail server could not be reached",
        IOException => "The message could not be written",
        InvalidOperationException => "The person has no email address",
        _ => ex.GetType().Name,
    };
}
