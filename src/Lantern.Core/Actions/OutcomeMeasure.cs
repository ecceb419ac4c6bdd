namespace Lantern.Core.Actions;

/// <summary>
/// How the partnership will know whether an action changed children's experience, not only whether it was done
/// (quality marker 18, point 3): what is counted, where the figures come from, the figure before the action
/// (the baseline) and the figure it aims for (the target).
/// </summary>
public sealed class OutcomeMeasure : IVersioned
{
    public const int MeasureMaxLength = 300;
    public const int SourceMaxLength = 300;
    public const int UnitMaxLength = 30;

    /// <summary>The digits a baseline, target or reading may have in all (store as decimal(18, 4)).</summary>
    public const int ValuePrecision = 18;

    /// <summary>The decimal places a baseline, target or reading may have.</summary>
    public const int ValueScale = 4;

    public Guid Id { get; set; }
    public Guid ActionId { get; set; }

    /// <summary>What would show that children's experience changed, such as "Pre-birth referrals made before
    /// 20 weeks of pregnancy".</summary>
    public string Measure { get; set; } = string.Empty;

    /// <summary>Where the figures come from, such as "Midwifery audit, quarterly".</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>What the figures count in, such as "%" or "days"; none for a plain count.</summary>
    public string? Unit { get; set; }

    public decimal Baseline { get; set; }

    /// <summary>The day the baseline was measured, when known. Readings cannot be earlier.</summary>
    public DateOnly? BaselineOn { get; set; }

    public decimal Target { get; set; }

    /// <summary>Whether a higher figure is the better one (a share of visits made) or a lower one (days waited).</summary>
    public bool HigherIsBetter { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One figure for a measure, as taken on a day. A wrong reading is corrected by recording another for
/// the same day: the latest recorded wins.</summary>
public sealed class OutcomeReading
{
    public const int NoteMaxLength = 1_000;

    public Guid Id { get; set; }
    public Guid MeasureId { get; set; }
    public DateOnly TakenOn { get; set; }
    public decimal Value { get; set; }
    public string? Note { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid RecordedByUserId { get; set; }
}
