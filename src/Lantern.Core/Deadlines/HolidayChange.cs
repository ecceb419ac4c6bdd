namespace Lantern.Core.Deadlines;

/// <summary>A one-off bank holiday change a partnership's administrator records (a day added, or a day taken
/// away), on top of the rules and the changes Lantern already knows.</summary>
public sealed class HolidayChange
{
    public const int ReasonMaxLength = 200;

    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public DateOnly Date { get; set; }
    public HolidayCalendar Calendar { get; set; }
    public AdjustmentKind Kind { get; set; }
    public string Reason { get; set; } = string.Empty;
    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }

    public HolidayAdjustment ToAdjustment() => new(Date, Calendar, Kind, Reason);
}

/// <summary>A partnership's own version of a deadline rule: Lantern's defaults until an administrator
/// changes one, and any rules added for other nations or types of review.</summary>
public sealed class DeadlineRuleSetting : IVersioned
{
    public const int KeyMaxLength = 60;
    public const int NameMaxLength = 160;
    public const int SourceMaxLength = 400;

    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public string Key { get; set; } = string.Empty;
    public Jurisdiction Jurisdiction { get; set; }
    public string? ReviewTypeName { get; set; }
    public string Name { get; set; } = string.Empty;
    public DeadlineTrigger Trigger { get; set; }
    public int Offset { get; set; }
    public DeadlineUnit Unit { get; set; }
    public HolidayCalendar Calendar { get; set; }
    public string Source { get; set; } = string.Empty;
    public Confidence Confidence { get; set; }
    public bool IsActive { get; set; } = true;
    public Guid Version { get; set; } = Guid.NewGuid();

    public DeadlineRule ToRule() => new(Key, Jurisdiction, ReviewTypeName, Name, Trigger, Offset, Unit, Calendar, Source, Confidence);

    public static DeadlineRuleSetting From(DeadlineRule rule, Guid partnershipId) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = partnershipId,
        Key = rule.Key,
        Jurisdiction = rule.Jurisdiction,
        ReviewTypeName = rule.ReviewTypeName,
        Name = rule.Name,
        Trigger = rule.Trigger,
        Offset = rule.Offset,
        Unit = rule.Unit,
        Calendar = rule.Calendar,
        Source = rule.Source,
        Confidence = rule.Confidence,
    };
}
