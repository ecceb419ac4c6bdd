using Lantern.Core.Disclosure;
using Lantern.Core.Information;

namespace Lantern.Core.Reports;

/// <summary>The forms of each registered name the pseudonymiser looks for.</summary>
public sealed partial class ReportPseudonymiser
{
    /// <summary>One form of a name as folded words; whose it is (and by which rule for each); whether it is initials
    /// (matched only in capitals); and whether it is an ordinary English word ("Hope", "Chip"), matched only where it
    /// is written with a capital.</summary>
    private sealed class NameForm(string[] words, bool initials, bool weak)
    {
        public string[] Words { get; } = words;
        public bool Initials { get; } = initials;
        public bool Weak { get; } = weak;
        public List<(int Person, ReplacementRule Rule)> Owners { get; } = [];
    }

    private readonly Dictionary<string, NameForm> forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameForm>> formsByFirstWord = new(StringComparer.Ordinal);

    private void RegisterNames()
    {
        for (var p = 0; p < people.Count; p++)
        {
            var names = people[p].Aliases.Select(a => (Name: a, Real: false)).Prepend((people[p].RealName, true));
            foreach (var (name, real) in names)
            {
                RegisterName(p, NameText.WithoutNotes(name ?? string.Empty), real);
            }
        }

        foreach (var form in forms.Values)
        {
            if (!formsByFirstWord.TryGetValue(form.Words[0], out var list))
            {
                formsByFirstWord[form.Words[0]] = list = [];
            }

            list.Add(form);
        }

        foreach (var list in formsByFirstWord.Values)
        {
            // Longest first; at the same length a name before initials.
            list.Sort((a, b) => a.Words.Length != b.Words.Length ? b.Words.Length.CompareTo(a.Words.Length) : a.Initials.CompareTo(b.Initials));
        }
    }

    private void RegisterName(int person, string name, bool real)
    {
        if (string.IsNullOrWhiteSpace(name) || NameWords.IsNotKnown(name) || NameWords.IsCommonWord(name))
        {
            return;
        }

        var spaced = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !NameWords.IsTitle(w)).ToList();
        var whole = Fold(string.Join(' ', spaced));
        if (whole.Length > 1 || (whole.Length == 1 && whole[0].Length > 1))
        {
            Add(whole, false, whole.Length == 1 && IsOrdinaryWord(whole[0]), person,
                !real ? ReplacementRule.Alias : whole.Length == 1 ? ReplacementRule.FirstName : ReplacementRule.FullName);
        }

        for (var s = 0; s < spaced.Count; s++)
        {
            var rule = !real ? ReplacementRule.Alias
                : s == 0 ? ReplacementRule.FirstName
                : s == spaced.Count - 1 ? ReplacementRule.Surname
                : ReplacementRule.MiddleName;
            var folded = Fold(spaced[s]);
            if (folded.Length > 1)
            {
                // "Oduya-Grant" whole, and written as one word ("Oduyagrant").
                Add(folded, false, false, person, rule);
                Add([string.Concat(folded)], false, false, person, rule);
            }

            foreach (var part in folded.Where(part => part.Length > 1 && !NameWords.IsParticle(part) && !NameWords.IsCommonWord(part)))
            {
                Add([part], false, IsOrdinaryWord(part), person, rule);
            }
        }

        RegisterInitials(person, spaced);
    }

    /// <summary>Initials of a name of two to four words, small words left out: every word's ("KLM"), the first and last
    /// only ("KM"), and with the parts of hyphenated words ("KMB"); never an abbreviation agencies use ("GP").</summary>
    private void RegisterInitials(int person, List<string> spaced)
    {
        var words = spaced.Where(w => !NameWords.IsParticle(w)).Select(Fold).Where(f => f.Length > 0).ToList();
        if (words.Count is < 2 or > 4)
        {
            return;
        }

        var every = string.Concat(words.Select(f => f[0][0]));
        var firstAndLast = $"{words[0][0][0]}{words[^1][0][0]}";
        var withParts = string.Concat(words.SelectMany(f => f.Select(p => p[0])));
        foreach (var letters in new[] { every, firstAndLast, withParts }.Distinct(StringComparer.Ordinal))
        {
            if (letters.Length <= 4 && !NameWords.IsAbbreviation(letters) && !IsOrdinaryWord(letters))
            {
                Add([letters], true, false, person, ReplacementRule.Initials);
                Add(letters.Select(c => c.ToString()).ToArray(), true, false, person, ReplacementRule.Initials);
            }
        }
    }

    private void Add(string[] words, bool initials, bool weak, int person, ReplacementRule rule)
    {
        var key = (initials ? "^" : string.Empty) + string.Join(' ', words);
        if (!forms.TryGetValue(key, out var form))
        {
            forms[key] = form = new NameForm(words, initials, weak);
        }

        if (!form.Owners.Exists(o => o.Person == person))
        {
            form.Owners.Add((person, rule));
        }
    }

    /// <summary>Whether a folded word is one an ordinary sentence is made of, or a month.</summary>
    private static bool IsOrdinaryWord(string folded) => CommonWords.Contains(folded) || CommonWords.IsMonth(folded);

    private static string[] Fold(string name) =>
        [.. NameText.Words(name).Select(w => NameText.FoldWord(name.AsSpan(w.Start, w.Length)))];
}
