using System.Globalization;
using Lantern.Core;
using Lantern.Testing.Web;

namespace Lantern.Web.Tests.Pages.SettingUp;

/// <summary>Form fields and dates for the setting-up page tests.</summary>
internal static class SettingUpForms
{
    /// <summary>Today in the UK by the test Lantern's own clock.</summary>
    public static DateOnly Today(this LanternFactory factory) => UkTime.Today(factory.Clock);

    /// <summary>A GOV.UK date input's three fields.</summary>
    public static (string, string)[] Date(string name, DateOnly date) =>
    [
        ($"{name}.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        ($"{name}.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        ($"{name}.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>A form token for someone who sees no form on the page they are refused.</summary>
    public static async Task<string?> AnyTokenAsync(this Browserless browser) =>
        (await browser.GetAsync("/account/sign-in")).Token ?? (await browser.GetAsync("/account")).Token;
}
