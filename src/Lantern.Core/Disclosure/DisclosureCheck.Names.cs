using System.Runtime.InteropServices;
using Lantern.Core.Information.Merging;

namespace Lantern.Core.Disclosure;

/// <summary>The pass over a paragraph's words: registered names, addresses and details, longest first.</summary>
public sealed partial class DisclosureCheck
{
    private const string NameRemoved = "[name removed]";

    private void FindNames(TextTokens tokens, List<Candidate> found)
    {
        var words = CollectionsMarshal.AsSpan(tokens.Words);
        for (var i = 0; i < words.Length; i++)
        {
            ref var word = ref words[i];
            var folded = tokens.Folded(word);
            word.Id = IdOf(folded, word.Hash);
            if (folded.Length >= 4 && folded[^1] == 's')
            {
                word.StrippedId = IdOf(folded[..^1], word.HashWithoutLast);
            }
        }

        var firstName = found.Count;
        var at = 0;
        while (at < words.Length)
        {
            // Most words of a report: in no registered name, and without a capital, so no initials or misspelling.
            if (words[at].Id < 0 && words[at].StrippedId < 0 && !words[at].Capitalised)
            {
                at++;
                continue;
            }

            var (last, node, comma, strippedAtEnd) = LongestMatch(tokens, at);
            var (joinedLast, joinedNode) = Joined(tokens, at);
            if (joinedNode >= 0 && joinedLast > last)
            {
                (last, node, comma, strippedAtEnd) = (joinedLast, joinedNode, false, false);
            }

            if (node >= 0)
            {
                var forms = nodes[node]!.Where(f => !comma || f.AllowsComma).ToList();
                if (forms.Exists(f => f.Kind == FormKind.Protected))
                {
                    at = last + 1;
                    continue;
                }

                var weak = forms.TrueForAll(f => f.Weak);
                if (!ShortInLowerCase(tokens, at, last, forms) && (!weak || (last > at ? words[at].Capitalised : LooksLikeName(tokens, at, forms))))
                {
                    found.Add(FromForms(tokens, at, last, forms, strippedAtEnd));
                    at = last + 1;
                    continue;
                }
            }

            if (Initials(tokens, at, out var initialsLast) is { } byInitials)
            {
                found.Add(byInitials);
                at = initialsLast + 1;
                continue;
            }

            if (Misspelt(tokens, at, found.Count > firstName ? found[^1] : null) is { } misspelt)
            {
                found.Add(misspelt);
            }

            at++;
        }

        JoinNameParts(tokens, found, firstName);
    }

    /// <summary>The longest name of a person that is found on its own only with a capital ("Bee said", not "a bee";
    /// "Kit", not "kit bag"): a short name is too often an ordinary word nobody listed.</summary>
    private const int LongestShortName = 4;

    /// <summary>Whether a match is one short name word (<see cref="LongestShortName"/> letters or fewer) of a person,
    /// written without a capital: then it is not read as the name.</summary>
    private static bool ShortInLowerCase(TextTokens tokens, int at, int last, List<Form> forms) =>
        last == at && !tokens.Words[at].Capitalised && tokens.Words[at].FoldLength <= LongestShortName
        && forms.TrueForAll(f => f.Kind is FormKind.Name or FormKind.Alias);

    /// <summary>The longest registered sequence starting at word <paramref name="at"/>: its last word and its node, or
    /// -1. Between its words only spaces, line breaks, hyphens and apostrophes may come (and commas in addresses); a
    /// word may be matched without a final "s" ("St Aidans", "Kayleighs").</summary>
    private (int Last, int Node, bool Comma, bool StrippedAtEnd) LongestMatch(TextTokens tokens, int at)
    {
        var words = tokens.Words;
        var (node, best, bestLast, comma, bestComma, bestStripped) = (0, -1, -1, false, false, false);
        for (var k = at; k < words.Count; k++)
        {
            if (k > at)
            {
                if (!JoiningGap(tokens.Gap(k - 1), words[k - 1].Length, out var hasComma))
                {
                    break;
                }

                comma |= hasComma;
            }

            var stripped = false;
            var child = Edge(node, words[k].Id);
            if (child < 0)
            {
                child = Edge(node, words[k].StrippedId);
                stripped = true;
            }

            if (child < 0)
            {
                break;
            }

            node = child;
            if (nodes[node] is { } forms && (!comma || forms.Exists(f => f.AllowsComma)))
            {
                (best, bestLast, bestComma, bestStripped) = (node, k, comma, stripped);
            }
        }

        return (bestLast, best, bestComma, bestStripped);
    }

    /// <summary>Two or three words that make one registered name when written together: "Kay leigh", "Kay-\nleigh"
    /// (a name broken over a line) or "Mary Jane" for "Maryjane". Only names that are not ordinary words count, and
    /// only when the first piece has a capital.</summary>
    private (int Last, int Node) Joined(TextTokens tokens, int at)
    {
        var words = tokens.Words;
        var result = (-1, -1);

        // Pieces of one name keep the name's capital: "fair weather" is not "Fairweather".
        if (!words[at].Capitalised)
        {
            return result;
        }

        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var hash = FoldedHash.Start;

        for (var k = at; k < words.Count && k < at + 3; k++)
        {
            var folded = tokens.Folded(words[k]);
            if ((k > at && !IsSplit(tokens.Gap(k - 1))) || length + folded.Length > buffer.Length || length + folded.Length > longestWord)
            {
                break;
            }

            folded.CopyTo(buffer[length..]);
            length += folded.Length;
            hash = FoldedHash.Continue(hash, folded);
            if (k > at && IdOf(buffer[..length], hash) is var id and >= 0 && Edge(0, id) is var node and >= 0
                && nodes[node] is { } forms && forms.Exists(f => f.Kind is FormKind.Name or FormKind.Alias && !f.Weak))
            {
                result = (k, node);
            }
        }

        return result;
    }

    private Candidate FromForms(TextTokens tokens, int at, int last, List<Form> forms, bool strippedAtEnd)
    {
        var text = tokens.Text;
        var end = tokens.Words[last].End + tokens.Words[last].Possessive;
        var possessive = tokens.Words[last].Possessive > 0 || strippedAtEnd;
        var kind = forms.Min(f => f.Kind);
        var owners = forms.Where(f => f.Kind == kind).Select(f => f.Owner).Distinct().ToList();
        var s = possessive ? (tokens.Words[last].Possessive > 0 ? text[tokens.Words[last].End] : '\'') + "s" : string.Empty;
        switch (kind)
        {
            case FormKind.Detail:
                var detail = details[owners[0]];
                // A final "s" read off ("St Aidans") may belong to the name: only a written possessive is kept.
                return new Candidate(tokens.Words[at].Start, end, DisclosureRule.IdentifyingDetail,
                    detail.Replacement + (tokens.Words[last].Possessive > 0 ? s : string.Empty),
                    $"It is {DetailWords(detail.Kind)} the review team recorded as identifying.");
            case FormKind.Address:
                var whose = Identifying.Owners(owners.Select(o => people[o].Pseudonym));
                return new Candidate(tokens.Words[at].Start, end, DisclosureRule.Address, GenericIdentifiers.AddressRemoved,
                    $"It is part of the address of {whose}.");
            default:
                var rule = kind == FormKind.Name ? DisclosureRule.Name : DisclosureRule.Alias;
                return ForPeople(tokens.Words[at].Start, end, rule, owners, s);
        }
    }

    private Candidate ForPeople(int start, int end, DisclosureRule rule, IReadOnlyList<int> owners, string possessive)
    {
        if (owners.Count > 1)
        {
            var all = Identifying.Owners(owners.Select(o => people[o].Pseudonym));
            return new Candidate(start, end, rule, NameRemoved + possessive, $"It is a name of more than one person on the register ({all}).",
                People: owners, Possessive: possessive);
        }

        var pseudonym = people[owners[0]].Pseudonym;
        var why = rule switch
        {
            DisclosureRule.Alias => $"It is a nickname or other name of {pseudonym}.",
            DisclosureRule.Misspelling => $"It is one letter away from a name of {pseudonym}.",
            DisclosureRule.Initials => $"They are the initials of {pseudonym}.",
            _ => $"It is a name of {pseudonym}, who is on the review's people register.",
        };
        return new Candidate(start, end, rule, pseudonym + possessive, why, People: owners, Possessive: possessive);
    }

    private static string DetailWords(IdentifyingDetailKind kind) => kind switch
    {
        IdentifyingDetailKind.School => "a school",
        IdentifyingDetailKind.Nursery => "a nursery",
        IdentifyingDetailKind.GpPractice => "a GP practice",
        IdentifyingDetailKind.Hospital => "a hospital",
        IdentifyingDetailKind.Place => "a place",
        IdentifyingDetailKind.Condition => "a condition",
        _ => "a detail",
    };

    /// <summary>What may come between the words of one registered name or address.</summary>
    private static bool JoiningGap(ReadOnlySpan<char> gap, int wordBefore, out bool comma)
    {
        comma = gap.Contains(',');
        if (gap.Length is 0 or > 4 || gap.ContainsAnyExcept(" \t\n\r-‐‑'’,."))
        {
            return false;
        }

        // A full stop only after a short word ("St. Aidan's", "Dr. Patel"), never between sentences.
        return !gap.Contains('.') || wordBefore <= 2;
    }

    /// <summary>Whether a gap could split one name: spaces, a line break or a hyphen, and nothing else.</summary>
    private static bool IsSplit(ReadOnlySpan<char> gap) => gap.Length is > 0 and <= 3 && !gap.ContainsAnyExcept(" \t\n\r-‐‑");
}
