namespace Lantern.Core.Information.Import;

/// <summary>The names one person is known by in the records: real name, aliases and variants, pseudonym.</summary>
public sealed record KnownNames(Guid PersonId, IEnumerable<string> Names);

/// <summary>A person found in a text, with the words that matched as they were written.</summary>
public readonly record struct NameMatch(Guid PersonId, string MatchedText);

/// <summary>
/// Finds people of the register in chronology text. Names are compared as whole words, ignoring case, accents
/// and punctuation ("ZOË O'Brien" matches "zoe o brien"), the longest name first, so "Sam Smith" is one match
/// rather than "Sam" and "Smith", and "Sam" never matches inside "Samuel" unless "Samuel" is itself one of the
/// names. A hyphenated name is one name: "Mary" is not found in "Mary-Jane" (<see cref="NameText"/>). Notes in
/// brackets in the register ("Sam (neighbour)") are not part of the name.
/// A name shared by two people links both: the reviewer can unlink the wrong one.
/// Built once per apply, then fast enough for 100,000 rows: words in plain letters are looked up by span, and
/// only words with accents or other letters are folded into a new string.
/// </summary>
public sealed class NameMatcher
{
    private readonly Dictionary<string, List<Candidate>> byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Candidate>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public NameMatcher(IEnumerable<KnownNames> people)
    {
        foreach (var person in people)
        {
            foreach (var written in person.Names)
            {
                var name = NameText.WithoutNotes(written);
                var words = NameText.Words(name).Select(w => NameText.FoldWord(name.AsSpan(w.Start, w.Length))).ToArray();
                if (words.Length == 0 || words.All(w => w.Length < 2))
                {
                    continue;
                }

                if (!byFirstWord.TryGetValue(words[0], out var candidates))
                {
                    byFirstWord[words[0]] = candidates = [];
                }

                if (!candidates.Any(c => c.PersonId == person.PersonId && c.Words.SequenceEqual(words, StringComparer.Ordinal)))
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

    // One list of words per thread, reused for every text: matching a whole chronology allocates almost nothing.
    [ThreadStatic]
    private static List<NameWord>? reusable;

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

            var words = NameText.Words(text, reusable ??= []);
            var i = 0;
            while (i < words.Count)
            {
                var matchedLength = 0;
                if (!words[i].JoinedToPrevious && TryFind(text, words[i], out var candidates))
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

    private bool TryFind(string text, NameWord word, out List<Candidate> candidates)
    {
        var span = text.AsSpan(word.Start, word.Length);
        if (word.Plain)
        {
            return lookup.TryGetValue(span, out candidates!);
        }

        Span<char> buffer = stackalloc char[128];
        return NameText.TryFoldWord(span, buffer, out var written)
            ? lookup.TryGetValue(buffer[..written], out candidates!)
            : byFirstWord.TryGetValue(NameText.FoldWord(span), out candidates!);
    }

    private static bool Matches(string text, List<NameWord> words, int at, string[] name)
    {
        if (at + name.Length > words.Count || !NameText.IsWhole(words, at, name.Length))
        {
            return false;
        }

        for (var k = 1; k < name.Length; k++)
        {
            var word = words[at + k];
            if (!NameText.SameWord(text.AsSpan(word.Start, word.Length), word.Plain, name[k]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Candidate(Guid PersonId, string[] Words);
}
