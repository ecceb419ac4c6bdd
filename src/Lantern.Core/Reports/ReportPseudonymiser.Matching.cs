using Lantern.Core.Information;

namespace Lantern.Core.Reports;

/// <summary>
/// How names are found in a paragraph. A name two or more people share ("Marsh" for a mother and a grandfather) is
/// given to one of them only where the text says which. A surname alone is never the subject's (writers call the child
/// by first name) while someone else has it too. Then a title that fits only one of them ("Mr Marsh" where one is a
/// grandfather and the other a mother, read from their relationships), or else the one of them named most recently
/// before it in the same text (how a reader would take it). Where neither tells, it becomes
/// <see cref="UnresolvedName"/> with a note, for the writer to settle: naming the wrong person in a published report
/// is an error of fact, and keeping the word would leave a real name.
/// </summary>
public sealed partial class ReportPseudonymiser
{
    private IEnumerable<Found> FindNames(string text, List<Found> taken)
    {
        var found = new List<Found>();
        if (formsByFirstWord.Count == 0)
        {
            return found;
        }

        var words = NameText.Words(text);
        var lastNamed = new Dictionary<int, int>();
        var i = 0;
        while (i < words.Count)
        {
            var (form, count) = words[i].JoinedToPrevious ? (null, 0) : FindForm(text, words, i);
            var start = words[i].Start;
            var end = form is null ? 0 : words[i + count - 1].Start + words[i + count - 1].Length;
            if (form is null || !IsFree(taken, start, end) || (form.Weak && ReadsAsMonth(text, words, i, form)))
            {
                i++;
                continue;
            }

            if (form.Initials && InitialsFullStop(text, end))
            {
                end++;
            }

            var title = i > 0 && NameWords.IsTitle(text.Substring(words[i - 1].Start, words[i - 1].Length))
                && IsTitleGap(text.AsSpan(words[i - 1].Start + words[i - 1].Length, start - words[i - 1].Start - words[i - 1].Length))
                && IsFree(taken, words[i - 1].Start, start)
                ? text.Substring(words[i - 1].Start, words[i - 1].Length)
                : null;
            if (title is not null)
            {
                start = words[i - 1].Start;
            }

            var (person, rule, note) = Choose(form, title, lastNamed);
            var replacement = person >= 0 ? PseudonymOf(person) : UnresolvedName;
            if (end < text.Length && text[end] is '\'' or '\u2019' && char.ToLowerInvariant(text[end - 1]) == 's'
                && (end + 1 == text.Length || !NameText.IsWordChar(text[end + 1])))
            {
                // "James'": the apostrophe goes with the name, and comes back as the pseudonym needs it ("Father's").
                replacement += replacement.EndsWith('s') ? text[end].ToString() : text[end] + "s";
                end++;
            }

            found.Add(new Found(start, end, replacement, rule, person >= 0 ? people[person].Id : null, null, note, person));
            if (person >= 0)
            {
                lastNamed[person] = start;
            }

            i += count;
        }

        return found;
    }

    /// <summary>The longest form of a name starting at word <paramref name="at"/>, and how many words of the text it
    /// takes; or a name split over a line break with a hyphen ("Kay-\nleigh"), which takes two.</summary>
    private (NameForm? Form, int Count) FindForm(string text, List<NameWord> words, int at)
    {
        if (formsByFirstWord.TryGetValue(NameText.FoldWord(text.AsSpan(words[at].Start, words[at].Length)), out var candidates))
        {
            foreach (var form in candidates)
            {
                if (Matches(text, words, at, form))
                {
                    return (form, form.Words.Length);
                }
            }
        }

        if (at + 1 < words.Count && IsBrokenWord(text, words[at], words[at + 1])
            && forms.TryGetValue(NameText.FoldWord(text.AsSpan(words[at].Start, words[at].Length)) + NameText.FoldWord(text.AsSpan(words[at + 1].Start, words[at + 1].Length)), out var joined)
            && !joined.Initials && (at + 2 >= words.Count || !words[at + 2].JoinedToPrevious))
        {
            return (joined, 2);
        }

        return (null, 0);
    }

    private static bool Matches(string text, List<NameWord> words, int at, NameForm form)
    {
        if (at + form.Words.Length > words.Count || !NameText.IsWhole(words, at, form.Words.Length))
        {
            return false;
        }

        for (var k = 0; k < form.Words.Length; k++)
        {
            var word = words[at + k];
            var span = text.AsSpan(word.Start, word.Length);
            if (!NameText.SameWord(span, word.Plain, form.Words[k]))
            {
                return false;
            }

            var gap = k == 0 ? default : text.AsSpan(words[at + k - 1].Start + words[at + k - 1].Length, word.Start - words[at + k - 1].Start - words[at + k - 1].Length);
            if (form.Initials && (!IsCapitals(span) || (k > 0 && !IsInitialsGap(gap))))
            {
                return false;
            }

            if (!form.Initials && k > 0 && !IsNameGap(gap))
            {
                return false;
            }

            if (form.Weak && !HasCapital(span))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> BeforeMonths = new(StringComparer.Ordinal)
    {
        "in", "of", "since", "until", "till", "by", "from", "during", "through", "early", "late", "mid", "last", "next", "this", "that", "each", "every",
    };

    /// <summary>Whether a name that is also a month ("May", "June") is the month here: after "in", "since", "early" and
    /// the like, or before a year ("May 2023").</summary>
    private static bool ReadsAsMonth(string text, List<NameWord> words, int at, NameForm form)
    {
        if (form.Words.Length != 1 || !Disclosure.CommonWords.IsMonth(form.Words[0]))
        {
            return false;
        }

        var before = at > 0 ? NameText.FoldWord(text.AsSpan(words[at - 1].Start, words[at - 1].Length)) : string.Empty;
        var after = at + 1 < words.Count ? text.AsSpan(words[at + 1].Start, words[at + 1].Length) : default;
        return BeforeMonths.Contains(before) || (after.Length == 4 && int.TryParse(after, out var year) && year is > 1900 and < 2100);
    }

    /// <summary>Which of the form's owners the text means, by which rule, and a note where a choice was made.</summary>
    private (int Person, ReplacementRule Rule, string? Note) Choose(NameForm form, string? title, Dictionary<int, int> lastNamed)
    {
        if (form.Owners.Count == 1)
        {
            return (form.Owners[0].Person, form.Owners[0].Rule, null);
        }

        var rule = form.Owners[0].Rule;
        var owners = form.Owners.Select(o => o.Person).ToList();
        if (form.Owners.All(o => o.Rule == ReplacementRule.Surname) && owners.Exists(p => people[p].Category != PersonCategory.Subject))
        {
            // Writers call a child by first name: a surname standing alone means one of the adults.
            owners.RemoveAll(p => people[p].Category == PersonCategory.Subject);
            if (owners.Count == 1 && title is null)
            {
                return (owners[0], rule, $"More than one person has this name; taken as {PseudonymOf(owners[0])}, as a surname alone is not used for the child.");
            }
        }

        if (GenderOfTitle(title) is { } gender)
        {
            var fitting = owners.Where(p => GenderOf(people[p]) == gender).ToList();
            if (fitting.Count == 1)
            {
                return (fitting[0], rule, $"More than one person has this name; the title fits only {PseudonymOf(fitting[0])}.");
            }

            var unknown = owners.Where(p => GenderOf(people[p]) is null).ToList();
            owners = fitting.Count > 1 ? fitting : unknown.Count > 0 ? unknown : owners;
        }

        var recent = owners.Where(lastNamed.ContainsKey).OrderByDescending(p => lastNamed[p]).ToList();
        if (recent.Count > 0)
        {
            return (recent[0], rule, $"More than one person has this name; taken as {PseudonymOf(recent[0])}, the one of them named last before it. Check.");
        }

        return (-1, rule, $"More than one person has this name ({string.Join(", ", owners.Select(PseudonymOf))}) and the text does not say which. Write the right pseudonym in by hand.");
    }

    private static readonly HashSet<string> Female = new(StringComparer.Ordinal)
    {
        "mother", "mum", "stepmother", "stepmum", "grandmother", "nan", "nana", "gran", "grandma", "sister", "stepsister", "half-sister",
        "aunt", "auntie", "aunty", "daughter", "wife", "girlfriend", "niece", "great-grandmother",
    };

    private static readonly HashSet<string> Male = new(StringComparer.Ordinal)
    {
        "father", "dad", "stepfather", "stepdad", "grandfather", "grandad", "granddad", "grandpa", "brother", "stepbrother", "half-brother",
        "uncle", "son", "husband", "boyfriend", "nephew", "great-grandfather",
    };

    /// <summary>Whether a relationship says a person is a woman (true) or a man (false): read from its last word, so
    /// "Maternal grandmother" is a woman and "Mother's partner" is not known.</summary>
    private static bool? GenderOf(Person person)
    {
        var last = Folding.Fold(person.Relationship).Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        return Female.Contains(last) ? true : Male.Contains(last) ? false : null;
    }

    private static bool? GenderOfTitle(string? title) => Folding.Fold(title).TrimEnd('.') switch
    {
        "mrs" or "ms" or "miss" => true,
        "mr" => false,
        _ => null,
    };

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Between the words of a name: spaces and line breaks, with at most one hyphen ("Smith-\nJones").</summary>
    private static bool IsNameGap(ReadOnlySpan<char> gap)
    {
        var hyphens = 0;
        foreach (var c in gap)
        {
            if (c is '-' or '\u2010' or '\u2011')
            {
                hyphens++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return gap.Length > 0 && hyphens <= 1;
    }

    /// <summary>Between initials: a full stop, a space, or both ("K.M.", "K. M.", "K M").</summary>
    private static bool IsInitialsGap(ReadOnlySpan<char> gap) => gap.Length is > 0 and <= 3 && !gap.ContainsAnyExcept(". ");

    /// <summary>After a title: an optional full stop and spaces ("Mrs Marsh", "Dr. Okafor").</summary>
    private static bool IsTitleGap(ReadOnlySpan<char> gap) => gap.Length is > 0 and <= 3 && !gap.ContainsAnyExcept(". ") && gap.Contains(' ');

    /// <summary>A word broken at the end of a line with a hyphen, its second half in small letters ("Kay-\nleigh").</summary>
    private static bool IsBrokenWord(string text, NameWord first, NameWord second)
    {
        var gap = text.AsSpan(first.Start + first.Length, second.Start - first.Start - first.Length);
        return gap.Length >= 2 && gap[0] == '-' && gap[1..].ContainsAny('\n', '\r') && !gap[1..].ContainsAnyExcept(" \t\r\n") && char.IsLower(text[second.Start]);
    }

    /// <summary>Whether the full stop after initials belongs to them ("K.M. said"), not to the sentence ("seen by KM.").</summary>
    private static bool InitialsFullStop(string text, int end)
    {
        if (end >= text.Length || text[end] != '.')
        {
            return false;
        }

        var next = end + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && (char.IsLower(text[next]) || text[next] is ',' or ';' or ':' or ')');
    }
}
