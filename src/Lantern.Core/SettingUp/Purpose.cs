namespace Lantern.Core.SettingUp;

/// <summary>Why the review is being done, said plainly to everyone taking part, with anything that
/// complicates it acknowledged honestly.</summary>
public sealed class PurposeStatement : IVersioned
{
    public const int TextMaxLength = 8000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string Statement { get; set; } = string.Empty;
    public string? ComplicatingFactors { get; set; }
    public string? SentTo { get; set; }
    public DateOnly? SentOn { get; set; }
    public Guid ChangedByUserId { get; set; }
    public DateTime ChangedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public static class PurposeRules
{
    /// <summary>A statement of purpose says what the review is for; who it was sent to and when go together.</summary>
    public static IReadOnlyList<FieldProblem> Check(PurposeStatement purpose, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(purpose.Statement))
        {
            problems.Add(new(nameof(PurposeStatement.Statement), "Enter the learning purpose of the review"));
        }

        var sentTo = !string.IsNullOrWhiteSpace(purpose.SentTo);
        if (purpose.SentOn is { } sent)
        {
            if (sent > today)
            {
                problems.Add(new(nameof(PurposeStatement.SentOn), "The date it was sent must be today or in the past"));
            }

            if (!sentTo)
            {
                problems.Add(new(nameof(PurposeStatement.SentTo), "Say who the purpose was sent to"));
            }
        }
        else if (sentTo)
        {
            problems.Add(new(nameof(PurposeStatement.SentOn), "Enter the date the purpose was sent"));
        }

        return problems;
    }
}
