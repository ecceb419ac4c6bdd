using Lantern.Core.Disclosure;
using Lantern.Core.Information;
using Lantern.Core.Information.Merging;

namespace Lantern.Core.Reports;

/// <summary>Dates of birth, addresses and identifying details: found with the finders the chronology's pseudonymiser
/// uses (<see cref="BirthDateText"/>, <see cref="AddressText"/>), one per person so each replacement knows whose it is.</summary>
public sealed partial class ReportPseudonymiser
{
    private readonly List<(BirthDateText Finder, int Person)> births = [];
    private readonly List<(AddressText Finder, int Person)> addresses = [];
    private BirthDateText? anyBirth;
    private AddressText? anyAddress;
    private readonly Dictionary<DateOnly, int> bornOn = [];
    private readonly List<(string[] Words, IdentifyingDetail Detail)> details = [];

    private void RegisterFacts(IEnumerable<IdentifyingDetail> identifying)
    {
        for (var p = 0; p < people.Count; p++)
        {
            if (people[p].DateOfBirth is { } born)
            {
                births.Add((new BirthDateText([(born, PseudonymOf(p))]), p));
                bornOn.TryAdd(born, p);
            }

            if (!string.IsNullOrWhiteSpace(people[p].Address))
            {
                addresses.Add((new AddressText([(people[p].Address, PseudonymOf(p))]), p));
            }
        }

        anyBirth = births.Count == 0 ? null : new BirthDateText(births.Select(b => (people[b.Person].DateOfBirth, PseudonymOf(b.Person))));
        anyAddress = addresses.Count == 0 ? null : new AddressText(addresses.Select(a => (people[a.Person].Address, PseudonymOf(a.Person))));

        foreach (var detail in identifying)
        {
            var words = Fold(detail.Text);
            if (words.Length > 0 && !string.IsNullOrWhiteSpace(detail.Replacement))
            {
                details.Add((words, detail));
            }
        }

        details.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>Registered dates of birth and addresses: each kind found in one pass with every person's at once, then
    /// each stretch found is given to the first person (in register order) whose own finder reads it, so a shared
    /// address or a twin's birthday is attributed as before, and the text is read twice, not twice per person.</summary>
    private IEnumerable<Found> FindFacts(string text)
    {
        if (anyBirth is not null)
        {
            foreach (var span in anyBirth.Find(text))
            {
                var person = Owner(births, text[span.Start..span.End], static (finder, found) => finder.Find(found).Any());
                yield return new Found(span.Start, span.End, DateOfBirthRemoved, ReplacementRule.DateOfBirth, person >= 0 ? people[person].Id : null, Person: person);
            }
        }

        if (anyAddress is not null)
        {
            foreach (var span in anyAddress.Find(text))
            {
                var person = Owner(addresses, text[span.Start..span.End], static (finder, found) => finder.Find(found).Any());
                yield return new Found(span.Start, span.End, AddressRemoved, ReplacementRule.Address, person >= 0 ? people[person].Id : null, Person: person);
            }
        }
    }

    /// <summary>The first person whose own finder reads <paramref name="found"/>, or -1 (the stretch is replaced all the
    /// same: only whose it is goes unrecorded).</summary>
    private static int Owner<TFinder>(List<(TFinder Finder, int Person)> finders, string found, Func<TFinder, string, bool> reads)
    {
        foreach (var (finder, person) in finders)
        {
            if (reads(finder, found))
            {
                return person;
            }
        }

        return -1;
    }

    /// <summary>Each identifying detail as whole words, folded, with only spaces, hyphens, apostrophes, full stops or
    /// "&amp;" between them ("St Bede's", "ST. BEDE\u2019S"), longest first.</summary>
    private IEnumerable<Found> FindDetails(string text, List<Found> taken)
    {
        if (details.Count == 0)
        {
            yield break;
        }

        var words = NameText.Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (detailWords, detail) in details)
            {
                if (MatchesDetail(text, words, i, detailWords))
                {
                    var last = words[i + detailWords.Length - 1];
                    if (IsFree(taken, words[i].Start, last.Start + last.Length))
                    {
                        yield return new Found(words[i].Start, last.Start + last.Length, detail.Replacement, ReplacementRule.IdentifyingDetail, Detail: detail);
                        i += detailWords.Length - 1;
                        break;
                    }
                }
            }
        }
    }

    private static bool MatchesDetail(string text, List<NameWord> words, int at, string[] detail)
    {
        if (at + detail.Length > words.Count || !NameText.IsWhole(words, at, detail.Length))
        {
            return false;
        }

        for (var k = 0; k < detail.Length; k++)
        {
            var word = words[at + k];
            if (!NameText.SameWord(text.AsSpan(word.Start, word.Length), word.Plain, detail[k]))
            {
                return false;
            }

            if (k > 0)
            {
                var before = words[at + k - 1];
                var gap = text.AsSpan(before.Start + before.Length, word.Start - before.Start - before.Length);
                if (gap.Length > 4 || gap.ContainsAnyExcept(" \t\r\n-'\u2019.&"))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
