using Lantern.Core.Information.Import;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>One value per Lantern chronology column, as a form posts it: a row's cells when fixing or adding an
/// entry, or the chosen file column when matching headings.</summary>
public sealed class ChronologyCellsInput
{
    [Display(Order = 1)]
    public string? Date { get; set; }

    [Display(Order = 2)]
    public string? Time { get; set; }

    [Display(Order = 3)]
    public string? Precision { get; set; }

    [Display(Order = 4)]
    public string? EventType { get; set; }

    [Display(Order = 5)]
    public string? Description { get; set; }

    [Display(Order = 6)]
    public string? People { get; set; }

    [Display(Order = 7)]
    public string? AuthorRole { get; set; }

    [Display(Order = 8)]
    public string? SourceReference { get; set; }

    /// <summary>The property holding a column's value, by the column's key.</summary>
    public static string Property(string key) => key switch
    {
        ChronologyColumns.Date => nameof(Date),
        ChronologyColumns.Time => nameof(Time),
        ChronologyColumns.Precision => nameof(Precision),
        ChronologyColumns.EventType => nameof(EventType),
        ChronologyColumns.Description => nameof(Description),
        ChronologyColumns.People => nameof(People),
        ChronologyColumns.AuthorRole => nameof(AuthorRole),
        ChronologyColumns.SourceReference => nameof(SourceReference),
        _ => string.Empty,
    };

    public string? this[string key]
    {
        get => typeof(ChronologyCellsInput).GetProperty(Property(key))?.GetValue(this) as string;
        set => typeof(ChronologyCellsInput).GetProperty(Property(key))?.SetValue(this, value);
    }

    public Dictionary<string, string?> ToDictionary() => ChronologyColumns.All.ToDictionary(c => c.Key, c => this[c.Key]);

    public static ChronologyCellsInput From(Func<string, string?> valueOf)
    {
        var input = new ChronologyCellsInput();
        foreach (var column in ChronologyColumns.All)
        {
            input[column.Key] = valueOf(column.Key);
        }

        return input;
    }
}

public static class ChronologyCellErrors
{
    /// <summary>Shows a refused write's errors, keyed by column, against the matching fields under "Input".</summary>
    public static void AddCellErrors(this WriteResult result, ModelStateDictionary modelState)
    {
        foreach (var (field, message) in result.Errors)
        {
            var property = ChronologyCellsInput.Property(field);
            modelState.AddModelError(property.Length > 0 ? $"Input.{property}" : field.Length == 0 ? string.Empty : $"Input.{field}", message);
        }
    }
}
