using System.Globalization;

namespace Lantern.Core;

/// <summary>An amount in pounds, held in whole pence so sums never drift.</summary>
public readonly record struct Money(long Pence) : IComparable<Money>
{
    /// <summary>The largest amount Lantern reads: a billion pounds.</summary>
    public const decimal MaximumPounds = 1_000_000_000m;

    public static readonly Money Zero = new(0);

    public static Money operator +(Money a, Money b) => new(a.Pence + b.Pence);

    public static Money operator -(Money a, Money b) => new(a.Pence - b.Pence);

    public int CompareTo(Money other) => Pence.CompareTo(other.Pence);

    public static bool operator <(Money a, Money b) => a.Pence < b.Pence;

    public static bool operator >(Money a, Money b) => a.Pence > b.Pence;

    public static bool operator <=(Money a, Money b) => a.Pence <= b.Pence;

    public static bool operator >=(Money a, Money b) => a.Pence >= b.Pence;

    /// <summary>"£1,234.50", or "-£20.00".</summary>
    public override string ToString() =>
        (Pence < 0 ? "-£" : "£") + (Math.Abs((decimal)Pence) / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Reads what people type: "1234.5", "£1,234.50", " 20 ". Refuses more than two decimal places,
    /// negative amounts and amounts over a billion pounds.</summary>
    public static bool TryParse(string? text, out Money money) => Read(text, out money) == MoneyProblem.None;

    /// <summary>Reads what people type, as <see cref="TryParse"/>, saying what is wrong when it cannot, so the
    /// person can be told how to put it right.</summary>
    public static MoneyProblem Read(string? text, out Money money)
    {
        money = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return MoneyProblem.Missing;
        }

        var cleaned = text.Trim().Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var pounds))
        {
            return MoneyProblem.NotAnAmount;
        }

        if (pounds < 0)
        {
            return MoneyProblem.Negative;
        }

        if (decimal.Round(pounds, 2) != pounds)
        {
            return MoneyProblem.TooManyDecimalPlaces;
        }

        if (pounds > MaximumPounds)
        {
            return MoneyProblem.TooLarge;
        }

        money = new Money((long)(pounds * 100m));
        return MoneyProblem.None;
    }

    /// <summary>The amount as typed back into a form: "1234.50".</summary>
    public string ToInput() => ((decimal)Pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Why what someone typed is not an amount of money.</summary>
public enum MoneyProblem
{
    None,
    Missing,
    NotAnAmount,
    Negative,
    TooManyDecimalPlaces,
    TooLarge,
}

public static class MoneyProblemNames
{
    /// <summary>The GOV.UK error message for <paramref name="problem"/>, starting with the field's label.</summary>
    public static string Message(this MoneyProblem problem, string label) => problem switch
    {
        MoneyProblem.Missing => $"Enter the {label.ToLowerInvariant()}",
        MoneyProblem.NotAnAmount => $"{label} must be an amount in pounds, like 1,250.00",
        MoneyProblem.Negative => $"{label} must be £0 or more",
        MoneyProblem.TooManyDecimalPlaces => $"{label} must have no more than 2 decimal places, like 1,250.50",
        MoneyProblem.TooLarge => $"{label} must be £1,000,000,000 or less",
        MoneyProblem.None => throw new ArgumentOutOfRangeException(nameof(problem), problem, "There is no problem to describe."),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}
