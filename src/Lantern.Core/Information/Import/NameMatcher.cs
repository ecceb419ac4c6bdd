namespace Lantern.Core.Information.Import;

/// <summary>The names one person is known by in the records: real name, aliases and variants, pseudonym.</summary>
public sealed record KnownNames(Guid PersonId, IEnumerable<string> Names);

/// <summary>A person found in a text, with the words that matched as they were written.</summary>
public readonly record struct NameMatch(Guid PersonId, string MatchedText);

/// <summary>
/// Finds people of the register in chronology text. Names are compared as whole words, ignoring case and
/// punctuation ("O'Brien" matches "o brien"), the longest name first, so "Sam Smith" is one match rather than
/// "Sam" and "Smith", and "Sam" never matches inside "Samuel" unless "Samuel" is itself one of the names.
/// A name shared by two people links both: the reviewer can unlink the wrong one.
/// Built once per apply, then fast enough for 100,000 rows: words are looked up by span, nothing is lowercased.
/// </summary>
public sealed class NameMatcher
{
    private readonly Dictionary<string, List<Candidate>> byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Candidate>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public NameMatcher(IEnumerable<KnownNames> people)
    {
        foreach (var person in people)
        {
            foreach (var name in person.Names)
            {
                var words = Words(name).Select(w => name.Substring(w.Start, w.Length)).ToArray();
                if (words.Length == 0 || words.All(w => w.Length < 2))
                {
                    continue;
                }

                if (!byFirstWord.TryGetValue(words[0], out var candidates))
                {
                    byFirstWord[words[0]] = candidates = [];
                }

                if (!candidates.Any(c => c.PersonId == person.PersonId && c.Words.SequenceEqual(words, StringComparer.OrdinalIgnoreCase)))
                {
                    candidates.Add(new Candidate(person.PersonId, words));
                }
            }
        }

        foreach (var candidates in byFirstWord.Values)
        {
            candidates.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsEmpty => byFirstWord.Count == 0;

    /// <summary>Everyone named in the texts, once each, with the first words that matched them.</summary>
    public IReadOnlyList<NameMatch> Match(params string?[] texts)
    {
        List<NameMatch>? found = null;
        if (IsEmpty)
        {
            return [];
        }

        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var words = Words(text);
            var i = 0;
            while (i < words.Count)
            {
                var matchedLength = 0;
                if (lookup.TryGetValue(text.AsSpan(words[i].Start, words[i].Length), out var candidates))
                {
                    foreach (var candidate in candidates)
                    {
                        if (matchedLength > candidate.Words.Length)
                        {
                            break;
                        }

                        if (Matches(text, words, i, candidate.Words))
                        {
                            matchedLength = candidate.Words.Length;
                            var last = words[i + matchedLength - 1];
                            found ??= [];
                            if (!found.Exists(m => m.PersonId == candidate.PersonId))
                            {
                                var matched = text[words[i].Start..(last.Start + last.Length)];
                                found.Add(new NameMatch(candidate.PersonId,
                                    matched.Length > EntryPerson.MatchedTextMaxLength ? matched[..EntryPerson.MatchedTextMaxLength] : matched));
                            }
                        }
                    }
                }

                i += Math.Max(1, matchedLength);
            }
        }

        return found ?? (IReadOnlyList<NameMatch>)[];
    }

    private static bool Matches(string text, List<(int Start, int Length)> words, int at, string[] name)
    {
        if (at + name.Length > words.Count)
        {
            return false;
        }

        for (var k = 1; k < name.Length; k++)
        {
            var (start, length) = words[at + k];
            if (!text.AsSpan(start, length).Equals(name[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The runs of letters and digits in the text: everything else separates words.</summary>
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
        }

        return words;
    }

    private sealed record Candidate(Guid PersonId, string[] Words);
}
