using Lantern.Core.Information.Merging;

namespace Lantern.Core.Disclosure;

/// <summary>Registered dates of birth and postcodes, and whose they are (by pseudonym).</summary>
internal sealed class RegisteredFacts
{
    private readonly Dictionary<(int Month, int Day), List<(int Year, string Pseudonym)>> births = [];
    private readonly Dictionary<string, SortedSet<string>> postcodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>>.AlternateLookup<ReadOnlySpan<char>> postcodeLookup;

    public RegisteredFacts() => postcodeLookup = postcodes.GetAlternateLookup<ReadOnlySpan<char>>();

    public void AddBirth(DateOnly born, string pseudonym)
    {
        if (!births.TryGetValue((born.Month, born.Day), out var list))
        {
            births[(born.Month, born.Day)] = list = [];
        }

        list.Add((born.Year, pseudonym));
    }

    public void AddPostcode(ReadOnlySpan<char> written, string pseudonym)
    {
        var key = Compact(written, stackalloc char[16]).ToString();
        if (!postcodes.TryGetValue(key, out var owners))
        {
            postcodes[key] = owners = new SortedSet<string>(StringComparer.Ordinal);
        }

        owners.Add(pseudonym);
    }

    /// <summary>Whose date of birth a written date is ("Child Q", "Child Q and Sibling 1"), or null; a two-digit year
    /// matches on its last two digits.</summary>
    public string? BornOn(WrittenDate date)
    {
        if (!births.TryGetValue((date.Date.Month, date.Date.Day), out var list))
        {
            return null;
        }

        var whose = list.Where(b => date.TwoDigitYear ? b.Year % 100 == date.Date.Year % 100 : b.Year == date.Date.Year).Select(b => b.Pseudonym).ToList();
        return whose.Count == 0 ? null : Identifying.Owners(whose);
    }

    /// <summary>Whose address a postcode is part of, ignoring case and spaces, or null.</summary>
    public string? PostcodeOwners(ReadOnlySpan<char> written) =>
        postcodes.Count > 0 && postcodeLookup.TryGetValue(Compact(written, stackalloc char[16]), out var owners) ? Identifying.Owners(owners) : null;

    private static ReadOnlySpan<char> Compact(ReadOnlySpan<char> written, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in written)
        {
            if (char.IsAsciiLetterOrDigit(c) && length < buffer.Length)
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        return buffer[..length];
    }
}
