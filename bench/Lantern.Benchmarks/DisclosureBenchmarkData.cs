using System.Globalization;
using System.Text;
using Lantern.Core.Disclosure;
using Lantern.Core.Information;

namespace Lantern.Benchmarks;

/// <summary>
/// A made-up register and report for the disclosure benchmark, the same on every run: people with a name, a
/// nickname, a date of birth and an address (four identifiers each), identifying details for the rest, and a report of
/// ordinary review prose with a registered identifier, an exact date or a postcode every few dozen words.
/// </summary>
public sealed class DisclosureBenchmarkData
{
    private static readonly string[] Firsts =
    [
        "Kayden", "Shanice", "Torin", "Maddox", "Leighton", "Brogan", "Caitlyn", "Demi-Leigh", "Jensen", "Kacey", "Lacey", "Marley",
        "Nevaeh", "Oakleigh", "Paisley", "Reegan", "Sienna", "Tobias", "Ulrika", "Vinnie", "Wynter", "Xander", "Yasmin", "Zeb",
        "Anouk", "Bexley", "Corben", "Dervla", "Eskil", "Fintan", "Greer", "Hollis", "Isla-Mae", "Jarvis", "Keeley", "Lorcan",
    ];

    private static readonly string[] Starts = ["Ash", "Brack", "Carn", "Dun", "Elm", "Fen", "Glen", "Hal", "Ing", "Kel", "Lang", "Mar", "Nor", "Ock", "Pem", "Quen", "Rud", "Sow", "Thorn", "Wex"];

    private static readonly string[] Ends = ["worth", "ley", "by", "ford", "stead", "thwaite", "ington", "bury", "combe", "dale"];

    private static readonly string[] Streets = ["Road", "Close", "Avenue", "Lane", "Drive", "Grove", "Crescent", "Court"];

    private static readonly string[] Prose =
    [
        "the", "social", "worker", "visited", "home", "and", "spoke", "with", "mother", "about", "school", "attendance", "health",
        "visitor", "noted", "that", "child", "was", "well", "but", "concerns", "remained", "over", "neglect", "police", "attended",
        "after", "a", "call", "from", "neighbour", "strategy", "discussion", "agreed", "plan", "review", "team", "found", "practice",
        "was", "not", "shared", "between", "agencies", "in", "time", "to", "protect", "her", "finding", "board", "should", "ask",
        "partners", "how", "they", "will", "know", "May", "June", "hope", "will", "rose", "baker", "GP", "nursery", "2023",
    ];

    public DisclosureBenchmarkData(int words, int identifiers)
    {
        var random = new Random(17);
        var peopleCount = identifiers / 5;
        for (var i = 0; i < peopleCount; i++)
        {
            var name = $"{Firsts[i % Firsts.Length]} {Starts[i / Firsts.Length % Starts.Length]}{Ends[(i / 7) % Ends.Length]}";
            var alias = Firsts[i % Firsts.Length][..3] + "zy" + (i % 10 == 0 ? string.Empty : ((char)('a' + (i % 26))).ToString());
            var born = new DateOnly(1980, 1, 1).AddDays(random.Next(15_000));
            var address = $"{1 + random.Next(200)} {Starts[random.Next(Starts.Length)]}{Ends[random.Next(Ends.Length)]} {Streets[random.Next(Streets.Length)]}, Benchtown, BT{1 + random.Next(20)} {random.Next(10)}{(char)('A' + random.Next(26))}{(char)('B' + random.Next(24))}";
            People.Add(new DisclosurePerson(name, [alias], $"Person {i + 1}", PersonCategory.FamilyOrHousehold, born, address));
        }

        for (var i = People.Count * 4; i < identifiers; i++)
        {
            var kind = (IdentifyingDetailKind)(i % 7);
            Details.Add(new IdentifyingDetail(kind, $"{Starts[i % Starts.Length]}{Ends[(i / 3) % Ends.Length]} {Kind(kind)} {i}", $"[detail {i}]"));
        }

        Identifiers = [.. People.SelectMany(p => new[] { p.RealName, p.Aliases[0], p.DateOfBirth!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), p.Address!.Split(',')[0] }),
            .. Details.Select(d => d.Text)];

        var paragraph = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            paragraph.Append(w % 37 == 36 ? Planted(random) : Prose[random.Next(Prose.Length)]).Append(w % 12 == 11 ? ". " : " ");
            if (w % 120 == 119)
            {
                Paragraphs.Add(paragraph.ToString().TrimEnd());
                paragraph.Clear();
            }
        }

        if (paragraph.Length > 0)
        {
            Paragraphs.Add(paragraph.ToString().TrimEnd());
        }
    }

    public List<DisclosurePerson> People { get; } = [];

    public List<IdentifyingDetail> Details { get; } = [];

    /// <summary>Every identifier as the naive approach would search for it.</summary>
    public List<string> Identifiers { get; }

    public List<string> Paragraphs { get; } = [];

    public int Words => Paragraphs.Sum(p => p.Split(' ').Length);

    private string Planted(Random random)
    {
        var person = People[random.Next(People.Count)];
        return random.Next(8) switch
        {
            0 => person.RealName,
            1 => person.RealName.Split(' ')[0] + "'s",
            2 => person.Aliases[0],
            3 => person.DateOfBirth!.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            4 => person.Address!.Split(',')[0],
            5 => person.Address!.Split(',')[^1].Trim(),
            6 => Details[random.Next(Details.Count)].Text,
            _ => new DateOnly(2023, 1, 1).AddDays(random.Next(700)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        };
    }

    private static string Kind(IdentifyingDetailKind kind) => kind switch
    {
        IdentifyingDetailKind.School => "Primary School",
        IdentifyingDetailKind.Nursery => "Nursery",
        IdentifyingDetailKind.GpPractice => "Surgery",
        IdentifyingDetailKind.Hospital => "Hospital",
        IdentifyingDetailKind.Place => "Estate",
        IdentifyingDetailKind.Condition => "syndrome",
        _ => "Club",
    };
}
