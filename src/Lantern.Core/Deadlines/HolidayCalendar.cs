namespace Lantern.Core.Deadlines;

/// <summary>One of the UK's three sets of bank holidays.</summary>
public enum HolidayCalendar
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

public static class HolidayCalendarNames
{
    public static readonly IReadOnlyList<HolidayCalendar> All =
        [HolidayCalendar.EnglandAndWales, HolidayCalendar.Scotland, HolidayCalendar.NorthernIreland];

    public static string DisplayName(this HolidayCalendar calendar) => calendar switch
    {
        HolidayCalendar.EnglandAndWales => "England and Wales",
        HolidayCalendar.Scotland => "Scotland",
        HolidayCalendar.NorthernIreland => "Northern Ireland",
        _ => throw new ArgumentOutOfRangeException(nameof(calendar), calendar, null),
    };
}
