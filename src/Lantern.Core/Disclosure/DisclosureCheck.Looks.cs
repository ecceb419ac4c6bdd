using Lantern.Core.Information;

namespace Lantern.Core.Disclosure;

/// <summary>
/// When an ordinary word that is also a registered name counts as the name, and the forms exact matching misses:
/// initials and near misspellings.
/// </summary>
public sealed partial class DisclosureCheck
{
    /// <summary>Words after a name at the start of a sentence that say what a person did ("Hope said", "Will was").</summary>
    private static readonly HashSet<string> PersonVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "was", "had", "went", "did", "asked", "explained",
        "attended", "described", "felt", "lived", "lives", "stayed", "returned", "moved", "saw", "spoke", "wanted", "wants", "became",
        "remembers", "recalled", "reported", "disclosed", "began", "started", "left", "arrived", "cried", "refused", "agreed", "missed",
    };

    /// <summary>Words before a month name that make it part of a date ("in May", "by June", "planned for May").</summary>
    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "in", "of", "on", "by", "from", "since", "until", "till", "during", "early", "late", "mid", "end", "last", "next", "this",
        "before", "after", "throughout", "between", "and", "or", "to", "each", "every", "that", "the", "following", "previous",
        "for", "around", "about", "over", "into", "through", "past", "coming",
    };

    /// <summary>
    /// The look-alike rule. A registered name part that is also an ordinary word ("Will", "Hope", "Baker", "Rose",
    /// "May"; a word of two letters; a word of a pseudonym or of a professional's role) counts as the name only where
    /// it reads as one: next to another name of the same person ("Will Baker", "Hope Morris"), after a title
    /// ("Mrs Baker"), or written with a capital in the middle of a sentence ("told Hope that"), except a month name in a
    /// date ("in May", "12 June 2024"). At the start of a sentence, where every word has a capital, it counts only when
    /// the next word says what someone did ("Hope said", "Will attended").
    /// </summary>
    private bool LooksLikeName(TextTokens tokens, int at, List<Form> forms)
    {
        var words = tokens.Words;
        var word = words[at];
        if (SameOwnerBeside(tokens, at, at - 1, forms) || SameOwnerBeside(tokens, at, at + 1, forms))
        {
            return true;
        }

        if (at > 0 && IsSpace(tokens.Gap(at - 1)) && NameWords.IsTitle(tokens.Folded(words[at - 1]).ToString()))
        {
            return true;
        }

        if (!word.Capitalised || word.AllCapitals || NamesAPlace(tokens, at))
        {
            return false;
        }

        var folded = tokens.Folded(word).ToString();
        if (CommonWords.IsMonth(folded))
        {
            var datePrevious = at > 0 && (IsNumber(tokens.Folded(words[at - 1])) || DateWords.Contains(tokens.Folded(words[at - 1]).ToString()));
            var dateNext = at + 1 < words.Count && IsNumber(tokens.Folded(words[at + 1]));
            if (datePrevious || dateNext)
            {
                return false;
            }
        }

        if (!tokens.IsSentenceStart(at))
        {
            return true;
        }

        if (at + 1 >= words.Count || !IsSpace(tokens.Gap(at)) || words[at + 1].Capitalised)
        {
            return false;
        }

        var next = tokens.Folded(words[at + 1]);
        return PersonVerbs.Contains(next.ToString()) || (next.Length > 4 && next.EndsWith("ed") && !CommonWords.Contains(next));
    }

    /// <summary>Words after an ordinary-word name that make it the name of a place ("Hope Street", "Brown Lane",
    /// "May House"): with the street words of addresses (<see cref="StreetWordForms"/>), and these.</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "park", "house", "hall", "centre", "center", "clinic", "ward", "unit", "estate", "surgery", "school", "farm", "field", "fields",
    };

    /// <summary>Whether the word after <paramref name="at"/>, with a capital and only a space between, is a street or
    /// place word, so the two name a place, not a person.</summary>
    private static bool NamesAPlace(TextTokens tokens, int at)
    {
        if (at + 1 >= tokens.Words.Count || !tokens.Words[at + 1].Capitalised || !tokens.Gap(at).SequenceEqual(" "))
        {
            return false;
        }

        var next = tokens.Folded(tokens.Words[at + 1]).ToString();
        return next.Length > 2 && (StreetWordForms.ContainsKey(next) || PlaceWords.Contains(next));
    }

    /// <summary>Whether the word at <paramref name="beside"/>, with only a space or hyphen between, is another name of
    /// a person the word at <paramref name="at"/> may name.</summary>
    private bool SameOwnerBeside(TextTokens tokens, int at, int beside, List<Form> forms)
    {
        if (beside < 0 || beside >= tokens.Words.Count || !IsSpace(tokens.Gap(Math.Min(at, beside))))
        {
            return false;
        }

        var node = Edge(0, tokens.Words[beside].Id);
        return node >= 0 && nodes[node] is { } others
            && others.Exists(o => o.Kind is FormKind.Name or FormKind.Alias && forms.Exists(f => f.Kind is FormKind.Name or FormKind.Alias && f.Owner == o.Owner));
    }

    /// <summary>The shortest registered name a near misspelling is looked for on its own; next to another name of the
    /// same person ("Gary Lomas" for "Gary Lomax") the shortest is <see cref="ShortestNearName"/>.</summary>
    private const int ShortestMisspeltName = 6;

    private const int ShortestNearName = 4;

    /// <summary>
    /// A word with a capital, not an ordinary word, one letter away from a registered name: a letter missing, added,
    /// changed, or two swapped ("Kayliegh" for "Kayleigh"). On its own the name must have six letters or more; right
    /// after another name of the same person (<paramref name="after"/>), four.
    /// </summary>
    private Candidate? Misspelt(TextTokens tokens, int at, Candidate? after)
    {
        var word = tokens.Words[at];
        var folded = tokens.Folded(word);
        if (fuzzy.Count == 0 || !word.Capitalised || word.Id >= 0 || word.StrippedId >= 0 || folded.Length < ShortestNearName - 1 || folded.Length > 40
            || folded.ContainsAnyExcept(Letters) || CommonWords.Contains(folded))
        {
            return null;
        }

        var beside = after is { People: { } near } && IsSpace(tokens.Text.AsSpan(after.Value.End, word.Start - after.Value.End)) ? near : null;

        var owners = new List<int>();
        Span<char> buffer = stackalloc char[folded.Length];
        for (var k = -1; k < folded.Length; k++)
        {
            ReadOnlySpan<char> key = folded;
            if (k >= 0)
            {
                folded[..k].CopyTo(buffer);
                folded[(k + 1)..].CopyTo(buffer[k..]);
                key = buffer[..(folded.Length - 1)];
            }

            if (fuzzyLookup.TryGetValue(key, out var entries))
            {
                foreach (var (name, person) in entries)
                {
                    if (!owners.Contains(person) && (name.Length >= ShortestMisspeltName || beside?.Contains(person) == true) && WithinOneEdit(folded, name))
                    {
                        owners.Add(person);
                    }
                }
            }
        }

        return owners.Count == 0 ? null
            : ForPeople(word.Start, word.End + word.Possessive, DisclosureRule.Misspelling, owners, word.Possessive > 0 ? tokens.Text[word.End] + "s" : string.Empty);
    }

    /// <summary>Whether two different words are one edit apart: one letter deleted, added or changed, or two next to
    /// each other swapped.</summary>
    internal static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return i == a.Length || a[(i + 1)..].SequenceEqual(b[(i + 1)..])
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]));
        }

        return a.Length < b.Length ? a[i..].SequenceEqual(b[(i + 1)..]) : b[i..].SequenceEqual(a[(i + 1)..]);
    }

    /// <summary>Joins hits on names with only spaces or hyphens between them into one, when they can be the same
    /// person ("Kayleigh" and "Morris" into "Kayleigh Morris", even where others in the family are Morris too), so the
    /// suggestion is that person's pseudonym once.</summary>
    private void JoinNameParts(TextTokens tokens, List<Candidate> found, int first)
    {
        for (var i = found.Count - 1; i > first; i--)
        {
            var (before, after) = (found[i - 1], found[i]);
            if (before.People is null || after.People is null || before.Rule == DisclosureRule.Initials || after.Rule == DisclosureRule.Initials
                || before.Possessive.Length > 0 || !IsSpace(tokens.Text.AsSpan(before.End, after.Start - before.End)))
            {
                continue;
            }

            var both = before.People.Intersect(after.People).ToList();
            if (both.Count == 0)
            {
                continue;
            }

            var rule = before.Rule == DisclosureRule.Misspelling || after.Rule == DisclosureRule.Misspelling ? DisclosureRule.Misspelling
                : before.Rule == DisclosureRule.Alias || after.Rule == DisclosureRule.Alias ? DisclosureRule.Alias : DisclosureRule.Name;
            found[i - 1] = ForPeople(before.Start, after.End, rule, both, after.Possessive);
            found.RemoveAt(i);
        }
    }

    private static bool IsNameRule(DisclosureRule rule) => rule is DisclosureRule.Name or DisclosureRule.Alias or DisclosureRule.Misspelling;

    private static bool IsSpace(ReadOnlySpan<char> gap) => gap.Length is > 0 and <= 3 && !gap.ContainsAnyExcept(" \t\n\r-‐‑");

    private static bool IsNumber(ReadOnlySpan<char> folded) => folded.Length > 0 && !folded.ContainsAnyExceptInRange('0', '9');

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
}
