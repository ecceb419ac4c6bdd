namespace Lantern.Core.Deadlines;

/// <summary>The UK nation whose law and guidance a partnership works under.</summary>
public enum Jurisdiction
{
    England,
    Wales,
    Scotland,
    NorthernIreland,
}

public static class JurisdictionNames
{
    public static readonly IReadOnlyList<Jurisdiction> All =
        [Jurisdiction.England, Jurisdiction.Wales, Jurisdiction.Scotland, Jurisdiction.NorthernIreland];

    public static string DisplayName(this Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.England => "England",
        Jurisdiction.Wales => "Wales",
        Jurisdiction.Scotland => "Scotland",
        Jurisdiction.NorthernIreland => "Northern Ireland",
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, null),
    };

    /// <summary>The bank holidays a nation's working days are counted against.</summary>
    public static HolidayCalendar CalendarFor(this Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.England or Jurisdiction.Wales => HolidayCalendar.EnglandAndWales,
        Jurisdiction.Scotland => HolidayCalendar.Scotland,
        Jurisdiction.NorthernIreland => HolidayCalendar.NorthernIreland,
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, null),
    };
}
