using System.Globalization;

namespace Lantern.Core.Actions;

/// <summary>One follow-up check to schedule: how many months after completion, and the day it falls due.</summary>
public sealed record ScheduledCheck(int MonthsAfterCompletion, DateOnly DueOn)
{
    /// <summary>The unanswered check to store for <paramref name="actionId"/>.</summary>
    public FollowUpCheck ToCheck(Guid actionId) =>
        new() { Id = Guid.NewGuid(), ActionId = actionId, MonthsAfterCompletion = MonthsAfterCompletion, DueOn = DueOn };
}

/// <summary>
/// When a completed action is looked at again to see whether the change lasted (quality marker 18, point 4). Each
/// check is a whole number of calendar months after the completion date, counted from that date each time, and
/// falls on the last day of a shorter month: completed on 31 January, the 1-month check is due on 28 February (29
/// in a leap year), the 3-month check on 30 April. Due days are not moved off weekends: a check is due by then.
/// </summary>
public static class FollowUpSchedule
{
    public const int MostChecks = 6;
    public const int LongestMonths = 60;

    /// <summary>3, 6 and 12 months after completion, unless the partnership sets its own.</summary>
    public static readonly IReadOnlyList<int> DefaultMonths = [3, 6, 12];

    /// <summary>The checks for an action completed on <paramref name="completedOn"/>, in order.</summary>
    /// <exception cref="ArgumentException"><paramref name="months"/> breaks a rule in <see cref="Check"/>.</exception>
    public static IReadOnlyList<ScheduledCheck> For(DateOnly completedOn, IReadOnlyList<int> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var problems = Check(months);
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0].Message, nameof(months));
        }

        return [.. months.Select(m => new ScheduledCheck(m, completedOn.AddMonths(m)))];
    }

    /// <summary>The checks at the default 3, 6 and 12 months.</summary>
    public static IReadOnlyList<ScheduledCheck> For(DateOnly completedOn) => For(completedOn, DefaultMonths);

    /// <summary>The problem with a list of months, if any: at least one and at most <see cref="MostChecks"/>, each
    /// from 1 to <see cref="LongestMonths"/>, in ascending order with none twice.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(IReadOnlyList<int> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        string? problem = null;
        if (months.Count == 0)
        {
            problem = "Enter when follow-up checks are due, in months after an action is completed, like 3, 6, 12";
        }
        else if (months.Count > MostChecks)
        {
            problem = $"Enter no more than {MostChecks} follow-up checks";
        }
        else if (months.Any(m => m is < 1 or > LongestMonths))
        {
            problem = $"Each follow-up check must be from 1 to {LongestMonths} months after the action is completed";
        }
        else if (months.Distinct().Count() != months.Count)
        {
            problem = "Enter each number of months only once";
        }
        else if (months.Zip(months.Skip(1)).Any(pair => pair.Second < pair.First))
        {
            problem = "Enter the months in order, the soonest first, like 3, 6, 12";
        }

        return problem is null ? [] : [("Months", problem)];
    }

    /// <summary>The months as a person types them: "3, 6, 12".</summary>
    public static string Format(IEnumerable<int> months) => string.Join(", ", months.Select(m => m.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The months in words: "3, 6 and 12 months".</summary>
    public static string Describe(IReadOnlyList<int> months) => months.Count switch
    {
        0 => "none",
        1 => months[0] == 1 ? "1 month" : $"{months[0]} months",
        _ => $"{string.Join(", ", months.Take(months.Count - 1).Select(m => m.ToString(CultureInfo.InvariantCulture)))} and {months[^1].ToString(CultureInfo.InvariantCulture)} months",
    };

    /// <summary>Reads the months as a partnership types them into its settings, "3, 6, 12" or "3 6 12", and checks
    /// them as <see cref="Check"/> does.</summary>
    public static (IReadOnlyList<int> Months, IReadOnlyList<(string Field, string Message)> Problems) Parse(string? text)
    {
        var parts = (text ?? string.Empty).Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var months = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var month))
            {
                return (months, [("Months", "Enter whole numbers of months separated by commas, like 3, 6, 12")]);
            }

            months.Add(month);
        }

        return (months, Check(months));
    }
}
