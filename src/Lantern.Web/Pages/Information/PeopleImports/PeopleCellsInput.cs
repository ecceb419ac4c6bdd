using Lantern.Core.Information.Import;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>One value per register column, as a form posts it: a row's cells when fixing it, or the chosen file
/// column when matching headings.</summary>
public sealed class PeopleCellsInput
{
    public string? Name { get; set; }

    public string? Aliases { get; set; }

    public string? Category { get; set; }

    public string? Relationship { get; set; }

    public string? Agency { get; set; }

    public string? Role { get; set; }

    public string? Pseudonym { get; set; }

    public string? DateOfBirth { get; set; }

    public string? Address { get; set; }

    public string? Notes { get; set; }

    /// <summary>The property holding a column's value, by the column's key.</summary>
    public static string Property(string key) => key switch
    {
        PeopleColumns.Name => nameof(Name),
        PeopleColumns.Aliases => nameof(Aliases),
        PeopleColumns.Category => nameof(Category),
        PeopleColumns.Relationship => nameof(Relationship),
        PeopleColumns.Agency => nameof(Agency),
        PeopleColumns.Role => nameof(Role),
        PeopleColumns.Pseudonym => nameof(Pseudonym),
        PeopleColumns.DateOfBirth => nameof(DateOfBirth),
        PeopleColumns.Address => nameof(Address),
        PeopleColumns.Notes => nameof(Notes),
        _ => string.Empty,
    };

    public string? this[string key]
    {
        get => typeof(PeopleCellsInput).GetProperty(Property(key))?.GetValue(this) as string;
        set => typeof(PeopleCellsInput).GetProperty(Property(key))?.SetValue(this, value);
    }

    public Dictionary<string, string?> ToDictionary() => PeopleColumns.All.ToDictionary(c => c.Key, c => this[c.Key]);

    public static PeopleCellsInput From(Func<string, string?> valueOf)
    {
        var input = new PeopleCellsInput();
        foreach (var column in PeopleColumns.All)
        {
            input[column.Key] = valueOf(column.Key);
        }

        return input;
    }
}

public static class PeopleCellErrors
{
    /// <summary>Shows a refused write's errors, keyed by column, against the matching fields under "Input".</summary>
    public static void AddPeopleCellErrors(this WriteResult result, ModelStateDictionary modelState)
    {
        foreach (var (field, message) in result.Errors)
        {
            var property = PeopleCellsInput.Property(field);
            modelState.AddModelError(property.Length > 0 ? $"Input.{property}" : field.Length == 0 ? string.Empty : $"Input.{field}", message);
        }
    }
}
