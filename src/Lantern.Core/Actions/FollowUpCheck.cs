namespace Lantern.Core.Actions;

/// <summary>Whether the change an action made has lasted.</summary>
public enum Sustainment
{
    Yes,
    Partly,
    No,
}

/// <summary>
/// A look back at a completed action some months on (quality marker 18, point 4): has the change lasted, has it
/// had effects nobody intended, and does the problem the finding described still happen. Scheduled when the
/// action is completed (see <see cref="FollowUpSchedule"/>) and answered when the check is made.
/// </summary>
public sealed class FollowUpCheck : IVersioned
{
    /// <summary>The longest description of unintended consequences or comment.</summary>
    public const int TextMaxLength = 4_000;

    public Guid Id { get; set; }
    public Guid ActionId { get; set; }
    public DateOnly DueOn { get; set; }
    public int MonthsAfterCompletion { get; set; }

    /// <summary>The day the check was made; null until it is.</summary>
    public DateOnly? CheckedOn { get; set; }

    public Sustainment? Sustained { get; set; }
    public string? UnintendedConsequences { get; set; }

    /// <summary>Whether the problem the finding described still happens; null until the check is made.</summary>
    public bool? StillHappens { get; set; }

    public string? Comment { get; set; }
    public Guid? CheckedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsDone => CheckedOn is not null;

    /// <summary>Whether the check has not been made and its due day has passed.</summary>
    public bool IsOverdue(DateOnly today) => !IsDone && today > DueOn;
}

public static class SustainmentNames
{
    public static readonly IReadOnlyList<Sustainment> All = Enum.GetValues<Sustainment>();

    public static string DisplayName(this Sustainment answer) => answer switch
    {
        Sustainment.Yes => "Yes, the change has lasted",
        Sustainment.Partly => "Partly",
        Sustainment.No => "No, things have slipped back",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };
}
