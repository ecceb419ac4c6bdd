using System.Text;

namespace Lantern.Core.Information;

/// <summary>One word of a text as names are read: where it starts, how long it is, and whether a hyphen joins it
/// to the word before ("Jane" in "Mary-Jane"), and whether it is written in plain ASCII letters and digits (so
/// ordinal-ignore-case comparison already folds it).</summary>
public readonly record struct NameWord(int Start, int Length, bool JoinedToPrevious, bool Plain);

/// <summary>
/// How Lantern reads names in text it did not write. A word is a run of letters and digits (with any accents
/// written as separate marks); a hyphen between two words joins them into one name, so "Mary" is never found
/// inside "Mary-Jane", while an apostrophe does not ("Sam's" is "Sam" and "s"). Words are compared folded
/// (<see cref="Folding"/>: case and accents ignored, "ZOË" is "zoe"), one character at a time so that matching a
/// hundred thousand rows allocates nothing for words written in plain letters.
/// </summary>
public static class NameText
{
    private static readonly string?[] FoldedChars = new string?[char.MaxValue + 1];

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static List<NameWord> Words(string text) => Words(text, []);

    /// <summary>The words of <paramref name="text"/>, in order, into <paramref name="words"/> (cleared first), so a
    /// caller reading many texts can reuse one list.</summary>
    public static List<NameWord> Words(string text, List<NameWord> words)
    {
        words.Clear();
        var start = -1;
        var plain = true;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inWord = c <= 0x7F ? char.IsAsciiLetterOrDigit(c) : IsWordChar(c);
            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                    plain = true;
                }

                plain &= c <= 0x7F;
            }
            else if (start >= 0)
            {
                var joined = start >= 2 && IsHyphen(text[start - 1]) && IsWordChar(text[start - 2]);
                words.Add(new NameWord(start, i - start, joined, plain));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Whether the words from <paramref name="first"/> for <paramref name="count"/> words make a whole
    /// name: they neither start nor end in the middle of a hyphenated name.</summary>
    public static bool IsWhole(List<NameWord> words, int first, int count) =>
        !words[first].JoinedToPrevious && (first + count >= words.Count || !words[first + count].JoinedToPrevious);

    /// <summary>Whether the word is written in plain ASCII letters and digits, so ordinal-ignore-case comparison
    /// already folds it.</summary>
    public static bool IsPlain(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The folded form of one word: lower case, accents removed.</summary>
    public static string FoldWord(ReadOnlySpan<char> word)
    {
        if (IsPlain(word))
        {
            return word.ToString().ToLowerInvariant();
        }

        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    /// <summary>Folds one word into <paramref name="destination"/> without allocating; false when it does not fit.</summary>
    public static bool TryFoldWord(ReadOnlySpan<char> word, Span<char> destination, out int written)
    {
        written = 0;
        foreach (var c in word)
        {
            var folded = FoldChar(c);
            if (!folded.AsSpan().TryCopyTo(destination[written..]))
            {
                return false;
            }

            written += folded.Length;
        }

        return true;
    }

    /// <summary>Whether a word of a text is the folded word of a name (<paramref name="folded"/>, from
    /// <see cref="FoldWord"/>).</summary>
    public static bool SameWord(ReadOnlySpan<char> word, bool plain, string folded) =>
        plain ? word.Equals(folded, StringComparison.OrdinalIgnoreCase) : SameFolded(word, folded);

    private static bool SameFolded(ReadOnlySpan<char> word, string folded)
    {
        Span<char> buffer = stackalloc char[128];
        return TryFoldWord(word, buffer, out var written)
            ? buffer[..written].SequenceEqual(folded)
            : string.Equals(FoldWord(word), folded, StringComparison.Ordinal);
    }

    /// <summary>The name without notes in brackets: "Sam (neighbour)" is "Sam".</summary>
    public static string WithoutNotes(string name)
    {
        if (name.IndexOfAny(['(', '[']) < 0)
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static bool IsWordChar(char c) =>
        c <= 0x7F ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static string FoldChar(char c)
    {
        // Written once per character ever seen; a race writes the same string twice, which is harmless.
        return FoldedChars[c] ??= c <= 0x7F ? char.ToLowerInvariant(c).ToString() : char.IsSurrogate(c) ? c.ToString() : Folding.Fold(c.ToString());
    }
}
