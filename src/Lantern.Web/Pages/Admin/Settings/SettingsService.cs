using Lantern.Core.Deadlines;

namespace Lantern.Web.Pages.Admin.Settings;

public sealed record ChangeSettingsOptions(Guid PartnershipId, Jurisdiction Jurisdiction, int ReferralExpectedWithinWorkingDays, Guid Version,
    int WeeksFromPresentationToPublication = Partnership.DefaultWeeksFromPresentationToPublication,
    int MonthsPublished = Core.Board.PublicationRules.FewestMonthsPublished,
    string? FollowUpMonths = null);

public sealed record SaveDeadlineRuleOptions(Guid PartnershipId, string? Key, DeadlineRule Rule, bool IsActive, Guid? Version);

public sealed record AddHolidayChangeOptions(Guid PartnershipId, DateOnly Date, HolidayCalendar Calendar, AdjustmentKind Kind, string Reason);

public sealed record RemoveHolidayChangeOptions(Guid PartnershipId, Guid ChangeId);

/// <summary>
/// A partnership's own settings for setting up reviews: its nation and referral expectation, its deadline
/// rules (Lantern's defaults until the first change, when the partnership gets its own copy of them; each task
/// rule Lantern's default until it is changed), and the one-off bank holiday changes its administrator records.
/// </summary>
public sealed class SettingsService(LanternDbContext db, TimeProvider time, AuditRecorder recorder)
{
    /// <summary>The partnership's deadline rules: its own, or Lantern's defaults until the first change; and a task
    /// rule for every task, Lantern's default (on the partnership's calendar) until the partnership changes it.</summary>
    public async Task<IReadOnlyList<DeadlineRuleSetting>> RulesAsync(Guid partnershipId, CancellationToken cancellationToken = default)
    {
        var own = await db.DeadlineRuleSettings.AsNoTracking().Where(r => r.PartnershipId == partnershipId).ToListAsync(cancellationToken);
        var rules = own.Count > 0
            ? own.OrderBy(r => r.Jurisdiction).ThenBy(r => r.Key, StringComparer.Ordinal).ToList()
            : DeadlineRules.Defaults.Select(r => DeadlineRuleSetting.From(r, partnershipId)).ToList();
        var jurisdiction = await JurisdictionAsync(partnershipId, cancellationToken);
        rules.AddRange(TaskDeadlines.Defaults.Where(t => own.All(r => r.Key != t.Key))
            .Select(t => DeadlineRuleSetting.From(TaskDeadlines.DefaultFor(t.Key, jurisdiction)!, partnershipId)));
        return rules;
    }

    public async Task<WriteResult> ChangeSettingsAsync(ChangeSettingsOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (options.ReferralExpectedWithinWorkingDays is < 1 or > 60)
        {
            return WriteResult.Refused("ReferralExpectedWithinWorkingDays", "Enter a number of working days between 1 and 60");
        }

        if (options.WeeksFromPresentationToPublication is < 1 or > Partnership.MostWeeksFromPresentationToPublication)
        {
            return WriteResult.Refused("WeeksFromPresentationToPublication", $"Enter a number of weeks between 1 and {Partnership.MostWeeksFromPresentationToPublication}");
        }

        var partnership = await db.Partnerships.SingleOrDefaultAsync(p => p.Id == options.PartnershipId, cancellationToken);
        if (partnership is null)
        {
            return WriteResult.Missing;
        }

        db.Entry(partnership).Property(p => p.Version).OriginalValue = options.Version;
        if (options.MonthsPublished is < Core.Board.PublicationRules.FewestMonthsPublished or > Core.Board.PublicationRules.MostMonthsPublished)
        {
            return WriteResult.Refused("MonthsPublished", $"Enter a number of months between {Core.Board.PublicationRules.FewestMonthsPublished} and {Core.Board.PublicationRules.MostMonthsPublished}");
        }

        IReadOnlyList<int> followUp = [];
        if (!string.IsNullOrWhiteSpace(options.FollowUpMonths))
        {
            var (months, problems) = Core.Actions.FollowUpSchedule.Parse(options.FollowUpMonths);
            if (problems.Count > 0)
            {
                return WriteResult.Refused("FollowUpMonths", problems[0].Message);
            }

            followUp = months;
        }

        partnership.ChangeSettings(partnership.Name, options.Jurisdiction, options.ReferralExpectedWithinWorkingDays, options.WeeksFromPresentationToPublication, options.MonthsPublished);
        partnership.ChangeFollowUpMonths(followUp);
        Audit(audit, AuditActions.PartnershipSettingsChanged, options.PartnershipId, "Partnership", partnership.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Adds a rule (no key) or changes one. The first change copies Lantern's defaults into the
    /// partnership's own rules, so the others keep applying. A task rule is stored the first time it is changed;
    /// it keeps the task's trigger, applies to every type of review and is always in use.</summary>
    public async Task<WriteResult> SaveDeadlineRuleAsync(SaveDeadlineRuleOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var rule = options.Rule;
        var isActive = options.IsActive;
        var taskDefault = TaskDeadlines.IsTaskRule(options.Key)
            ? TaskDeadlines.DefaultFor(options.Key, await JurisdictionAsync(options.PartnershipId, cancellationToken))
            : null;
        if (taskDefault is not null)
        {
            rule = rule with { Key = taskDefault.Key, Jurisdiction = taskDefault.Jurisdiction, ReviewTypeName = null, Trigger = taskDefault.Trigger };
            isActive = true;
        }

        var problems = DeadlineRuleChecks.Check(rule);
        if (problems.Count > 0)
        {
            return new WriteResult(false, problems);
        }

        var usingDefaults = !await db.DeadlineRuleSettings.AnyAsync(r => r.PartnershipId == options.PartnershipId, cancellationToken);
        if (options.Key is not null && taskDefault is null && usingDefaults && DeadlineRules.Defaults.All(d => d.Key != options.Key))
        {
            return WriteResult.Missing;
        }

        if (usingDefaults)
        {
            db.DeadlineRuleSettings.AddRange(DeadlineRules.Defaults.Select(d => DeadlineRuleSetting.From(d, options.PartnershipId)));
            await db.SaveChangesAsync(cancellationToken);
        }

        DeadlineRuleSetting? setting;
        if (options.Key is null)
        {
            var key = $"local.{Guid.NewGuid():N}"[..20];
            setting = DeadlineRuleSetting.From(rule with { Key = key }, options.PartnershipId);
            db.DeadlineRuleSettings.Add(setting);
        }
        else
        {
            setting = await db.DeadlineRuleSettings.SingleOrDefaultAsync(r => r.PartnershipId == options.PartnershipId && r.Key == options.Key, cancellationToken);
            var wasStored = setting is not null;
            if (setting is null && taskDefault is not null)
            {
                setting = DeadlineRuleSetting.From(taskDefault, options.PartnershipId);
                db.DeadlineRuleSettings.Add(setting);
            }

            if (setting is null)
            {
                return WriteResult.Missing;
            }

            // While the defaults were in use there was no stored version to compare with.
            if (wasStored && !usingDefaults && options.Version is { } version)
            {
                db.Entry(setting).Property(s => s.Version).OriginalValue = version;
            }

            setting.Jurisdiction = rule.Jurisdiction;
            setting.ReviewTypeName = rule.ReviewTypeName;
            setting.Name = rule.Name;
            setting.Trigger = rule.Trigger;
            setting.Offset = rule.Offset;
            setting.Unit = rule.Unit;
            setting.Calendar = rule.Calendar;
            setting.Source = rule.Source;
            setting.Confidence = rule.Confidence;
        }

        setting.IsActive = isActive;
        Audit(audit, AuditActions.DeadlineRuleChanged, options.PartnershipId, "DeadlineRuleSetting", setting.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> AddHolidayChangeAsync(AddHolidayChangeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(options.Reason))
        {
            return WriteResult.Refused("Reason", "Enter the reason for the change, such as the occasion");
        }

        if (options.Reason.Trim().Length > HolidayChange.ReasonMaxLength)
        {
            return WriteResult.Refused("Reason", "The reason must be 200 characters or fewer");
        }

        if (options.Date.Year is < 2000 or > 2100)
        {
            return WriteResult.Refused("Date", "The date must be between 2000 and 2100");
        }

        var calendar = new WorkingCalendar(options.Calendar, HolidayAdjustment.Published.Concat(
            (await db.HolidayChanges.AsNoTracking().Where(h => h.PartnershipId == options.PartnershipId && h.Calendar == options.Calendar).ToListAsync(cancellationToken))
            .OrderBy(h => h.RecordedAt).Select(h => h.ToAdjustment())));
        if (options.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return WriteResult.Refused("Date", "Choose a weekday. Weekends are never working days");
        }

        if (options.Kind == AdjustmentKind.Add && calendar.IsBankHoliday(options.Date))
        {
            return WriteResult.Refused("Date", "That date is already a bank holiday in this calendar");
        }

        if (options.Kind == AdjustmentKind.Remove && !calendar.IsBankHoliday(options.Date))
        {
            return WriteResult.Refused("Date", "That date is not a bank holiday in this calendar, so there is nothing to remove");
        }

        var change = new HolidayChange
        {
            Id = Guid.NewGuid(),
            PartnershipId = options.PartnershipId,
            Date = options.Date,
            Calendar = options.Calendar,
            Kind = options.Kind,
            Reason = options.Reason.Trim(),
            RecordedByUserId = audit.UserId ?? Guid.Empty,
            RecordedAt = time.GetUtcNow().UtcDateTime,
        };
        db.HolidayChanges.Add(change);
        Audit(audit, AuditActions.HolidayChanged, options.PartnershipId, "HolidayChange", change.Id);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    public async Task<WriteResult> RemoveHolidayChangeAsync(RemoveHolidayChangeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var change = await db.HolidayChanges.SingleOrDefaultAsync(h => h.Id == options.ChangeId && h.PartnershipId == options.PartnershipId, cancellationToken);
        if (change is null)
        {
            return WriteResult.Missing;
        }

        db.HolidayChanges.Remove(change);
        Audit(audit, AuditActions.HolidayChanged, options.PartnershipId, "HolidayChange", change.Id);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    private Task<Jurisdiction> JurisdictionAsync(Guid partnershipId, CancellationToken cancellationToken) =>
        db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Jurisdiction).SingleAsync(cancellationToken);

    private void Audit(AuditActor actor, string action, Guid partnershipId, string type, Guid id) =>
        recorder.AuditPartnership(actor, action, partnershipId, type, id);
}

/// <summary>What makes a deadline rule usable.</summary>
public static class DeadlineRuleChecks
{
    public static IReadOnlyList<(string Field, string Message)> Check(DeadlineRule rule)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(rule.Name))
        {
            problems.Add(("Name", "Enter what the deadline is for"));
        }
        else if (rule.Name.Length > DeadlineRuleSetting.NameMaxLength)
        {
            problems.Add(("Name", "The name must be 160 characters or fewer"));
        }

        // A task rule keeps the trigger of the event that creates its task, and falls after it.
        var task = TaskDeadlines.Defaults.FirstOrDefault(t => t.Key == rule.Key);
        if (task is null ? !DeadlineTriggerNames.All.Contains(rule.Trigger) : rule.Trigger != task.Trigger)
        {
            problems.Add(("Trigger", "Select when the deadline is counted from"));
        }

        if (task is not null && rule.Offset is < 1 or > 365)
        {
            problems.Add(("Offset", "Enter a number between 1 and 365. A task is due after the event that starts it"));
        }
        else if (task is null && rule.Offset is 0 or < -365 or > 365)
        {
            problems.Add(("Offset", "Enter a number between -365 and 365, not 0. Use a negative number for a deadline before the event"));
        }

        if (string.IsNullOrWhiteSpace(rule.Source))
        {
            problems.Add(("Source", "Enter the source of the rule, such as the guidance and its section"));
        }
        else if (rule.Source.Length > DeadlineRuleSetting.SourceMaxLength)
        {
            problems.Add(("Source", "The source must be 400 characters or fewer"));
        }

        if (rule.ReviewTypeName is { Length: > 100 })
        {
            problems.Add(("ReviewTypeName", "The type of review must be 100 characters or fewer"));
        }

        return problems;
    }
}
