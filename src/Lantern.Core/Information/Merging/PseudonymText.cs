using System.Text;

namespace Lantern.Core.Information.Merging;

/// <summary>One person of the register as the pseudonymiser needs them.</summary>
public sealed record RegisteredNames(Guid PersonId, string RealName, IReadOnlyList<string> Aliases, string Pseudonym,
    DateOnly? DateOfBirth = null, string? Address = null);

/// <summary>
/// Puts pseudonyms in place of every form of a registered person's name, for anything that leaves the review
/// or shows entries by pseudonym. The forms of a name are built from the real name and every other name (notes
/// in brackets left out): the whole name; each of its words alone (first name, middle names, surname) and each
/// part of a hyphenated word ("Smith" of "Smith-Jones"), except titles and small words such as "de"; and the
/// initials of a name of two words or more ("J.S.", "J S", "JS").
///
/// Rules, safety first (no form of a registered name may remain):
/// - Whole words only, folded (case and accents ignored), never inside another word, and never half of a
///   hyphenated word: "Mary" is not replaced inside "Mary-Jane" (a different name, listed on the people page
///   as a name that matches nobody), and "Mary-Jane" is replaced whole.
/// - Every occurrence, the longest form first ("Sam Smith" before "Sam"); "Sam's" becomes "Child A's".
/// - A form more than one person has (two Smiths) is replaced by <see cref="SharedMarker"/>: naming either
///   person's pseudonym could be wrong, and keeping the word would leave a real name.
/// - Initials only when written in capitals, only when they belong to one person, and never when they are an
///   abbreviation agencies use (<see cref="NameWords.IsAbbreviation"/>: "GP", "SW", "DV"...), so "JS" may still
///   be left where it means something else than the person, but "GP" is never read as Gary Price.
/// - Two replacements by the same pseudonym with only spaces between become one ("Kelly Smith" is "Mother", not
///   "Mother Mother" when only "Kelly" and "Smith" are registered forms).
/// - A registered date of birth, in any of the forms agencies write dates (<see cref="BirthDateText"/>), becomes
///   "[date of birth of Child A]"; a registered address or postcode (<see cref="AddressText"/>) becomes
///   "[address of Mother]". Names inside a replaced address go with it.
/// Built once per download, then one pass over each text. People not on the register, and addresses and dates of
/// birth not recorded there, are not found: the text still needs reading before it leaves the review.
/// </summary>
public sealed partial class PseudonymText
{
    /// <summary>What is replaced, and what is not, in the words pages and documents use wherever entries are shown with
    /// pseudonyms: nothing may claim more than this does.</summary>
    public const string WhatIsReplaced = "Names, dates of birth and addresses of people on the people register are replaced with their pseudonyms; check the text for anyone not on the register.";

    /// <summary>What replaces a form of a name two or more people share.</summary>
    public const string SharedMarker = "[name]";

    private readonly Dictionary<string, List<Form>> byFirstWord = new(StringComparer.Ordinal);
    private readonly BirthDateText births;
    private readonly AddressText addresses;

    public PseudonymText(IEnumerable<RegisteredNames> register)
    {
        var people = register.ToList();
        births = new BirthDateText(people.Select(p => (p.DateOfBirth, p.Pseudonym)));
        addresses = new AddressText(people.Select(p => (p.Address, p.Pseudonym)));
        var owners = new Dictionary<string, (HashSet<Guid> People, string[] Words, bool Initials)>(StringComparer.Ordinal);
        var pseudonyms = new Dictionary<Guid, string>();
        foreach (var person in people)
        {
            pseudonyms[person.PersonId] = person.Pseudonym;
            foreach (var (words, initials) in FormsOf(person))
            {
                var key = (initials ? "^" : string.Empty) + string.Join(' ', words);
                if (!owners.TryGetValue(key, out var owner))
                {
                    owners[key] = owner = ([], words, initials);
                }

                owner.People.Add(person.PersonId);
            }
        }

        foreach (var (_, (owner, words, initials)) in owners)
        {
            var replacement = owner.Count == 1 ? pseudonyms[owner.First()] : SharedMarker;
            if (!byFirstWord.TryGetValue(words[0], out var forms))
            {
                byFirstWord[words[0]] = forms = [];
            }

            forms.Add(new Form(words, initials, replacement));
        }

        foreach (var forms in byFirstWord.Values)
        {
            // Longest first; at the same length a name before initials.
            forms.Sort((a, b) => b.Words.Length != a.Words.Length ? b.Words.Length.CompareTo(a.Words.Length) : a.Initials.CompareTo(b.Initials));
        }
    }

    /// <summary>Every form of a name this pseudonymiser replaces, folded (for tests and checks).</summary>
    public IEnumerable<string> Forms => byFirstWord.Values.SelectMany(f => f).Select(f => string.Join(' ', f.Words));

    /// <summary>The forms of one person's names: each a list of folded words, and whether it is initials.</summary>
    public static IEnumerable<(string[] Words, bool Initials)> FormsOf(RegisteredNames person)
    {
        var names = person.Aliases.Prepend(person.RealName)
            .Select(NameText.WithoutNotes)
            .Where(n => !string.IsNullOrWhiteSpace(n) && !NameWords.IsNotKnown(n))
            .ToList();
        foreach (var name in names)
        {
            var whole = Fold(name);
            if (whole.Length > 0 && !(whole.Length == 1 && whole[0].Length < 2))
            {
                yield return (whole, false);
            }

            // Each word alone: first name, middle names, surname, and the parts of hyphenated words.
            var spaced = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !NameWords.IsTitle(w))
                .ToList();
            foreach (var word in spaced)
            {
                var folded = Fold(word);
                if (folded.Length > 1)
                {
                    yield return (folded, false);
                }

                foreach (var part in folded)
                {
                    if (part.Length > 1 && !NameWords.IsParticle(part) && !NameWords.IsCommonWord(part))
                    {
                        yield return ([part], false);
                    }
                }
            }

            // Initials of a name of two words or more, titles and small words left out.
            var initialsOf = spaced.Where(w => !NameWords.IsParticle(w)).Select(Fold).Where(f => f.Length > 0).ToList();
            if (initialsOf.Count >= 2 && initialsOf.Count <= 4)
            {
                var letters = string.Concat(initialsOf.Select(f => f[0][0]));
                var withParts = string.Concat(initialsOf.SelectMany(f => f.Select(p => p[0])));
                foreach (var initials in new[] { letters, withParts }.Distinct(StringComparer.Ordinal))
                {
                    if (initials.Length <= 4 && !NameWords.IsAbbreviation(initials))
                    {
                        yield return ([initials], true);
                        yield return (initials.Select(c => c.ToString()).ToArray(), true);
                    }
                }
            }
        }
    }

    /// <summary>The text with every registered form of a name, date of birth and address replaced.</summary>
    public string Replace(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var found = Find(text);
        if (found.Count == 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var span in found)
        {
            output.Append(text, copied, span.Start - copied).Append(span.Replacement);
            copied = span.End;
        }

        return output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Where the text names a registered person or gives their date of birth or address, in order and
    /// not overlapping: dates of birth and addresses first, then names outside them.</summary>
    public IReadOnlyList<IdentifyingText> Find(string text)
    {
        var found = new List<IdentifyingText>();
        foreach (var span in births.Find(text).Concat(addresses.Find(text)).OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (found.Count == 0 || span.Start >= found[^1].End)
            {
                found.Add(span);
            }
        }

        var names = FindNames(text).Where(n => !found.Any(f => n.Start < f.End && f.Start < n.End)).ToList();
        return names.Count == 0 ? found : [.. found.Concat(names).OrderBy(s => s.Start)];
    }

    private List<IdentifyingText> FindNames(string text)
    {
        var spans = new List<IdentifyingText>();
        if (byFirstWord.Count == 0)
        {
            return spans;
        }

        var words = NameText.Words(text);
        var i = 0;
        while (i < words.Count)
        {
            var form = words[i].JoinedToPrevious ? null : Find(text, words, i);
            if (form is null)
            {
                i++;
                continue;
            }

            var start = words[i].Start;
            var last = words[i + form.Words.Length - 1];
            var end = last.Start + last.Length;
            if (form.Initials && InitialsFullStop(text, end))
            {
                end++;
            }

            if (spans.Count > 0 && spans[^1].Replacement == form.Replacement && string.IsNullOrWhiteSpace(text[spans[^1].End..start]))
            {
                // "Kelly Smith" where only "Kelly" and "Smith" are forms: one pseudonym, not two.
                spans[^1] = spans[^1] with { End = end };
            }
            else
            {
                spans.Add(new IdentifyingText(start, end, IdentifyingKind.Name, form.Replacement));
            }

            i += form.Words.Length;
        }

        return spans;
    }
}
