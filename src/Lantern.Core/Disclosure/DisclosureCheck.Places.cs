using Lantern.Core.Information;
using Lantern.Core.Information.Merging;

namespace Lantern.Core.Disclosure;

/// <summary>Registering addresses and identifying details.</summary>
public sealed partial class DisclosureCheck
{
    /// <summary>Words that say what kind of place a named school, nursery, surgery or hospital is, and the words a
    /// writer may put after its own name instead ("Oakfield Primary School" written "Oakfield school").</summary>
    private static readonly Dictionary<IdentifyingDetailKind, (string[] Kind, string[][] After)> KindWords = new()
    {
        [IdentifyingDetailKind.School] = (
            ["school", "primary", "academy", "college", "infant", "infants", "junior", "juniors", "high", "secondary", "grammar", "community",
                "church", "ce", "cofe", "rc", "catholic", "free", "special", "first", "middle", "prep", "preparatory"],
            [["school"], ["primary"], ["academy"], ["college"], ["infants"], ["juniors"], ["high"]]),
        [IdentifyingDetailKind.Nursery] = (
            ["nursery", "nurseries", "preschool", "pre", "playgroup", "day", "children", "childrens", "centre", "kindergarten", "creche"],
            [["nursery"], ["preschool"], ["pre", "school"], ["playgroup"], ["creche"]]),
        [IdentifyingDetailKind.GpPractice] = (
            ["surgery", "medical", "centre", "center", "practice", "health", "group", "clinic", "partnership"],
            [["surgery"], ["practice"], ["medical", "centre"], ["health", "centre"]]),
        [IdentifyingDetailKind.Hospital] = (
            ["hospital", "hospitals", "infirmary", "general", "royal", "university", "district", "children", "childrens", "nhs", "trust",
                "foundation", "memorial", "teaching", "community"],
            [["hospital"], ["infirmary"], ["general"], ["general", "hospital"]]),
        [IdentifyingDetailKind.Condition] = (
            ["syndrome", "disease", "disorder", "deficiency", "condition"],
            [["syndrome"], ["disease"], ["disorder"], ["deficiency"], ["condition"]]),
        [IdentifyingDetailKind.Other] = (
            ["syndrome", "disease", "disorder", "deficiency", "condition"],
            [["syndrome"], ["disease"], ["disorder"], ["deficiency"], ["condition"]]),
    };

    /// <summary>For each word agencies abbreviate in addresses, its other forms: "road" has "rd", "rd" has "road".</summary>
    private static readonly Dictionary<string, string[]> StreetWordForms = AddressText.Abbreviations
        .SelectMany(a => new[] { (Word: a.Key, Other: a.Value), (Word: a.Value, Other: a.Key) })
        .GroupBy(p => p.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Other).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// A detail is found as written, with "St" and "Saint" either way, and by its own name: the words before the kind
    /// of place ("Oakfield" of "Oakfield Primary School") followed by a kind word ("Oakfield school"), or alone when
    /// the own name has two words or more ("St Aidan's"), is a condition's ("Menkes"), or is a school's or nursery's
    /// that is not the name of a town in a registered address. A one-word own name of a surgery or hospital is not
    /// found alone: it is most often the town's or district's name ("Brackenford General Hospital").
    /// </summary>
    private void RegisterDetail(TextTokens reader, int index)
    {
        var detail = details[index];
        var words = WordsOf(reader, detail.Text);
        if (words.Length == 0)
        {
            return;
        }

        var variants = new List<string[]> { words };
        if (words.Contains("st") || words.Contains("saint"))
        {
            variants.Add(words.Select(w => w switch { "st" => "saint", "saint" => "st", _ => w }).ToArray());
        }

        foreach (var variant in variants)
        {
            Add(variant, new Form(FormKind.Detail, index, variant.All(IsWeak)));
            if (!KindWords.TryGetValue(detail.Kind, out var kind))
            {
                continue;
            }

            var own = variant.TakeWhile(w => !kind.Kind.Contains(w)).ToArray();
            if (own.Length == 0 || own.Length == variant.Length)
            {
                continue;
            }

            foreach (var after in kind.After)
            {
                Add([.. own, .. after], new Form(FormKind.Detail, index, false));
            }

            var alone = own.Length >= 2 || detail.Kind is IdentifyingDetailKind.Condition or IdentifyingDetailKind.Other
                || (detail.Kind is IdentifyingDetailKind.School or IdentifyingDetailKind.Nursery && !townWords.Contains(own[0]));
            if (alone && !own.All(IsWeak))
            {
                Add(own, new Form(FormKind.Detail, index, false));
            }
        }
    }

    /// <summary>
    /// An address is split into lines at commas, semicolons and line breaks, its postcodes kept apart. The first line
    /// and any line with a number in it identify it (a town alone does not); a street line is found with its number
    /// and without it ("Acacia Road"), with agencies' abbreviations either way ("Acacia Rd").
    /// </summary>
    private void RegisterAddress(TextTokens reader, int person)
    {
        var address = people[person].Address;
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        var rest = address;
        foreach (var postcode in GenericIdentifiers.PostcodesIn(address))
        {
            facts.AddPostcode(postcode, people[person].Pseudonym);
            rest = rest.Replace(postcode, ",", StringComparison.Ordinal);
        }

        var lines = new List<string[]>();
        foreach (var line in rest.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = WordsOf(reader, line);
            if (words.Length == 0)
            {
                continue;
            }

            // "14, Acacia Road": a house number written apart belongs to the street after it.
            if (lines.Count > 0 && lines[^1].All(w => w.Any(char.IsDigit)))
            {
                lines[^1] = [.. lines[^1], .. words];
            }
            else
            {
                lines.Add(words);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var words = lines[i];
            if (i > 0 && !words.Any(w => w.Any(char.IsDigit)))
            {
                townWords.UnionWith(words);
                continue;
            }

            if (!words.Any(w => w.Length > 1 && !w.Any(char.IsDigit) && !AddressText.NotAPlace.Contains(w)))
            {
                continue;
            }

            AddAddressLine(words, person);
            var lastNumber = Array.FindLastIndex(words, w => w.Any(char.IsDigit));
            if (lastNumber >= 0 && words.Length - lastNumber - 1 >= 2)
            {
                AddAddressLine(words[(lastNumber + 1)..], person);
            }
        }
    }

    private void AddAddressLine(string[] words, int person)
    {
        var variants = new List<string[]> { words };
        for (var k = 0; k < words.Length && variants.Count < 16; k++)
        {
            if (StreetWordForms.TryGetValue(words[k], out var others))
            {
                variants.AddRange(variants.SelectMany(v => others.Select(o => v.Select((w, j) => j == k ? o : w).ToArray())).ToList());
            }
        }

        foreach (var variant in variants)
        {
            Add(variant, new Form(FormKind.Address, person, variant.All(IsWeak), AllowsComma: true));
        }
    }
}
