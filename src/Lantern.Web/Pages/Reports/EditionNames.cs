using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

public static class EditionNames
{
    public static string Name(EditionKind kind) => kind switch
    {
        EditionKind.Restricted => "Restricted edition for the Board",
        EditionKind.Published => "Edition for publication",
        EditionKind.PractitionerBriefing => "Practitioner briefing",
        EditionKind.FamilySummary => "Summary for the family",
        EditionKind.BoardResponse => "The Board's written response",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
