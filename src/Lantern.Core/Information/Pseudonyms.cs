using System.Globalization;

namespace Lantern.Core.Information;

/// <summary>
/// Proposes and checks the names people are given in anything the review publishes. A proposal comes from
/// the person's place in the case, never from who they are: the subject takes the review's working title
/// ("Child Q"), relatives their relationship ("Mother", "Sibling 1") and professionals their role
/// ("Social worker 1"). Agencies are left out on purpose: naming the health visitor's team can identify her.
/// </summary>
public static class Pseudonyms
{
    /// <summary>Relationships a child usually has only one of: proposed without a number, numbered only when taken.</summary>
    private static readonly HashSet<string> UsuallyOne = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mother", "Father", "Stepmother", "Stepfather", "Mother's partner", "Father's partner",
        "Maternal grandmother", "Maternal grandfather", "Paternal grandmother", "Paternal grandfather",
        "Wife", "Husband", "Partner", "Ex-partner",
    };

    /// <summary>The pseudonym to propose for a new person, unique among <paramref name="taken"/> (compared
    /// without regard to case).</summary>
    public static string Propose(PersonCategory category, string? relationship, string? professionalRole, string reviewTitle,
        IEnumerable<string> taken)
    {
        var used = new HashSet<string>(taken.Select(Normalise), StringComparer.OrdinalIgnoreCase);
        var (stem, numbered) = category switch
        {
            PersonCategory.Subject => (reviewTitle.Trim(), false),
            PersonCategory.FamilyOrHousehold when Clean(relationship) is { } r => (r, !UsuallyOne.Contains(r)),
            PersonCategory.FamilyOrHousehold => ("Family member", true),
            PersonCategory.Professional when Clean(professionalRole) is { } role => (role, true),
            PersonCategory.Professional => ("Professional", true),
            _ when Clean(relationship) is { } r => (r, true),
            _ => ("Other person", true),
        };

        if (!numbered && !used.Contains(stem))
        {
            return Fit(stem, string.Empty);
        }

        for (var n = numbered ? 1 : 2; ; n++)
        {
            var candidate = Fit(stem, $" {n.ToString(CultureInfo.InvariantCulture)}");
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The pseudonym to propose for a new person, as <see cref="Propose"/>, but never one that shares a word
    /// with their real name or aliases (a professional called "Nurse"): then a neutral stem is used instead.</summary>
    public static string ProposeFor(PersonCategory category, string? relationship, string? professionalRole, string realName,
        IEnumerable<string> aliases, string reviewTitle, IReadOnlyCollection<string> taken)
    {
        var proposed = Propose(category, relationship, professionalRole, reviewTitle, taken);
        return Check(proposed, realName, aliases, taken) is null ? proposed : Propose(PersonCategory.Other, null, null, reviewTitle, taken);
    }

    /// <summary>Why <paramref name="pseudonym"/> cannot be used, or null when it can.</summary>
    public static string? Check(string? pseudonym, string realName, IEnumerable<string> aliases, IEnumerable<string> takenByOthers)
    {
        var value = Normalise(pseudonym ?? string.Empty);
        if (value.Length == 0)
        {
            return "Enter a pseudonym";
        }

        if (value.Length > Person.PseudonymMaxLength)
        {
            return $"The pseudonym must be {Person.PseudonymMaxLength} characters or fewer";
        }

        if (takenByOthers.Any(t => string.Equals(Normalise(t), value, StringComparison.OrdinalIgnoreCase)))
        {
            return $"Someone else in this review is already called {value}. Choose a different pseudonym";
        }

        var words = Words(value);
        foreach (var name in aliases.Prepend(realName))
        {
            if (Words(name).Any(w => w.Length > 1 && words.Contains(w)))
            {
                return "The pseudonym must not include any part of the person's real name or aliases";
            }
        }

        return null;
    }

    /// <summary>Trims and collapses runs of spaces.</summary>
    public static string Normalise(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static HashSet<string> Words(string text) =>
        new(text.Split([' ', '-', '\'', '.', ','], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = Normalise(text);
        return char.ToUpper(value[0], CultureInfo.InvariantCulture) + value[1..];
    }

    private static string Fit(string stem, string suffix) =>
        stem.Length + suffix.Length > Person.PseudonymMaxLength
            ? stem[..(Person.PseudonymMaxLength - suffix.Length)].TrimEnd() + suffix
            : stem + suffix;
}
