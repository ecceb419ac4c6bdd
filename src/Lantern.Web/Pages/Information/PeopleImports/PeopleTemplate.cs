using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>
/// The blank list of people to fill in: the register's headings and example rows of fictional people, as CSV or as
/// XLSX with a second sheet explaining each column (written by <see cref="ImportTemplate"/>).
/// </summary>
public static class PeopleTemplate
{
    /// <summary>Fictional people, in the order of <see cref="PeopleColumns.All"/>: name, other names, who they
    /// are, relationship, agency, role, pseudonym, date of birth, address, notes.</summary>
    public static readonly string[][] Examples =
    [
        ["Ellis Invented", "Elli; El", "Child", "", "", "", "", "14/03/2019", "3 Quillon Row, Testbury TE1 4AB", "Lived with her mother and two brothers"],
        ["Morgan Example", "Mo | Morgan E.", "Mother", "", "", "", "", "02/11/1990", "3 Quillon Row, Testbury TE1 4AB", ""],
        ["Jordan Madeup", "", "Professional", "", "{agency}", "Health visitor", "", "", "", "Health visitor from 2019"],
    ];

    public static string[][] Rows(string agency) =>
        [.. Examples.Select(r => r.Select(c => c.Replace("{agency}", agency, StringComparison.Ordinal)).ToArray())];

    public static byte[] Csv(string agency) => ImportTemplate.Csv(PeopleColumns.All, Rows(agency));

    public static byte[] Xlsx(string agency) => ImportTemplate.Xlsx("People", PeopleColumns.All, Rows(agency));
}
