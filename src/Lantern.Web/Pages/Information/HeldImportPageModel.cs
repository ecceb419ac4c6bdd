using Lantern.Core.Information.Import;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Information;

/// <summary>
/// What the pages of one held upload share, a file of people (<c>PeopleImports/</c>) or an agency's chronology
/// (<c>Submissions/</c>): the import, which each part's own base loads from the route by its own rules, its rows,
/// and its cells named by the part's columns.
/// </summary>
public abstract class HeldImportPageModel<TImport, TRow>(LanternDbContext db, IReadOnlyList<ImportColumn> columns) : ReviewPageModel
    where TImport : class, IHeldImport
    where TRow : class, IHeldImportRow
{
    protected LanternDbContext Db { get; } = db;

    public TImport Import { get; protected set; } = null!;

    /// <summary>The heading of a column as the file called it, for messages about a cell.</summary>
    public string ColumnName(string key)
    {
        var heading = columns.Single(c => c.Key == key).Heading;
        return Import.Mapping.TryGetValue(key, out var index) && index < Import.Headers.Count && !string.Equals(Import.Headers[index], heading, StringComparison.OrdinalIgnoreCase)
            ? $"{heading} (\u201C{Import.Headers[index]}\u201D)"
            : heading;
    }

    /// <summary>A cell of a row by the column it holds; null when the file has no such column.</summary>
    protected string? Cell(TRow row, string key) =>
        Import.Mapping.TryGetValue(key, out var i) && i < row.Cells.Count ? row.Cells[i] : null;

    /// <summary>The row's cells that are not among the columns, shown so nothing in the row is hidden.</summary>
    protected IEnumerable<(string Heading, string Value)> OtherCells(TRow row) =>
        Import.Headers.Select((h, i) => (h, i))
            .Where(p => !Import.Mapping.ContainsValue(p.i) && p.i < row.Cells.Count && row.Cells[p.i].Length > 0)
            .Select(p => (p.h, row.Cells[p.i]));

    /// <summary>A row of the import (loaded already) while it waits to be fixed or left out; null when the import is
    /// not waiting for that or the row is not its.</summary>
    protected async Task<TRow?> FindRowAsync(Guid rowId)
    {
        if (Import.Status is not (ImportStatus.Quarantined or ImportStatus.Ready))
        {
            return null;
        }

        return await Db.Set<TRow>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == rowId && r.ImportId == Import.Id, HttpContext.RequestAborted);
    }

    /// <summary>For matching columns: the choices for one column, nothing or one of the file's columns by index.</summary>
    protected IReadOnlyList<SelectListItem> FileColumnOptions(string? chosen) =>
    [
        new SelectListItem("Not in this file", string.Empty),
        .. Import.Headers.Select((h, i) => new SelectListItem(h.Length == 0 ? $"Column {i + 1} (no heading)" : h, i.ToString(CultureInfo.InvariantCulture), chosen == i.ToString(CultureInfo.InvariantCulture))),
    ];

    /// <summary>For matching columns: the file's headings whose column is not among those chosen (indexes as text),
    /// which the upload will ignore.</summary>
    protected IReadOnlyList<string> HeadingsNotChosen(IEnumerable<string?> chosen)
    {
        var taken = chosen.Where(v => v is not null).ToHashSet();
        return Import.Headers.Where((h, i) => !taken.Contains(i.ToString(CultureInfo.InvariantCulture)) && h.Length > 0).ToList();
    }
}
