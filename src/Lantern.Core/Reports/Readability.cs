using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantern.Core.Reports;

/// <summary>What kind of term a reader may not know.</summary>
public enum TermKind
{
    /// <summary>Capitals standing for words ("MASH", "LADO").</summary>
    Acronym,

    /// <summary>A safeguarding word or phrase from <see cref="Readability.Jargon"/>.</summary>
    Jargon,
}

/// <summary>A term used but neither explained in the text nor in the glossary, how often, and what to do about it.</summary>
public sealed record UnexplainedTerm(string Term, TermKind Kind, int Count, string Advice);

/// <summary>How easy a section is to read: counts, sentence lengths, the Flesch reading ease and the terms left
/// unexplained, with advice in plain words. Advice only: nothing here stops a report being issued.</summary>
public sealed record ReadabilityFigures(
    int Sentences,
    int Words,
    double MeanSentenceLength,
    int LongestSentenceLength,
    string? LongestSentence,
    double ShareOfLongSentences,
    double FleschReadingEase,
    IReadOnlyList<UnexplainedTerm> Unexplained,
    IReadOnlyList<string> Advice);

/// <summary>
/// Reads a section for length and plain language. Sentences end at a full stop, question or exclamation mark followed
/// by a space and a capital, digit or quote (not after "Mr.", "Dr.", "e.g." and similar), and at the end of every
/// paragraph, so headings and list items count as one each. Syllables are estimated from groups of vowels, the usual
/// way for English (a silent final "e" and "-es"/"-ed" endings left out), close enough for the Flesch reading ease:
/// 206.835 − 1.015 × words per sentence − 84.6 × syllables per word (higher is easier; 60 to 70 is plain English).
/// </summary>
public static partial class Readability
{
    /// <summary>A sentence longer than this is counted as long.</summary>
    public const int LongSentenceWords = 25;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$", RegexOptions.CultureInvariant)]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]+", RegexOptions.CultureInvariant)]
    private static partial Regex VowelGroups();

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "approx", "e.g", "i.e", "eg", "ie", "cf", "para", "ref", "dept", "nos", "tel",
    };

    /// <summary>The figures and advice for a section, paragraph by paragraph; <paramref name="glossary"/> holds the terms
    /// the report's glossary explains ("MASH", "Strategy discussion: a meeting...").</summary>
    public static ReadabilityFigures Measure(IEnumerable<string> paragraphs, IEnumerable<string>? glossary = null)
    {
        var texts = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var sentences = texts.SelectMany(Sentences).ToList();
        var lengths = sentences.Select(s => WordPattern().Matches(s).Count).Where(n => n > 0).ToList();
        var words = lengths.Sum();
        var syllables = texts.SelectMany(t => WordPattern().Matches(t)).Sum(m => Syllables(m.Value));
        var longest = lengths.Count == 0 ? 0 : lengths.Max();
        var longestSentence = longest == 0 ? null : sentences.First(s => WordPattern().Matches(s).Count == longest);
        var mean = lengths.Count == 0 ? 0 : (double)words / lengths.Count;
        var share = lengths.Count == 0 ? 0 : (double)lengths.Count(n => n > LongSentenceWords) / lengths.Count;
        var flesch = words == 0 ? 0 : 206.835 - (1.015 * mean) - (84.6 * syllables / words);
        var unexplained = Unexplained(texts, glossary ?? []);
        return new ReadabilityFigures(lengths.Count, words, Math.Round(mean, 1), longest, longestSentence, Math.Round(share, 3),
            Math.Round(flesch, 1), unexplained, Advise(lengths, mean, share, flesch, longest, longestSentence, unexplained));
    }

    /// <summary>The sentences of one paragraph.</summary>
    public static IReadOnlyList<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?') || EndsInAbbreviation(paragraph, start, i))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '"' or '\u201D' or '\'' or '\u2019' or ')' or '.' or '!' or '?')
            {
                end++;
            }

            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
            {
                next++;
            }

            if (next == paragraph.Length || (next > end && (char.IsUpper(paragraph[next]) || char.IsDigit(paragraph[next]) || paragraph[next] is '"' or '\u201C' or '\'' or '\u2018' or '(')))
            {
                Add(sentences, paragraph[start..end]);
                start = next;
                i = next - 1;
            }
        }

        Add(sentences, paragraph[start..]);
        return sentences;
    }

    /// <summary>An estimate of the syllables in one English word (at least one).</summary>
    public static int Syllables(string word)
    {
        var letters = new string([.. word.ToLowerInvariant().Where(char.IsAsciiLetter)]);
        if (letters.Length == 0)
        {
            return 1;
        }

        if (letters.Length <= 3)
        {
            return 1;
        }

        var trimmed = SilentEnding().Replace(letters, m => m.Value[..1]);
        trimmed = trimmed.StartsWith('y') ? trimmed[1..] : trimmed;
        return Math.Max(1, VowelGroups().Matches(trimmed).Count);
    }

    private static void Add(List<string> sentences, string sentence)
    {
        if (!string.IsNullOrWhiteSpace(sentence))
        {
            sentences.Add(sentence.Trim());
        }
    }

    private static bool EndsInAbbreviation(string text, int start, int stop)
    {
        var from = stop;
        while (from > start && (char.IsLetter(text[from - 1]) || text[from - 1] == '.'))
        {
            from--;
        }

        var word = text[from..stop];
        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase))
        {
            // "No. 4" numbers something; "She said no." ends a sentence.
            var next = stop + 1;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            return next < text.Length && char.IsDigit(text[next]);
        }

        return Abbreviations.Contains(word);
    }

    private static List<string> Advise(List<int> lengths, double mean, double share, double flesch, int longest, string? longestSentence,
        IReadOnlyList<UnexplainedTerm> unexplained)
    {
        var advice = new List<string>();
        if (lengths.Count == 0)
        {
            return advice;
        }

        if (mean > 20)
        {
            advice.Add($"Sentences here average {Whole(mean)} words. Most readers outside safeguarding manage 15 to 20 more easily: split the longest ones.");
        }

        if (share > 0.2)
        {
            advice.Add($"{lengths.Count(n => n > LongSentenceWords)} of {lengths.Count} sentences run to more than {LongSentenceWords} words. Try one point per sentence.");
        }

        if (longest > 40 && longestSentence is not null)
        {
            var opening = string.Join(' ', longestSentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6));
            advice.Add($"The longest sentence has {longest} words (it starts \"{opening}…\"). Consider making it two or three.");
        }

        if (flesch < 50)
        {
            advice.Add($"The reading ease score is {Whole(flesch)}, which most readers find hard going. Shorter sentences and everyday words will raise it; plain English usually scores 60 or more.");
        }

        advice.AddRange(unexplained.Select(u => u.Advice));
        return advice;
    }

    private static string Whole(double value) => Math.Round(value).ToString("0", CultureInfo.InvariantCulture);
}
