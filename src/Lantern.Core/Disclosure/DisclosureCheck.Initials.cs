namespace Lantern.Core.Disclosure;

/// <summary>Initials: a registered person's first letters written in capitals.</summary>
public sealed partial class DisclosureCheck
{
    /// <summary>The most letters read as initials.</summary>
    private const int MostInitials = 4;

    /// <summary>
    /// A registered person's initials in capitals: "KM", "K.M.", "K. M.", "K M" (two to four letters). A surname with
    /// an apostrophe keeps it between its letters: "S.O'R.", "S O'R" and "SO'R" for Siobhan O'Riordan ("S O'S" for
    /// O'Sullivan, where "'S" would otherwise read as a possessive, is tried both ways).
    /// </summary>
    private Candidate? Initials(TextTokens tokens, int at, out int last)
    {
        last = at;
        var words = tokens.Words;
        var text = tokens.Text;
        if (initials.Count == 0 || !char.IsUpper(text[words[at].Start]))
        {
            return null;
        }

        Span<char> letters = stackalloc char[MostInitials + 1];
        var count = 0;
        var dotted = false;
        var single = words[at].Length == 1;
        if (words[at].AllCapitals && words[at].Length is >= 2 and <= MostInitials && tokens.Folded(words[at]) is { Length: <= MostInitials } folded)
        {
            folded.CopyTo(letters);
            count = folded.Length;
        }
        else if (single && char.IsLetter(text[words[at].Start]))
        {
            letters[count++] = tokens.Folded(words[at])[0];
        }
        else
        {
            return null;
        }

        while (last + 1 < words.Count && count < MostInitials && words[last].Possessive == 0 && words[last + 1].Length == 1
            && char.IsUpper(text[words[last + 1].Start]) && InitialsGap(tokens.Gap(last), single, out var dot))
        {
            dotted |= dot;
            letters[count++] = tokens.Folded(words[++last])[0];
            single = true;
        }

        var end = words[last].End;
        string? key = null;

        // "O'S": a capital S after an apostrophe, read as a possessive, may be the surname's letter.
        if (words[last].Possessive == 2 && words[last].Length == 1 && count is >= 1 and < MostInitials && text[end + 1] == 'S')
        {
            letters[count] = 's';
            if (initials.ContainsKey(new string(letters[..(count + 1)])))
            {
                key = new string(letters[..(count + 1)]);
                end += 2;
            }
        }

        if (key is null && count >= 2)
        {
            key = new string(letters[..count]);
        }

        if (key is null || !initials.TryGetValue(key, out var owners))
        {
            last = at;
            return null;
        }

        end += dotted && end < text.Length && text[end] == '.' ? 1 : 0;
        var possessive = words[last].Possessive > 0 && end == words[last].End ? words[last].Possessive : 0;
        return ForPeople(words[at].Start, end + possessive, DisclosureRule.Initials, owners.Order().ToList(), possessive > 0 ? text[end] + "s" : string.Empty);
    }

    /// <summary>What may come between two initials: an apostrophe ("O'R", "SO'R"), or after a single letter a full
    /// stop, a space or both. <paramref name="dot"/> says whether there was a full stop.</summary>
    private static bool InitialsGap(ReadOnlySpan<char> gap, bool afterSingle, out bool dot)
    {
        dot = gap.Length > 0 && gap[0] == '.';
        return gap is "'" or "’" || (afterSingle && gap is "." or ". " or " ");
    }
}
