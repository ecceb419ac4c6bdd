namespace Lantern.Core.Disclosure;

/// <summary>
/// Words an ordinary sentence is made of, folded: Lantern's own list of frequent English words
/// (Resources/common-words.txt), the months and the days of the week. A registered name part that is one of these
/// is only read as a name where it looks like one (see <see cref="DisclosureCheck"/>), and a misspelt name is never
/// looked for among them.
/// </summary>
internal static class CommonWords
{
    public static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly HashSet<string> Words = Load();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ByFolded = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> MonthSet = new(Months.Concat(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]), StringComparer.Ordinal);

    public static bool Contains(ReadOnlySpan<char> folded) => ByFolded.Contains(folded);

    public static bool Contains(string folded) => Words.Contains(folded);

    /// <summary>Whether a folded word is a month's name or its usual short form ("Dec").</summary>
    public static bool IsMonth(string folded) => MonthSet.Contains(folded);

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream("Lantern.Core.Disclosure.Resources.common-words.txt")
            ?? throw new InvalidOperationException("The common-words list is missing from Lantern.Core.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            foreach (var word in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        words.UnionWith(Months);
        words.UnionWith(Days);
        return words;
    }
}
