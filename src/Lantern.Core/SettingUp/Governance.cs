namespace Lantern.Core.SettingUp;

/// <summary>One version of who does what in the review and how disagreement is settled. Each change is a new
/// version, kept with who made it.</summary>
public sealed class GovernancePlan
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public int VersionNumber { get; set; }
    public string WhoConducts { get; set; } = string.Empty;
    public string WhoQualityAssures { get; set; } = string.Empty;
    public string SignOffRoute { get; set; } = string.Empty;
    public string ChallengeRoute { get; set; } = string.Empty;
    public string ImpasseRoute { get; set; } = string.Empty;
    public Guid ChangedByUserId { get; set; }
    public DateTime ChangedAt { get; set; }
}

public static class GovernanceRules
{
    /// <summary>The parts of a governance plan, in the order the page asks them, with their names.</summary>
    public static readonly IReadOnlyList<(string Field, string Name)> Parts =
    [
        (nameof(GovernancePlan.WhoConducts), "who conducts the review"),
        (nameof(GovernancePlan.WhoQualityAssures), "who quality-assures it"),
        (nameof(GovernancePlan.SignOffRoute), "the sign-off route"),
        (nameof(GovernancePlan.ChallengeRoute), "how challenge is made"),
        (nameof(GovernancePlan.ImpasseRoute), "what happens at an impasse"),
    ];

    /// <summary>Every part must be said: quality marker 7 asks for all of them to be explicit from the start.</summary>
    public static IReadOnlyList<FieldProblem> Check(GovernancePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new List<FieldProblem>();
        foreach (var (field, name) in Parts)
        {
            var text = Text(plan, field);
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new(field, $"Say {name}"));
            }
            else if (text.Trim().Length > GovernancePlan.TextMaxLength)
            {
                problems.Add(new(field, $"The answer on {name} must be 4,000 characters or fewer"));
            }
        }

        return problems;
    }

    /// <summary>The names of the parts that differ between <paramref name="plan"/> and the version before it
    /// (every part, for a first version).</summary>
    public static IReadOnlyList<string> ChangedParts(GovernancePlan plan, GovernancePlan? previous)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Parts.Where(p => previous is null || !string.Equals(Text(plan, p.Field)?.Trim(), Text(previous, p.Field)?.Trim(), StringComparison.Ordinal))
            .Select(p => p.Name)
            .ToList();
    }

    private static string? Text(GovernancePlan plan, string field) => field switch
    {
        nameof(GovernancePlan.WhoConducts) => plan.WhoConducts,
        nameof(GovernancePlan.WhoQualityAssures) => plan.WhoQualityAssures,
        nameof(GovernancePlan.SignOffRoute) => plan.SignOffRoute,
        nameof(GovernancePlan.ChallengeRoute) => plan.ChallengeRoute,
        nameof(GovernancePlan.ImpasseRoute) => plan.ImpasseRoute,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
