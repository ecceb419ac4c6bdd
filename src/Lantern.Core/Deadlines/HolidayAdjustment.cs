namespace Lantern.Core.Deadlines;

/// <summary>Whether a one-off change adds a bank holiday or takes one away.</summary>
public enum AdjustmentKind
{
    Add,
    Remove,
}

public static class AdjustmentKindNames
{
    public static string DisplayName(this AdjustmentKind kind) => kind switch
    {
        AdjustmentKind.Add => "Extra bank holiday",
        AdjustmentKind.Remove => "Not a bank holiday",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>A one-off change to a nation's bank holidays that the rules cannot predict.</summary>
public sealed record HolidayAdjustment(DateOnly Date, HolidayCalendar Calendar, AdjustmentKind Kind, string Reason)
{
    /// <summary>The one-off changes proclaimed since 2018, which applied in all three calendars.</summary>
    public static readonly IReadOnlyList<HolidayAdjustment> Published =
    [
        .. Everywhere(new DateOnly(2020, 5, 4), AdjustmentKind.Remove, "Early May bank holiday moved to 8 May for the 75th anniversary of VE Day"),
        .. Everywhere(new DateOnly(2020, 5, 8), AdjustmentKind.Add, "Early May bank holiday (VE Day 75th anniversary)"),
        .. Everywhere(new DateOnly(2022, 5, 30), AdjustmentKind.Remove, "Spring bank holiday moved to 2 June for the Platinum Jubilee"),
        .. Everywhere(new DateOnly(2022, 6, 2), AdjustmentKind.Add, "Spring bank holiday (moved for the Platinum Jubilee)"),
        .. Everywhere(new DateOnly(2022, 6, 3), AdjustmentKind.Add, "Platinum Jubilee bank holiday"),
        .. Everywhere(new DateOnly(2022, 9, 19), AdjustmentKind.Add, "State funeral of Queen Elizabeth II"),
        .. Everywhere(new DateOnly(2023, 5, 8), AdjustmentKind.Add, "Coronation of King Charles III"),
    ];

    private static IEnumerable<HolidayAdjustment> Everywhere(DateOnly date, AdjustmentKind kind, string reason) =>
        HolidayCalendarNames.All.Select(c => new HolidayAdjustment(date, c, kind, reason));
}
