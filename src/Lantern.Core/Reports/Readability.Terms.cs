using System.Text.RegularExpressions;
using Lantern.Core.Disclosure;

namespace Lantern.Core.Reports;

/// <summary>
/// Terms a reader outside safeguarding may not know. An acronym (two or more capitals, "MASH", "ICPC", "CPs") counts as
/// explained when the text spells it out in either usual way, "Multi-Agency Safeguarding Hub (MASH)" (the words before
/// the bracket start with its letters, small words such as "and" and "of" allowed between) or "MASH (Multi-Agency
/// Safeguarding Hub)", or when a glossary term contains it. Capitals everyone knows ("UK", "NHS", "GP"), Roman
/// numerals, ordinary words in capitals ("NOT") and paragraphs written all in capitals (headings) are left alone. The
/// jargon is Lantern's own short list of safeguarding words and phrases, counted unless the glossary has them.
/// </summary>
public static partial class Readability
{
    /// <summary>Safeguarding jargon: the name shown, and the pattern that finds it and its usual variants.</summary>
    public static readonly IReadOnlyList<(string Term, string Pattern)> Jargon =
    [
        ("strategy discussion", @"strategy\s+(?:discussion|meeting)s?"),
        ("section 47", @"(?:section|s\.?)\s?47\b(?:\s+enquir(?:y|ies))?"),
        ("section 17", @"(?:section|s\.?)\s?17\b"),
        ("section 20", @"(?:section|s\.?)\s?20\b"),
        ("threshold", @"thresholds?"),
        ("step down", @"step(?:s|ped|ping)?[\s\-]+down"),
        ("step up", @"step(?:s|ped|ping)?[\s\-]+up\s+to"),
        ("core group", @"core\s+groups?"),
        ("child in need", @"child(?:ren)?\s+in\s+need"),
        ("early help", @"early\s+help"),
        ("team around the family", @"team\s+around\s+the\s+(?:family|child)"),
        ("no further action", @"no\s+further\s+action"),
        ("disguised compliance", @"disguised\s+compliance"),
        ("professional curiosity", @"professional\s+curiosity"),
        ("contextual safeguarding", @"contextual\s+safeguarding"),
        ("lead professional", @"lead\s+professionals?"),
        ("was not brought", @"(?:was|were)\s+not\s+brought"),
        ("public law outline", @"public\s+law\s+outline"),
        ("pre-proceedings", @"pre[\s\-]?proceedings"),
        ("legal planning meeting", @"legal\s+planning\s+meetings?"),
        ("graded care profile", @"graded\s+care\s+profile"),
        ("looked after", @"looked[\s\-]after\s+(?:child|children|status)"),
    ];

    private static readonly HashSet<string> WellKnown = new(StringComparer.Ordinal)
    {
        "UK", "NHS", "GP", "TV", "OK", "BBC", "A&E", "AM", "PM", "USA", "EU", "PDF", "ID", "COVID",
    };

    [GeneratedRegex(@"(?<![\p{L}&])[A-Z][A-Z&]*[A-Z](?:'?s)?(?![\p{L}&])", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymPattern();

    [GeneratedRegex(@"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "and", "of", "the", "for", "in", "on", "to", "with", "a", "at", "&" };

    private static List<UnexplainedTerm> Unexplained(List<string> texts, IEnumerable<string> glossary)
    {
        var glossed = glossary.Select(Folding.Fold).Where(g => g.Length > 0).ToList();
        var all = string.Join("\n", texts);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts.Where(t => !IsShouting(t)))
        {
            foreach (Match m in AcronymPattern().Matches(text))
            {
                var acronym = m.Value.EndsWith('s') ? m.Value.TrimEnd('s').TrimEnd('\'', '\u2019') : m.Value;
                if (acronym.Length >= 2 && !WellKnown.Contains(acronym) && !RomanNumeral().IsMatch(acronym)
                    && !(acronym.Length >= 3 && CommonWords.Contains(acronym.ToLowerInvariant())))
                {
                    counts[acronym] = counts.GetValueOrDefault(acronym) + 1;
                }
            }
        }

        var terms = new List<UnexplainedTerm>();
        foreach (var (acronym, count) in counts.OrderBy(c => all.IndexOf(c.Key, StringComparison.Ordinal)))
        {
            if (!IsExpanded(all, acronym) && !InGlossary(glossed, acronym))
            {
                terms.Add(new UnexplainedTerm(acronym, TermKind.Acronym, count,
                    $"Spell out \"{acronym}\" the first time it appears, with the letters in brackets after the words, or add it to the glossary."));
            }
        }

        foreach (var (term, pattern) in Jargon)
        {
            var count = Regex.Count(all, @"\b" + pattern + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (count > 0 && !InGlossary(glossed, term))
            {
                terms.Add(new UnexplainedTerm(term, TermKind.Jargon, count,
                    $"\"{term}\" is a safeguarding term many readers will not know. Say in a few words what it means the first time it is used, or add it to the glossary."));
            }
        }

        return terms;
    }

    private static bool InGlossary(List<string> glossed, string term)
    {
        var folded = Folding.Fold(term);
        return glossed.Exists(g => Regex.IsMatch(g, @"(?<![\p{L}\p{N}])" + Regex.Escape(folded) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    /// <summary>Whether the text spells the acronym out: "Words (ACR)" or "ACR (Words)".</summary>
    private static bool IsExpanded(string text, string acronym)
    {
        foreach (Match m in Regex.Matches(text, @"\(\s*" + Regex.Escape(acronym) + @"(?:'?s)?\s*\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            var before = Regex.Matches(text[Math.Max(0, m.Index - 200)..m.Index], @"[\p{L}&]+").Select(w => w.Value).ToList();
            if (InitialsFit(before, acronym))
            {
                return true;
            }
        }

        foreach (Match m in Regex.Matches(text, @"\b" + Regex.Escape(acronym) + @"(?:'?s)?\s*\(([^)]{3,200})\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            var words = Regex.Matches(m.Groups[1].Value, @"[\p{L}&]+").Select(w => w.Value).ToList();
            if (words.Count >= 2 && InitialsFit([.. words.AsEnumerable().Reverse().SkipWhile(w => SmallWords.Contains(w.ToLowerInvariant())).Reverse()], acronym))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the last words (hyphenated parts counted apart) start with the acronym's letters, in order,
    /// small words allowed between.</summary>
    private static bool InitialsFit(List<string> words, string acronym)
    {
        var parts = words.SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var letters = acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToList();
        var j = letters.Count - 1;
        for (var i = parts.Count - 1; i >= 0 && j >= 0; i--)
        {
            var part = parts[i].ToLowerInvariant();
            if (part[0] == letters[j])
            {
                j--;
            }
            else if (!SmallWords.Contains(part))
            {
                return false;
            }
        }

        return j < 0;
    }

    /// <summary>A paragraph written mostly in capitals, such as a heading: its words are not acronyms.</summary>
    private static bool IsShouting(string text)
    {
        var words = WordPattern().Matches(text).Select(m => m.Value).Where(w => w.Any(char.IsLetter)).ToList();
        return words.Count >= 3 && words.Count(w => w.Where(char.IsLetter).All(char.IsUpper)) > words.Count * 0.6;
    }
}
