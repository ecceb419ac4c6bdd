namespace Lantern.Web.Pages.Analysis;

/// <summary>The period an episode or narrative section covers, as the pages and working papers show it.</summary>
public static class PeriodText
{
    public static string? Of(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => null,
        ({ } f, null) => f.LongDate(),
        (null, { } t) => "Until " + t.LongDate(),
        ({ } f, { } t) when f == t => f.LongDate(),
        ({ } f, { } t) => $"{f.LongDate()} to {t.LongDate()}",
    };
}
