using CsvHelper.Configuration;

namespace Lantern.Web.Infrastructure;

/// <summary>How Lantern writes every CSV download.</summary>
public static class CsvFiles
{
    /// <summary>Invariant culture, and any cell a spreadsheet would run as a formula (one starting with =, +, -,
    /// @, a tab or a carriage return) escaped so it opens as plain text.</summary>
    public static CsvConfiguration Configuration() =>
        new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
}
