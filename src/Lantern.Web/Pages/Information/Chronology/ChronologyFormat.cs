namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>How the chronology's dates read on the page.</summary>
public static class ChronologyFormat
{
    public static string Date(DateOnly date) => date.LongDate();

    public static string When(EntryAccount account) => account.Precision switch
    {
        DatePrecision.Month => account.Date.ToString("MMMM yyyy", UkTime.Culture),
        DatePrecision.Approximate => "About " + Date(account.Date),
        _ => Date(account.Date) + (account.Time is { } time ? ", " + time.ToString("HH:mm", UkTime.Culture) : string.Empty),
    };

    public static string Percent(double share) => share.ToString("P0", UkTime.Culture);
}
