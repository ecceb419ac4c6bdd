using Lantern.Core.Information;

namespace Lantern.Core.Disclosure;

/// <summary>What a registered sequence of words stands for.</summary>
internal enum FormKind
{
    Name,
    Alias,
    Address,
    Detail,

    /// <summary>A pseudonym or a professional's role: never a hit, and the words in it are not read as names.</summary>
    Protected,
}

/// <summary>One registered sequence of words: whose it is (a person's or a detail's index, or -1), whether it is made
/// only of ordinary words (then it must look like a name to count), and whether a comma may come between its words
/// (addresses: "14, Acacia Road").</summary>
internal sealed record Form(FormKind Kind, int Owner, bool Weak, bool AllowsComma = false);

/// <summary>The register as one tree of folded words, with the indexes for misspellings and initials.</summary>
public sealed partial class DisclosureCheck
{
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabularyLookup;

    /// <summary>The tree's edges, keyed by the node and the next word's id; node 0 is the root.</summary>
    private readonly Dictionary<long, int> edges = [];

    /// <summary>The forms that end at each node (null where none does).</summary>
    private readonly List<List<Form>?> nodes = [];

    /// <summary>Registered names of four letters or more, and each with one letter deleted, for near misspellings.</summary>
    private readonly Dictionary<string, List<(string Word, int Person)>> fuzzy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Word, int Person)>>.AlternateLookup<ReadOnlySpan<char>> fuzzyLookup;

    /// <summary>Initials (folded: "km") and whose they are.</summary>
    private readonly Dictionary<string, HashSet<int>> initials = new(StringComparer.Ordinal);

    /// <summary>Words of pseudonyms and professionals' roles: a name part that is one of them only counts where it
    /// looks like a name.</summary>
    private readonly HashSet<string> labelWords = new(StringComparer.Ordinal);

    /// <summary>Words of the towns and districts in registered addresses: a school named after the town is not found
    /// by the town's name alone.</summary>
    private readonly HashSet<string> townWords = new(StringComparer.Ordinal);

    private readonly Dictionary<string, bool> weakWords = new(StringComparer.Ordinal);

    /// <summary>A bit per hash of a vocabulary word (2^16 bits): most words of a text are not in the vocabulary, and
    /// a clear bit says so without a dictionary lookup.</summary>
    private readonly ulong[] vocabularyFilter = new ulong[FilterMask + 1];

    private const uint FilterMask = 1023;

    private int longestWord;

    private void Register()
    {
        var reader = new TextTokens();
        foreach (var person in people)
        {
            foreach (var label in new[] { person.Pseudonym, person.ProfessionalRole })
            {
                labelWords.UnionWith(WordsOf(reader, label));
            }
        }

        for (var i = 0; i < people.Count; i++)
        {
            RegisterNames(reader, i);
            RegisterAddress(reader, i);
            if (people[i].DateOfBirth is { } born)
            {
                facts.AddBirth(born, people[i].Pseudonym);
            }
        }

        for (var i = 0; i < details.Count; i++)
        {
            RegisterDetail(reader, i);
        }

        foreach (var person in people)
        {
            foreach (var label in new[] { person.Pseudonym, person.ProfessionalRole })
            {
                if (WordsOf(reader, label) is { Length: > 0 } words)
                {
                    Add(words, new Form(FormKind.Protected, -1, false));
                }
            }
        }
    }

    private void RegisterNames(TextTokens reader, int person)
    {
        var names = people[person].Aliases.Select(a => (Name: a, Kind: FormKind.Alias)).Prepend((people[person].RealName, FormKind.Name));
        foreach (var (name, kind) in names)
        {
            var clean = NameText.WithoutNotes(name ?? string.Empty);
            if (string.IsNullOrWhiteSpace(clean) || NameWords.IsNotKnown(clean))
            {
                continue;
            }

            var words = WordsOf(reader, clean);
            var parts = words.Where(w => !IsTitle(w)).ToArray();
            if (parts.Length == 0)
            {
                continue;
            }

            if (words.Length >= 2)
            {
                Add(words, new Form(kind, person, words.All(IsWeak)));
            }

            // Each hyphenated word as a whole too ("Oduya-Grant", "ODUYA GRANT").
            foreach (var piece in clean.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(p => p.Contains('-')))
            {
                if (WordsOf(reader, piece) is { Length: >= 2 } joined)
                {
                    Add(joined, new Form(kind, person, joined.All(IsWeak)));
                }
            }

            if (parts.Length >= 2)
            {
                Add(parts, new Form(kind, person, parts.All(IsWeak)));

                // Written as one word: "Maryjane" for "Mary-Jane" or "Mary Jane".
                for (var k = 0; k + 1 < parts.Length; k++)
                {
                    Add([parts[k] + parts[k + 1]], new Form(kind, person, false));
                }

                RegisterInitials(parts, person);
            }

            foreach (var part in parts.Where(p => p.Length >= 2 && !IsParticle(p)))
            {
                var weak = IsWeak(part);
                Add([part], new Form(kind, person, weak));
                if (!weak && part.Length >= ShortestNearName && part.All(char.IsLetter))
                {
                    AddFuzzy(part, person);
                }
            }
        }
    }

    private void RegisterInitials(string[] parts, int person)
    {
        var letters = parts.Where(p => !IsParticle(p) && char.IsLetter(p[0])).Select(p => p[0]).ToArray();
        if (letters.Length is < 2 or > 4)
        {
            return;
        }

        foreach (var key in new[] { new string(letters), new string([letters[0], letters[^1]]) }.Distinct(StringComparer.Ordinal))
        {
            if (NameWords.IsAbbreviation(key) || CommonWords.Contains(key))
            {
                continue;
            }

            if (!initials.TryGetValue(key, out var owners))
            {
                initials[key] = owners = [];
            }

            owners.Add(person);
        }
    }

    private void AddFuzzy(string word, int person)
    {
        for (var k = -1; k < word.Length; k++)
        {
            var key = k < 0 ? word : string.Concat(word.AsSpan(0, k), word.AsSpan(k + 1));
            if (!fuzzy.TryGetValue(key, out var entries))
            {
                fuzzy[key] = entries = [];
            }

            if (!entries.Contains((word, person)))
            {
                entries.Add((word, person));
            }
        }
    }

    /// <summary>Whether a name part is an ordinary word too: short, common (or a common word with an "s": "Summers"), a
    /// month, or a word of a pseudonym or role.</summary>
    private bool IsWeak(string folded)
    {
        // Remembered per word: the register repeats surnames, and NameWords folds again on every call.
        if (!weakWords.TryGetValue(folded, out var weak))
        {
            weak = folded.Length < 3 || CommonWords.Contains(folded) || labelWords.Contains(folded) || NameWords.IsCommonWord(folded)
                || (folded.Length > 3 && folded[^1] == 's' && CommonWords.Contains(folded.AsSpan(0, folded.Length - 1)));
            weakWords[folded] = weak;
        }

        return weak;
    }

    private static bool IsTitle(string folded) => folded.Length <= 5 && NameWords.IsTitle(folded);

    private static bool IsParticle(string folded) => folded.Length <= 5 && NameWords.IsParticle(folded);

    /// <summary>Adds a sequence of folded words to the tree, ending in <paramref name="form"/>.</summary>
    private void Add(string[] words, Form form)
    {
        var node = 0;
        foreach (var word in words)
        {
            if (!vocabulary.TryGetValue(word, out var id))
            {
                vocabulary[word] = id = vocabulary.Count;
                longestWord = Math.Max(longestWord, word.Length);
                var hash = FoldedHash.Of(word);
                vocabularyFilter[(hash >> 6) & FilterMask] |= 1UL << (int)(hash & 63);
            }

            var key = ((long)node << 32) | (uint)id;
            if (!edges.TryGetValue(key, out var child))
            {
                child = nodes.Count;
                nodes.Add(null);
                edges[key] = child;
            }

            node = child;
        }

        var forms = nodes[node] ??= [];
        if (!forms.Contains(form))
        {
            forms.Add(form);
        }
    }

    /// <summary>The id of a folded word in the vocabulary, or -1; <paramref name="hash"/> is its <see cref="FoldedHash"/>.</summary>
    private int IdOf(ReadOnlySpan<char> folded, uint hash) =>
        (vocabularyFilter[(hash >> 6) & FilterMask] & (1UL << (int)(hash & 63))) != 0 && vocabularyLookup.TryGetValue(folded, out var id) ? id : -1;

    private int Edge(int node, int id) => id >= 0 && edges.TryGetValue(((long)node << 32) | (uint)id, out var child) ? child : -1;

    /// <summary>The folded words of a name, address or detail, read exactly as text is read.</summary>
    private static string[] WordsOf(TextTokens reader, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        reader.Read(text);
        var words = new string[reader.Words.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = reader.Folded(reader.Words[i]).ToString();
        }

        return words;
    }
}
