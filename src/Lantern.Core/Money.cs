using System.Globalization;

namespace Lantern.Core;

/// <summary>An amount in pounds, held in whole pence so sums never drift.</summary>
public readonly record struct Money(long Pence) : IComparable<Money>
{
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
    public static bool TryParse(string? text, out Money money)
    {
        money = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = text.Trim().Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds) ||
            decimal.Round(pounds, 2) != pounds || pounds > 1_000_000_000m)
        {
            return false;
        }

        money = new Money((long)(pounds * 100m));
        return true;
    }

    /// <summary>The amount as typed back into a form: "1234.50".</summary>
    public string ToInput() => ((decimal)Pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
