namespace Lantern.Web.Pages.Analysis;

/// <summary>The period an episode or narrative section covers, as the pages and working papers show it.</summary>
public static class PeriodText
{
    public static string? Of(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => null,
        ({ } f, null) => f.ToString("d MMMM yyyy", Infrastructure.Layout.UkTime.Culture),
        (null, { } t) => "Until " + t.ToString("d MMMM yyyy", Infrastructure.Layout.UkTime.Culture),
        ({ } f, { } t) when f == t => f.ToString("d MMMM yyyy", Infrastructure.Layout.UkTime.Culture),
        ({ } f, { } t) => $"{f.ToString("d MMMM yyyy", Infrastructure.Layout.UkTime.Culture)} to {t.ToString("d MMMM yyyy", Infrastructure.Layout.UkTime.Culture)}",
    };
}
