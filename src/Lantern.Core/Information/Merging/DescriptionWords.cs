namespace Lantern.Core.Information.Merging;

/// <summary>
/// How alike two agencies' descriptions are, for duplicate detection: each description becomes a set of
/// words (folded, lightly stemmed, without common English words, numbers or the names matched in it), and
/// two sets are compared by weighted Jaccard, where a word counts more the fewer entries use it (inverse
/// document frequency over the descriptions read). So "joint visit", "bruise" and "nursery" weigh more than
/// "visit" or the child's name, which half the chronology shares.
/// </summary>
/// <remarks>Word sets are built once per detection, as sorted arrays of word numbers, so a comparison is one merge walk.</remarks>
public sealed class DescriptionWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "was", "were", "with", "for", "from", "has", "had", "have", "having", "this", "that", "these", "those",
        "not", "she", "her", "hers", "his", "him", "they", "them", "their", "theirs", "who", "whom", "which", "would", "could",
        "should", "about", "after", "before", "into", "onto", "also", "been", "being", "are", "but", "all", "any", "some", "said",
        "told", "there", "then", "than", "when", "what", "where", "will", "did", "does", "out", "over", "via", "per", "our",
        "its", "it's", "you", "your", "can", "may", "might", "must", "shall", "upon", "while", "again", "very", "just", "only",
        "such", "each", "both", "other", "more", "most", "same", "own", "how", "why", "because", "until", "during", "between",
        "through", "under", "off", "too", "yet", "nor", "one", "two", "today", "yesterday", "tomorrow", "am", "pm", "mr", "mrs",
        "miss", "ms", "dr", "see", "seen", "noted", "note", "notes", "record", "recorded", "states", "stated", "reports", "reported",
    };

    private readonly int[][] words;
    private readonly double[] weights;
    private readonly double[] totals;

    private DescriptionWords(int[][] words, double[] weights)
    {
        this.words = words;
        this.weights = weights;
        totals = new double[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var word in words[i])
            {
                totals[i] += weights[word];
            }
        }
    }

    /// <summary>The word sets of the given descriptions, in order, weighted by how rare each word is among them.</summary>
    /// <param name="names">For each description, the names to leave out (the words Lantern matched to people), or null.</param>
    /// <param name="wanted">Which descriptions will be compared (the others are not read and have no words); null for all.</param>
    public static DescriptionWords Of(IReadOnlyList<string?> descriptions, IReadOnlyList<IReadOnlyCollection<string>?> names, IReadOnlyList<bool>? wanted = null)
    {
        // Words are read into one buffer and looked up as spans, so a word already seen costs no new string.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();

        // Each word as read, to its number after stemming (or -1 for a common word), so most words cost one lookup.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenLookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = new List<int>();
        var sets = new int[descriptions.Count][];
        var scratch = new List<int>();
        var left = new HashSet<string>(StringComparer.Ordinal);
        var leftLookup = left.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[MaxWordLength];
        var read = 0;
        for (var i = 0; i < descriptions.Count; i++)
        {
            if (wanted is not null && !wanted[i])
            {
                sets[i] = [];
                continue;
            }

            read++;
            left.Clear();
            foreach (var name in names[i] ?? [])
            {
                foreach (var word in Words(name))
                {
                    left.Add(word);
                }
            }

            scratch.Clear();
            var text = descriptions[i].AsSpan();
            var start = -1;
            for (var c = 0; c <= text.Length; c++)
            {
                if (c < text.Length && (IsLetterOrDigit(text[c]) || (text[c] == '\'' && start >= 0)))
                {
                    start = start < 0 ? c : start;
                    continue;
                }

                if (start < 0)
                {
                    continue;
                }

                var length = Token(text[start..c], buffer);
                start = -1;
                if (length == 0 || (left.Count > 0 && leftLookup.Contains(buffer.AsSpan(0, length))))
                {
                    continue;
                }

                if (!seenLookup.TryGetValue(buffer.AsSpan(0, length), out var number))
                {
                    var raw = new string(buffer, 0, length);
                    if (StopWords.Contains(raw))
                    {
                        number = -1;
                    }
                    else
                    {
                        var stem = Stem(buffer.AsSpan(0, length));
                        if (!lookup.TryGetValue(stem, out number))
                        {
                            number = numbers.Count;
                            numbers.Add(stem.ToString(), number);
                            counts.Add(0);
                        }
                    }

                    seen.Add(raw, number);
                }

                if (number >= 0)
                {
                    scratch.Add(number);
                }
            }

            scratch.Sort();
            var set = new List<int>(scratch.Count);
            foreach (var number in scratch)
            {
                if (set.Count == 0 || set[^1] != number)
                {
                    set.Add(number);
                    counts[number]++;
                }
            }

            sets[i] = [.. set];
        }

        var n = Math.Max(1, read);
        var weights = counts.Select(df => Math.Log(1 + (n / (double)df))).ToArray();
        return new DescriptionWords(sets, weights);
    }

    /// <summary>Whether the description at <paramref name="index"/> has any words to compare.</summary>
    public bool HasWords(int index) => words[index].Length > 0;

    /// <summary>Weighted Jaccard of two descriptions' word sets: the weight of the words they share over the weight of all their words (0 to 1).</summary>
    public double Similarity(int a, int b)
    {
        var x = words[a];
        var y = words[b];
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        double shared = 0;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                shared += weights[x[i]];
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var union = totals[a] + totals[b] - shared;
        return union <= 0 ? 0 : shared / union;
    }

    /// <summary>The folded words of a text of three letters or more, leaving out numbers (before stemming).</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var buffer = new char[MaxWordLength];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (IsLetterOrDigit(text[i]) || (text[i] == '\'' && start >= 0)))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                var length = Token(text.AsSpan(start, i - start), buffer);
                start = -1;
                if (length > 0)
                {
                    yield return new string(buffer, 0, length);
                }
            }
        }
    }

    private const int MaxWordLength = 64;

    private static bool IsLetterOrDigit(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    /// <summary>Writes the folded word into <paramref name="buffer"/> and returns its length, or 0 when it is not a word to compare.</summary>
    private static int Token(ReadOnlySpan<char> span, Span<char> buffer)
    {
        span = span.TrimEnd('\'');
        if (span.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
        {
            span = span[..^2];
        }

        if (span.Length < 3 || span.Length > MaxWordLength)
        {
            return 0;
        }

        var letters = false;
        var ascii = true;
        foreach (var c in span)
        {
            letters |= char.IsLetter(c);
            ascii &= c < 128;
        }

        if (!letters)
        {
            return 0;
        }

        if (ascii)
        {
            return span.ToLowerInvariant(buffer);
        }

        var folded = Folding.Fold(span.ToString());
        if (folded.Length > buffer.Length)
        {
            return 0;
        }

        folded.CopyTo(buffer);
        return folded.Length;
    }

    // A light stemmer for English record-keeping: "visited", "visiting" and "visits" are one word, as are
    // "injuries" and "injury". Over-stemming is harmless here: both sides are stemmed the same way. It works in
    // place on the buffer the word was read into.
    private static ReadOnlySpan<char> Stem(Span<char> word)
    {
        if (word.Length > 5 && word.EndsWith("ies"))
        {
            word[^3] = 'y';
            return word[..^2];
        }

        if (word.Length > 5 && word.EndsWith("ing"))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed"))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] != 's')
        {
            return word[..^1];
        }

        return word;
    }
}
