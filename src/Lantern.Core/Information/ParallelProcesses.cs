namespace Lantern.Core.Information;

/// <summary>The kinds of process that can run alongside a review (quality marker 9).</summary>
public enum ProcessKind
{
    CriminalInvestigation,
    Prosecution,
    Inquest,
    FamilyProceedings,
    Disciplinary,
    ProfessionalRegulator,
    ComplaintOrClaim,
    AnotherReview,
}

public enum ProcessStatus
{
    NotStarted,
    UnderWay,
    Paused,
    Concluded,
}

/// <summary>What a constraint can hold back in the review.</summary>
[Flags]
public enum ReviewHold
{
    None = 0,

    /// <summary>Conversations with practitioners about the case.</summary>
    Conversations = 1,

    /// <summary>Involving the family (meeting them, asking for their views).</summary>
    FamilyInvolvement = 2,

    /// <summary>Publishing the report.</summary>
    Publication = 4,
}

/// <summary>A police, court, coroner, employer or other process running alongside the review. None takes
/// precedence by itself, but each may ask the review to wait for something.</summary>
public sealed class ParallelProcess : IVersioned
{
    public const int LeadBodyMaxLength = 200;
    public const int ContactMaxLength = 300;
    public const int NotesMaxLength = 4000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public ProcessKind Kind { get; set; }

    /// <summary>Who runs it ("Testshire Police", "HM Coroner for Testshire").</summary>
    public string LeadBody { get; set; } = string.Empty;

    /// <summary>Who to talk to about it, and how.</summary>
    public string? Contact { get; set; }

    public ProcessStatus Status { get; set; }
    public DateOnly? ExpectedEnd { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Something a parallel process asks of the review ("no questions about the case itself to witnesses
/// until the trial ends"), which may hold conversations, family involvement or publication until lifted.</summary>
public sealed class ProcessConstraint : IVersioned
{
    public const int TextMaxLength = 2000;
    public const int ReasonMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid ProcessId { get; set; }
    public Guid ReviewId { get; set; }
    public string Text { get; set; } = string.Empty;
    public ReviewHold Holds { get; set; }
    public DateOnly AgreedOn { get; set; }
    public Guid AddedByUserId { get; set; }
    public DateTime AddedAt { get; set; }

    public DateOnly? LiftedOn { get; set; }
    public string? LiftReason { get; set; }
    public Guid? LiftedByUserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsLifted => LiftedOn is not null;
}

/// <summary>One contact with the people running a parallel process: a call, a meeting, an email.</summary>
public sealed class LiaisonEntry
{
    public const int WithWhomMaxLength = 200;
    public const int SummaryMaxLength = 4000;

    public Guid Id { get; set; }
    public Guid ProcessId { get; set; }
    public Guid ReviewId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string WithWhom { get; set; } = string.Empty;
    public string Summary { get; set; } = string.Empty;
    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
}

public static class ProcessNames
{
    public static string DisplayName(this ProcessKind kind) => kind switch
    {
        ProcessKind.CriminalInvestigation => "Criminal investigation",
        ProcessKind.Prosecution => "Prosecution",
        ProcessKind.Inquest => "Inquest",
        ProcessKind.FamilyProceedings => "Family court proceedings",
        ProcessKind.Disciplinary => "Disciplinary process",
        ProcessKind.ProfessionalRegulator => "Professional regulator",
        ProcessKind.ComplaintOrClaim => "Complaint or claim",
        ProcessKind.AnotherReview => "Another review",
        _ => kind.ToString(),
    };

    public static string Hint(this ProcessKind kind) => kind switch
    {
        ProcessKind.CriminalInvestigation => "Police inquiries into what happened",
        ProcessKind.Prosecution => "A charging decision or trial",
        ProcessKind.Inquest => "The coroner's inquiry into a death",
        ProcessKind.FamilyProceedings => "For example care proceedings for brothers or sisters",
        ProcessKind.Disciplinary => "An employer's process about a member of staff",
        ProcessKind.ProfessionalRegulator => "For example a nursing, medical or social work regulator",
        ProcessKind.ComplaintOrClaim => "A complaint, or a civil claim for compensation",
        ProcessKind.AnotherReview => "For example a domestic homicide review or a safeguarding adults review",
        _ => string.Empty,
    };

    public static string DisplayName(this ProcessStatus status) => status switch
    {
        ProcessStatus.NotStarted => "Not started",
        ProcessStatus.UnderWay => "Under way",
        ProcessStatus.Paused => "Paused",
        ProcessStatus.Concluded => "Concluded",
        _ => status.ToString(),
    };

    public static IReadOnlyList<ReviewHold> EachHold { get; } = [ReviewHold.Conversations, ReviewHold.FamilyInvolvement, ReviewHold.Publication];

    public static string DisplayName(this ReviewHold hold) => hold switch
    {
        ReviewHold.Conversations => "Conversations with practitioners",
        ReviewHold.FamilyInvolvement => "Family involvement",
        ReviewHold.Publication => "Publication",
        ReviewHold.None => "Nothing held",
        _ => string.Join(", ", EachHold.Where(h => hold.HasFlag(h)).Select(h => h.DisplayName())),
    };
}

/// <summary>A hold in force on the review: which process, which constraint, what it holds.</summary>
public sealed record ActiveHold(Guid ProcessId, ProcessKind ProcessKind, string LeadBody, Guid ConstraintId, string Text, ReviewHold Holds, DateOnly AgreedOn, bool ProcessConcluded);

/// <summary>The rules for holds: a constraint holds what it says until someone lifts it, whatever the state of
/// its process, because only a person can judge that the reason for it has passed.</summary>
public static class HoldRules
{
    /// <summary>The holds in force that hold <paramref name="scope"/> (any of its flags), or every hold when it is <see cref="ReviewHold.None"/>.</summary>
    public static IReadOnlyList<ActiveHold> Active(IEnumerable<ParallelProcess> processes, IEnumerable<ProcessConstraint> constraints, ReviewHold scope = ReviewHold.None)
    {
        var byId = processes.ToDictionary(p => p.Id);
        return constraints
            .Where(c => !c.IsLifted && c.Holds != ReviewHold.None && (scope == ReviewHold.None || (c.Holds & scope) != 0))
            .Where(c => byId.ContainsKey(c.ProcessId))
            .OrderBy(c => c.AgreedOn)
            .Select(c =>
            {
                var process = byId[c.ProcessId];
                return new ActiveHold(process.Id, process.Kind, process.LeadBody, c.Id, c.Text, c.Holds, c.AgreedOn, process.Status == ProcessStatus.Concluded);
            })
            .ToList();
    }

    /// <summary>Why a constraint cannot be lifted on <paramref name="liftedOn"/>, or null when it can.</summary>
    public static string? CannotLift(ProcessConstraint constraint, DateOnly liftedOn, DateOnly today) =>
        constraint.IsLifted ? "This constraint has already been lifted"
        : liftedOn > today ? "The date it was lifted must be today or in the past"
        : liftedOn < constraint.AgreedOn ? "The date it was lifted must be on or after the date it was agreed"
        : null;
}
