namespace Lantern.Core.Information.Import;

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

    private static readonly ImportColumnSet Columns = new(
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
    ]);

    public static IReadOnlyList<ImportColumn> All => Columns.All;

    public static ImportColumn Find(string key) => Columns.Find(key);

    /// <summary>The column a file's heading stands for, ignoring case, spaces and punctuation; null if none.</summary>
    public static ImportColumn? ForHeading(string heading) => Columns.ForHeading(heading);

    /// <summary>Matches a file's headings to the register's columns: each takes the first heading that names it.</summary>
    public static IReadOnlyDictionary<string, int> AutoMap(IReadOnlyList<string> headings) => Columns.Map(headings).Columns;

    /// <summary>Whether a mapping has every column a file must have (only the name).</summary>
    public static bool IsComplete(IReadOnlyDictionary<string, int> mapping) => Columns.Missing(mapping).Count == 0;
}
