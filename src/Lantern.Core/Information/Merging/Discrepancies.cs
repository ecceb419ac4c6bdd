using System.Globalization;

namespace Lantern.Core.Information.Merging;

/// <summary>A person as anything outside the restricted register shows them: by pseudonym.</summary>
public sealed record PersonLabel(Guid Id, string Pseudonym);

/// <summary>One agency's account of a merged event.</summary>
public sealed record AgencyAccount(
    Guid EntryId,
    string AgencyName,
    DateOnly Date,
    TimeOnly? Time,
    string Description,
    IReadOnlyList<PersonLabel> People);

public enum DiscrepancyKind
{
    Date,
    Time,
    People,
    Wording,
}

/// <summary>A difference between agencies' accounts, said in plain words, as a prompt to explore in conversations.</summary>
public sealed record AccountDiscrepancy(DiscrepancyKind Kind, string Message);

/// <summary>Finds where agencies' accounts of one event differ: the date, the time, who was there, and the wording.</summary>
public static class Discrepancies
{
    /// <summary>Below this share of words in common, two accounts are flagged as worded differently.</summary>
    public const double WordingThreshold = 0.35;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<AccountDiscrepancy> Find(IReadOnlyList<AgencyAccount> accounts)
    {
        var found = new List<AccountDiscrepancy>();
        if (accounts.Count < 2)
        {
            return found;
        }

        var dates = accounts.GroupBy(a => a.Date).OrderBy(g => g.Key).ToList();
        if (dates.Count > 1)
        {
            found.Add(new(DiscrepancyKind.Date, string.Join(", ", dates.Select(g => $"{Agencies(g)} recorded {g.Key.LongDate()}"))));
        }

        var times = accounts.Where(a => a.Time is not null).GroupBy(a => a.Time!.Value).OrderBy(g => g.Key).ToList();
        if (times.Count > 1)
        {
            found.Add(new(DiscrepancyKind.Time, string.Join(", ", times.Select(g => $"{Agencies(g)} recorded {g.Key.ToString("HH:mm", English)}"))));
        }

        found.AddRange(PeopleDifferences(accounts));

        var similarity = WordSimilarity(accounts.Select(a => a.Description).ToList());
        if (similarity < WordingThreshold)
        {
            found.Add(new(DiscrepancyKind.Wording,
                $"The accounts are worded very differently ({similarity:P0} of their words in common): read them side by side for what each agency saw"));
        }

        return found;
    }

    /// <summary>Someone named by some agencies but not others, said per person: "Social worker 1 is recorded by Police but not by Health".</summary>
    private static IEnumerable<AccountDiscrepancy> PeopleDifferences(IReadOnlyList<AgencyAccount> accounts)
    {
        var everyone = accounts.SelectMany(a => a.People).DistinctBy(p => p.Id).OrderBy(p => p.Pseudonym, StringComparer.Ordinal);
        foreach (var person in everyone)
        {
            var with = accounts.Where(a => a.People.Any(p => p.Id == person.Id)).ToList();
            if (with.Count == accounts.Count)
            {
                continue;
            }

            var without = accounts.Except(with);
            yield return new(DiscrepancyKind.People, $"{person.Pseudonym} is recorded by {Agencies(with)} but not by {Agencies(without)}");
        }
    }

    /// <summary>The smallest share of distinct words (of three letters or more) two accounts have in common.</summary>
    public static double WordSimilarity(IReadOnlyList<string> descriptions)
    {
        var sets = descriptions.Select(Words).ToList();
        var lowest = 1.0;
        for (var i = 0; i < sets.Count; i++)
        {
            for (var j = i + 1; j < sets.Count; j++)
            {
                var union = sets[i].Union(sets[j]).Count();
                var share = union == 0 ? 1.0 : sets[i].Intersect(sets[j]).Count() / (double)union;
                lowest = Math.Min(lowest, share);
            }
        }

        return lowest;
    }

    private static HashSet<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length >= 3)
            .ToHashSet(StringComparer.Ordinal);

    private static string Agencies(IEnumerable<AgencyAccount> accounts) =>
        JoinAnd(accounts.Select(a => a.AgencyName).Distinct(StringComparer.Ordinal).ToList());

    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
