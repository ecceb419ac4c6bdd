using System.Globalization;
using System.Text;

namespace Lantern.Core.Library;

/// <summary>One thing to find: a single word, or several words that must stand together in that order (a phrase).</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words)
{
    public bool IsPhrase => Words.Count > 1;

    public override string ToString() => IsPhrase ? $"\"{string.Join(' ', Words)}\"" : Words[0];
}

/// <summary>
/// What a person typed into the library's search box, read the way a search box is expected to read it: words,
/// and phrases in double quotes (curly quotes too), every word required. Nothing typed is ever passed to the database
/// as syntax: operators (AND, OR, NOT, NEAR), wildcards, brackets, colons, carets and minus signs are read as the
/// words around them or dropped, an unclosed quote runs to the end, and words in any script are kept (letters,
/// digits and combining marks, lower-cased). Long input is cut to <see cref="MostTerms"/> terms of at most
/// <see cref="LongestWord"/> characters, so a pasted page cannot make a slow query.
/// </summary>
public sealed class SearchText
{
    public const int MostTerms = 12;
    public const int LongestWord = 60;
    public const int MostWordsInAPhrase = 8;

    /// <summary>The most characters read from the box; the rest is ignored (and the person told).</summary>
    public const int LongestInput = 500;

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "and", "or", "not", "near" };

    private SearchText(IReadOnlyList<SearchTerm> terms, bool cut)
    {
        Terms = terms;
        WasCut = cut;
    }

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>Whether some of what was typed was left out for being too long or having too many terms.</summary>
    public bool WasCut { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>The words, for highlighting matches in the text shown.</summary>
    public IEnumerable<string> Words => Terms.SelectMany(t => t.Words).Distinct(StringComparer.Ordinal);

    public static SearchText Parse(string? typed)
    {
        var text = typed ?? string.Empty;
        var cut = text.Length > LongestInput;
        if (cut)
        {
            text = text[..LongestInput];
        }

        var terms = new List<SearchTerm>();
        var inQuote = false;
        var phrase = new List<string>();
        var word = new StringBuilder();
        var afterApostrophe = false;

        void EndWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            var w = word.ToString();
            word.Clear();
            var possessive = afterApostrophe && w == "s";
            afterApostrophe = false;
            if (possessive)
            {
                return;
            }

            if (w.Length > LongestWord)
            {
                w = w[..LongestWord];
                cut = true;
            }

            if (inQuote)
            {
                if (phrase.Count < MostWordsInAPhrase)
                {
                    phrase.Add(w);
                }
                else
                {
                    cut = true;
                }
            }
            else if (!Operators.Contains(w))
            {
                Add([w]);
            }
        }

        void EndPhrase()
        {
            if (phrase.Count > 0)
            {
                Add([.. phrase]);
            }

            phrase.Clear();
        }

        void Add(IReadOnlyList<string> words)
        {
            var term = new SearchTerm(words);
            if (terms.Exists(t => t.Words.SequenceEqual(words, StringComparer.Ordinal)))
            {
                return;
            }

            if (terms.Count == MostTerms)
            {
                cut = true;
                return;
            }

            terms.Add(term);
        }

        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (rune.Value is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB')
            {
                EndWord();
                if (inQuote)
                {
                    EndPhrase();
                }

                inQuote = !inQuote;
                continue;
            }

            if (IsWordPart(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (rune.Value is '\'' or '\u2019' && word.Length > 0)
            {
                // "child's" is the word "child" (the possessive is not worth a term of its own).
                EndWord();
                afterApostrophe = true;
            }
            else
            {
                EndWord();
            }
        }

        EndWord();
        EndPhrase();
        return new SearchText(terms, cut);
    }

    /// <summary>The terms as an SQLite FTS5 query: each word or phrase in double quotes (so no operator or column
    /// filter can be read into it), all required. Null when there is nothing to search for.</summary>
    public string? ToFts5()
    {
        if (IsEmpty)
        {
            return null;
        }

        return string.Join(" AND ", Terms.Select(t => "\"" + string.Join(' ', t.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    /// <summary>The terms as input for PostgreSQL's <c>websearch_to_tsquery</c>: words, and phrases in double
    /// quotes, all required. That function accepts any text without an error; this keeps it to words alone.</summary>
    public string? ToWebSearch()
    {
        if (IsEmpty)
        {
            return null;
        }

        return string.Join(' ', Terms.Select(t => t.IsPhrase ? $"\"{string.Join(' ', t.Words)}\"" : t.Words[0]));
    }

    /// <summary>For a LIKE scan (the baseline the search is measured against): each term as a pattern.</summary>
    public IReadOnlyList<string> ToLikePatterns() =>
        [.. Terms.Select(t => "%" + string.Join(' ', t.Words).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%")];

    private static bool IsWordPart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber => true,
        _ => false,
    };
}
