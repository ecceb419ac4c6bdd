namespace Lantern.Core.Information.Import;

/// <summary>One valid row of a file of people, ready to be added to the register. A null pseudonym asks
/// Lantern to propose one, as the form does.</summary>
public sealed record PersonRow(
    int RowNumber,
    PersonCategory Category,
    string RealName,
    IReadOnlyList<string> Aliases,
    DateOnly? DateOfBirth,
    string? Relationship,
    Guid? AgencyId,
    string? ProfessionalRole,
    string? Pseudonym,
    string? Notes,
    string? Address = null);

/// <summary>What checking one row of a file of people found: the person when the row is valid, otherwise its problems.</summary>
public sealed record PersonRowCheck(int RowNumber, PersonRow? Row, IReadOnlyList<CellProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>Someone already in the register, as far as an upload needs to know to avoid adding them twice.</summary>
public sealed record RegisteredPerson(string RealName, DateOnly? DateOfBirth, string Pseudonym);

/// <summary>A row of the file as it stands: its number, its cells, and whether it is still in (not left out).</summary>
public sealed record PeopleFileRow(int RowNumber, IReadOnlyList<string> Cells, bool Included = true);

/// <summary>
/// Checks the rows of a file of people by the register's own rules (<see cref="PersonRules"/>, the same as the
/// form's), with one plain message per cell that is wrong. Then the file as a whole: a person already in the
/// register, or the same person or pseudonym twice in the file, is a problem on the later row, so nobody is
/// added twice. Agencies are matched to the partnership's by name, accents and capitals aside.
/// </summary>
public sealed class PeopleRowValidator(
    IReadOnlyDictionary<string, int> mapping,
    IReadOnlyList<(Guid Id, string Name)> agencies,
    IReadOnlyList<RegisteredPerson> register,
    DateOnly today)
{
    /// <summary>Other names are separated by these in a file (and line breaks, as a spreadsheet cell may hold).</summary>
    public static readonly char[] AliasSeparators = [';', '|', '\n', '\r'];

    private readonly Dictionary<string, Guid> agencyByName = agencies
        .GroupBy(a => Folding.Fold(a.Name), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);

    /// <summary>Whether every cell of the row is blank: such rows are left out of the upload without a word.</summary>
    public static bool IsEmpty(IReadOnlyList<string> cells) => cells.All(string.IsNullOrWhiteSpace);

    /// <summary>Checks every row, then the file as a whole; rows left out are checked alone and not compared.</summary>
    public IReadOnlyList<PersonRowCheck> CheckAll(IReadOnlyList<PeopleFileRow> rows)
    {
        var checks = rows.Select(r => Check(r.RowNumber, r.Cells)).ToArray();
        var seenPseudonyms = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var seenPeople = new List<PersonRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (!rows[i].Included || checks[i].Row is not { } person)
            {
                continue;
            }

            var problems = new List<CellProblem>();
            if (seenPeople.FirstOrDefault(p => PersonRules.SamePerson(person.RealName, person.DateOfBirth, p.RealName, p.DateOfBirth)) is { } twin)
            {
                problems.Add(new CellProblem(PeopleColumns.Name, $"The same person as row {twin.RowNumber} (same name and date of birth). Leave one of the rows out"));
            }

            if (person.Pseudonym is { } pseudonym && seenPseudonyms.TryGetValue(Pseudonyms.Normalise(pseudonym), out var first))
            {
                problems.Add(new CellProblem(PeopleColumns.Pseudonym, $"Row {first} has the pseudonym {Pseudonyms.Normalise(pseudonym)} too. Each person needs their own"));
            }

            if (problems.Count > 0)
            {
                checks[i] = new PersonRowCheck(person.RowNumber, null, problems);
                continue;
            }

            seenPeople.Add(person);
            if (person.Pseudonym is { } kept)
            {
                seenPseudonyms.TryAdd(Pseudonyms.Normalise(kept), person.RowNumber);
            }
        }

        return checks;
    }

    /// <summary>Checks one row on its own and against the register (not against the file's other rows).</summary>
    public PersonRowCheck Check(int rowNumber, IReadOnlyList<string> cells)
    {
        var problems = new List<CellProblem>();
        void Problem(string column, string message)
        {
            if (problems.All(p => p.Column != column))
            {
                problems.Add(new CellProblem(column, message));
            }
        }

        var name = Pseudonyms.Normalise(Cell(cells, PeopleColumns.Name));
        if (name.Length == 0)
        {
            Problem(PeopleColumns.Name, PersonRules.NameMissing);
        }
        else if (name.Length > Person.NameMaxLength)
        {
            Problem(PeopleColumns.Name, PersonRules.NameTooLong);
        }

        var aliases = PersonRules.SplitAliases(Cell(cells, PeopleColumns.Aliases), AliasSeparators);
        if (PersonRules.AliasProblem(name, aliases) is { } aliasProblem)
        {
            Problem(PeopleColumns.Aliases, aliasProblem);
        }

        var relationship = Blank(Cell(cells, PeopleColumns.Relationship));
        var role = Blank(Cell(cells, PeopleColumns.Role));
        var agencyText = Blank(Cell(cells, PeopleColumns.Agency));
        var categoryText = Cell(cells, PeopleColumns.Category);
        PersonCategory? category = null;
        if (categoryText.Length > 0)
        {
            if (PersonCategoryWords.Read(categoryText) is { } reading)
            {
                category = reading.Category;
                relationship ??= reading.Relationship;
                role ??= reading.Role;
            }
            else
            {
                Problem(PeopleColumns.Category,
                    $"\u201C{DateCells.Shorten(categoryText)}\u201D is not a place in the case Lantern knows. Use subject, family, professional or other, or a relationship or role such as mother or social worker");
            }
        }
        else if (role is not null || agencyText is not null)
        {
            category = PersonCategory.Professional;
        }
        else if (relationship is not null)
        {
            category = PersonCategoryWords.IsOtherRelationship(relationship) ? PersonCategory.Other : PersonCategory.FamilyOrHousehold;
        }
        else
        {
            Problem(PeopleColumns.Category, "Say who this person is in the case: subject, family, professional or other, or a relationship or role such as mother or social worker");
        }

        if (category is { } placed)
        {
            if (PersonRules.RelationshipProblem(placed, relationship) is { } relationshipProblem)
            {
                Problem(PeopleColumns.Relationship, relationshipProblem);
            }

            if (PersonRules.RoleProblem(placed, role) is { } roleProblem)
            {
                Problem(PeopleColumns.Role, roleProblem);
            }
        }

        if (relationship?.Length > Person.RoleMaxLength)
        {
            Problem(PeopleColumns.Relationship, PersonRules.RelationshipTooLong);
        }

        if (role?.Length > Person.RoleMaxLength)
        {
            Problem(PeopleColumns.Role, PersonRules.RoleTooLong);
        }

        // The agency matters only for professionals, as on the form: anyone else's is not kept.
        Guid? agencyId = null;
        if (category == PersonCategory.Professional)
        {
            if (agencyText is null)
            {
                Problem(PeopleColumns.Agency, "Enter the professional's agency, as the partnership names it");
            }
            else if (agencyByName.TryGetValue(Folding.Fold(agencyText), out var found))
            {
                agencyId = found;
            }
            else
            {
                Problem(PeopleColumns.Agency, $"\u201C{DateCells.Shorten(agencyText)}\u201D is not one of the partnership's agencies. Use the agency's name as Lantern lists it");
            }
        }

        DateOnly? born = null;
        var bornText = Cell(cells, PeopleColumns.DateOfBirth);
        if (bornText.Length > 0)
        {
            var (parsed, error) = DateCells.ParseDate(bornText);
            if (parsed is not { } date)
            {
                Problem(PeopleColumns.DateOfBirth, error!);
            }
            else if (date.MonthOnly)
            {
                Problem(PeopleColumns.DateOfBirth, $"{bornText} has no day. Give the whole date of birth, or leave it blank if it is not known");
            }
            else if (PersonRules.DateOfBirthProblem(date.Date, today) is { } unborn)
            {
                Problem(PeopleColumns.DateOfBirth, unborn);
            }
            else
            {
                born = date.Date;
            }
        }

        var pseudonym = Blank(Pseudonyms.Normalise(Cell(cells, PeopleColumns.Pseudonym)));
        if (pseudonym is not null && name.Length > 0)
        {
            if (register.FirstOrDefault(p => string.Equals(Pseudonyms.Normalise(p.Pseudonym), pseudonym, StringComparison.OrdinalIgnoreCase)) is { } taken)
            {
                Problem(PeopleColumns.Pseudonym, $"Already in the register: someone is called {taken.Pseudonym}. Leave this row out if it is the same person, or choose a different pseudonym");
            }
            else if (pseudonym.Length > Person.PseudonymMaxLength)
            {
                Problem(PeopleColumns.Pseudonym, PersonRules.PseudonymTooLong);
            }
            else if (Pseudonyms.Check(pseudonym, name, aliases, []) is { } pseudonymProblem)
            {
                Problem(PeopleColumns.Pseudonym, pseudonymProblem);
            }
        }

        var address = Blank(Cell(cells, PeopleColumns.Address));
        if (address?.Length > Person.AddressMaxLength)
        {
            Problem(PeopleColumns.Address, PersonRules.AddressTooLong);
        }

        var notes = Blank(Cell(cells, PeopleColumns.Notes));
        if (notes?.Length > Person.NotesMaxLength)
        {
            Problem(PeopleColumns.Notes, PersonRules.NotesTooLong);
        }

        if (name.Length > 0 && register.FirstOrDefault(p => PersonRules.SamePerson(name, born, p.RealName, p.DateOfBirth)) is { } already)
        {
            Problem(PeopleColumns.Name, $"Already in the register as {already.Pseudonym} (same name and date of birth). Leave this row out if it is the same person");
        }

        if (problems.Count > 0)
        {
            return new PersonRowCheck(rowNumber, null, problems);
        }

        var placedCategory = category!.Value;
        return new PersonRowCheck(rowNumber, new PersonRow(
            rowNumber,
            placedCategory,
            name,
            aliases,
            born,
            placedCategory is PersonCategory.FamilyOrHousehold or PersonCategory.Other ? relationship : null,
            agencyId,
            placedCategory == PersonCategory.Professional ? role : null,
            pseudonym,
            notes,
            address), []);
    }

    private string Cell(IReadOnlyList<string> cells, string key) =>
        mapping.TryGetValue(key, out var index) && index >= 0 && index < cells.Count ? cells[index].Trim() : string.Empty;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
