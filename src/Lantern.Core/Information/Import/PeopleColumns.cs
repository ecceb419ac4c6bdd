namespace Lantern.Core.Information.Import;

/// <summary>One column Lantern reads from a file of people: its key, the template's heading, whether a file must
/// have it, and other headings accepted for it without asking.</summary>
public sealed record PeopleColumn(string Key, string Heading, bool Required, string Hint, IReadOnlyList<string> Synonyms);

/// <summary>The columns of a file of people for the register, and the headings agencies commonly use for them.</summary>
public static class PeopleColumns
{
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string Category = "category";
    public const string Relationship = "relationship";
    public const string Agency = "agency";
    public const string Role = "role";
    public const string Pseudonym = "pseudonym";
    public const string DateOfBirth = "date-of-birth";
    public const string Address = "address";
    public const string Notes = "notes";

    public static IReadOnlyList<PeopleColumn> All { get; } =
    [
        new(Name, "Real name", true, "The person's real name, or Not known",
            ["Name", "Full name", "Person", "Person's name", "Name of person", "Client name", "Individual", "Forename and surname", "Names"]),
        new(Aliases, "Other names", false, "Aliases, nicknames and other spellings, separated by ; or |",
            ["Alias", "Aliases", "AKA", "Also known as", "Known as", "Nickname", "Nicknames", "Other spellings", "Previous names", "Alternative names"]),
        new(Category, "Who they are in the case", false,
            "Subject, family, professional or other; or a relationship or role such as mother or social worker",
            ["Category", "Role in case", "Role in the case", "Person type", "Type of person", "Type", "Involvement", "Connection to case", "Connection", "Status"]),
        new(Relationship, "Relationship", false, "For family, household and others: their relationship to the child or adult, such as mother",
            ["Relationship to child", "Relationship to the child", "Relationship to subject", "Relationship to the subject", "Relationship to adult",
                "Relationship to the child or adult", "Relation", "Family relationship"]),
        new(Agency, "Agency", false, "For professionals: their agency, as the partnership names it",
            ["Organisation", "Organization", "Agency name", "Service", "Employer", "Agency or organisation"]),
        new(Role, "Professional role", false, "For professionals: their role, such as social worker or health visitor",
            ["Role", "Job title", "Job role", "Position", "Professional's role", "Practitioner role", "Designation"]),
        new(Pseudonym, "Pseudonym", false, "Leave blank and Lantern will propose one from their place in the case",
            ["Pseudonymised name", "Anonymised name", "Anonymised as", "Name in report", "Report name", "Published name"]),
        new(DateOfBirth, "Date of birth", false, "31/01/2019; leave blank if not known", ["DOB", "D.O.B.", "Birth date", "Birthdate", "Born", "Date born"]),
        new(Address, "Address", false, "The address agencies knew them at, with the postcode; leave blank if not known",
            ["Home address", "Current address", "Last known address", "Address at the time", "Postal address"]),
        new(Notes, "Notes", false, "Anything else the review team should know about them", ["Note", "Comments", "Comment", "Additional information", "Other information"]),
    ];

    private static readonly Dictionary<string, PeopleColumn> ByHeading = BuildHeadings();

    public static PeopleColumn Find(string key) => All.Single(c => c.Key == key);

    /// <summary>The column a file's heading stands for, ignoring case, spaces and punctuation; null if none.</summary>
    public static PeopleColumn? ForHeading(string heading) =>
        ByHeading.TryGetValue(ChronologyColumns.Squash(heading), out var column) ? column : null;

    /// <summary>Matches a file's headings to the register's columns: each takes the first heading that names it.</summary>
    public static IReadOnlyDictionary<string, int> AutoMap(IReadOnlyList<string> headings)
    {
        var mapping = new Dictionary<string, int>();
        for (var i = 0; i < headings.Count; i++)
        {
            if (ForHeading(headings[i]) is { } column)
            {
                mapping.TryAdd(column.Key, i);
            }
        }

        return mapping;
    }

    /// <summary>Whether a mapping has every column a file must have (only the name).</summary>
    public static bool IsComplete(IReadOnlyDictionary<string, int> mapping) => All.Where(c => c.Required).All(c => mapping.ContainsKey(c.Key));

    private static Dictionary<string, PeopleColumn> BuildHeadings()
    {
        var headings = new Dictionary<string, PeopleColumn>();
        foreach (var column in All)
        {
            headings[ChronologyColumns.Squash(column.Heading)] = column;
            foreach (var synonym in column.Synonyms)
            {
                headings[ChronologyColumns.Squash(synonym)] = column;
            }
        }

        return headings;
    }
}
