namespace Lantern.Core.Analysis;

/// <summary>
/// Why an item refused a change or a status move: each problem with the field it belongs to (empty for the item as
/// a whole) and the message the person sees, in our words.
/// </summary>
public sealed class Refusal
{
    public Refusal(string field, string message)
        : this([(field, message)])
    {
    }

    public Refusal(IEnumerable<(string Field, string Message)> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems.ToList();
        if (Problems.Count == 0)
        {
            throw new ArgumentException("A refusal says why.", nameof(problems));
        }
    }

    public IReadOnlyList<(string Field, string Message)> Problems { get; }

    /// <summary>The first problem's field.</summary>
    public string Field => Problems[0].Field;

    /// <summary>The first problem's message.</summary>
    public string Message => Problems[0].Message;
}

/// <summary>Text as the analysis items keep it.</summary>
internal static class ItemText
{
    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
