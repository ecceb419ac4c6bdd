namespace Lantern.Core.Information.Merging;

/// <summary>
/// How alike two agencies' descriptions are, for duplicate detection: each description becomes a set of
/// words (folded, lightly stemmed, without common English words, numbers or the names matched in it), and
/// two sets are compared by weighted Jaccard, where a word counts more the fewer entries use it (inverse
/// document frequency over the chronology). So "joint visit", "bruise" and "nursery" weigh more than
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
    public static DescriptionWords Of(IReadOnlyList<string?> descriptions, IReadOnlyList<IReadOnlyCollection<string>?> names)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var sets = new int[descriptions.Count][];
        var scratch = new List<int>();
        var left = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < descriptions.Count; i++)
        {
            left.Clear();
            foreach (var name in names[i] ?? [])
            {
                foreach (var word in Words(name))
                {
                    left.Add(word);
                }
            }

            scratch.Clear();
            foreach (var word in Words(descriptions[i]))
            {
                if (StopWords.Contains(word) || left.Contains(word))
                {
                    continue;
                }

                var stem = Stem(word);
                if (!numbers.TryGetValue(stem, out var number))
                {
                    number = numbers.Count;
                    numbers[stem] = number;
                    counts.Add(0);
                }

                scratch.Add(number);
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

        var n = Math.Max(1, descriptions.Count);
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

    /// <summary>The folded words of a text of three letters or more, leaving out numbers.</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && start >= 0));
            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var word = Token(text.AsSpan(start, i - start));
                start = -1;
                if (word is not null)
                {
                    yield return word;
                }
            }
        }
    }

    private static string? Token(ReadOnlySpan<char> span)
    {
        span = span.TrimEnd('\'');
        if (span.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
        {
            span = span[..^2];
        }

        if (span.Length < 3)
        {
            return null;
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
            return null;
        }

        return ascii ? span.ToString().ToLowerInvariant() : Folding.Fold(span.ToString());
    }

    // A light stemmer for English record-keeping: "visited", "visiting" and "visits" are one word, as are
    // "injuries" and "injury". Over-stemming is harmless here: both sides are stemmed the same way.
    private static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
