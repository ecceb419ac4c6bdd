using System.Text;

namespace Lantern.Core.Information.Merging;

/// <summary>How one form of a name is matched at a place in the text.</summary>
public sealed partial class PseudonymText
{
    private Form? Find(string text, List<NameWord> words, int at)
    {
        if (!byFirstWord.TryGetValue(NameText.FoldWord(text.AsSpan(words[at].Start, words[at].Length)), out var forms))
        {
            return null;
        }

        foreach (var form in forms)
        {
            if (Matches(text, words, at, form))
            {
                return form;
            }
        }

        return null;
    }

    private static bool Matches(string text, List<NameWord> words, int at, Form form)
    {
        if (at + form.Words.Length > words.Count || !NameText.IsWhole(words, at, form.Words.Length))
        {
            return false;
        }

        for (var k = 0; k < form.Words.Length; k++)
        {
            var word = words[at + k];
            var span = text.AsSpan(word.Start, word.Length);
            if (!NameText.SameWord(span, word.Plain, form.Words[k]))
            {
                return false;
            }

            if (form.Initials && (!IsCapitals(span) || (k > 0 && !IsInitialsGap(text.AsSpan(words[at + k - 1].Start + words[at + k - 1].Length, word.Start - words[at + k - 1].Start - words[at + k - 1].Length)))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the full stop after initials belongs to them ("S.F. spoke"), not to the sentence ("by M.S.").</summary>
    private static bool InitialsFullStop(string text, int end)
    {
        if (end >= text.Length || text[end] != '.')
        {
            return false;
        }

        var next = end + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && (char.IsLower(text[next]) || text[next] is ',' or ';' or ':' or ')');
    }

    /// <summary>Between initials: a full stop, a space, or both ("J.S.", "J. S.", "J S").</summary>
    private static bool IsInitialsGap(ReadOnlySpan<char> gap) => gap.Length is > 0 and <= 3 && !gap.ContainsAnyExcept(". ");

    private static string[] Fold(string name) =>
        NameText.Words(name).Select(w => NameText.FoldWord(name.AsSpan(w.Start, w.Length))).ToArray();

    private sealed record Form(string[] Words, bool Initials, string Replacement);
}
