using Lantern.Core.Information;
using Lantern.Core.Information.Import;

namespace Lantern.Core.Disclosure;

/// <summary>What reading a register file for the check found: what it could read, and a plain message per row it
/// could not ("Row 3: Enter the person's real name").</summary>
public sealed record DisclosureFile<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Problems);

/// <summary>
/// Reads the files the check can be given from outside Lantern: a people register in the people-import format
/// (docs/import-formats.md, read and checked by the same rules as an upload) and a list of identifying details, a CSV
/// with the columns Kind, Detail and Replacement. A person with no pseudonym gets the one Lantern would propose.
/// </summary>
public static class DisclosureFiles
{
    private static readonly string[] KindHeadings = ["kind", "type", "kind of detail"];
    private static readonly string[] DetailHeadings = ["detail", "identifying detail", "text", "name", "words"];
    private static readonly string[] ReplacementHeadings = ["replacement", "replace with", "published as", "suggestion"];

    public static DisclosureFile<DisclosurePerson> ReadPeople(string csv, DateOnly today)
    {
        var records = CsvParser.Parse(csv, CsvParser.DetectDelimiter(csv));
        if (records.Count == 0)
        {
            return new([], ["The people file is empty"]);
        }

        var mapping = PeopleColumns.AutoMap(records[0]);
        if (!PeopleColumns.IsComplete(mapping))
        {
            return new([], ["The people file has no column for the real name"]);
        }

        var agencies = mapping.TryGetValue(PeopleColumns.Agency, out var agencyColumn)
            ? records.Skip(1).Where(r => agencyColumn < r.Length && !string.IsNullOrWhiteSpace(r[agencyColumn]))
                .Select(r => r[agencyColumn].Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Select(a => (Guid.NewGuid(), a)).ToList()
            : [];
        var rows = records.Skip(1).Select((cells, i) => new PeopleFileRow(i + 1, cells)).Where(r => !PeopleRowValidator.IsEmpty(r.Cells)).ToList();
        var checks = new PeopleRowValidator(mapping, agencies, [], today).CheckAll(rows);
        var taken = checks.Where(c => c.Row?.Pseudonym is not null).Select(c => c.Row!.Pseudonym!).ToList();
        var people = new List<DisclosurePerson>();
        foreach (var row in checks.Where(c => c.IsValid).Select(c => c.Row!))
        {
            var pseudonym = row.Pseudonym
                ?? Pseudonyms.ProposeFor(row.Category, row.Relationship, row.ProfessionalRole, row.RealName, row.Aliases, "Child", taken);
            taken.Add(pseudonym);
            people.Add(new DisclosurePerson(row.RealName, row.Aliases, pseudonym, row.Category, row.DateOfBirth, row.Address, row.ProfessionalRole));
        }

        var problems = checks.Where(c => !c.IsValid).SelectMany(c => c.Problems.Select(p => $"Row {c.RowNumber}: {p.Message}")).ToList();
        return new(people, problems);
    }

    public static DisclosureFile<IdentifyingDetail> ReadDetails(string csv)
    {
        var records = CsvParser.Parse(csv, CsvParser.DetectDelimiter(csv));
        if (records.Count == 0)
        {
            return new([], ["The details file is empty"]);
        }

        var headings = records[0].Select(Folding.Fold).ToList();
        var (kind, detail, replacement) = (Column(headings, KindHeadings), Column(headings, DetailHeadings), Column(headings, ReplacementHeadings));
        if (kind < 0 || detail < 0 || replacement < 0)
        {
            return new([], ["The details file needs the columns Kind, Detail and Replacement"]);
        }

        var details = new List<IdentifyingDetail>();
        var problems = new List<string>();
        for (var i = 1; i < records.Count; i++)
        {
            var cells = records[i];
            string Cell(int column) => column < cells.Length ? cells[column].Trim() : string.Empty;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (IdentifyingDetail.KindFromWords(Cell(kind)) is not { } readKind)
            {
                problems.Add($"Row {i}: \u201C{Cell(kind)}\u201D is not a kind of detail. Use school, nursery, GP practice, hospital, place, condition or other");
            }
            else if (Cell(detail).Length == 0 || Cell(detail).Length > IdentifyingDetail.TextMaxLength)
            {
                problems.Add($"Row {i}: Enter the detail, in {IdentifyingDetail.TextMaxLength} characters or fewer");
            }
            else if (Cell(replacement).Length == 0 || Cell(replacement).Length > IdentifyingDetail.ReplacementMaxLength)
            {
                problems.Add($"Row {i}: Enter what replaces the detail, in {IdentifyingDetail.ReplacementMaxLength} characters or fewer");
            }
            else
            {
                details.Add(new IdentifyingDetail(readKind, Cell(detail), Cell(replacement)));
            }
        }

        return new(details, problems);
    }

    private static int Column(List<string> headings, string[] names) => headings.FindIndex(names.Contains);
}
