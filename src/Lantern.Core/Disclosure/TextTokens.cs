using Lantern.Core.Information;

namespace Lantern.Core.Disclosure;

/// <summary>One word of a paragraph as the check reads it: where it is, where its folded form is in the fold buffer,
/// and what is around it.</summary>
internal struct Token
{
    public int Start;
    public int Length;
    public int FoldStart;
    public int FoldLength;

    /// <summary>Characters of a possessive after the word ("'s", "’s", or "'" after a final s), 0 when none.</summary>
    public int Possessive;

    public bool Capitalised;
    public bool AllCapitals;

    /// <summary>The word's id in the check's vocabulary of folded name words, or -1.</summary>
    public int Id;

    /// <summary>The id of the word less a final "s" ("Kayleighs", "Aidans"), or -1.</summary>
    public int StrippedId;

    /// <summary>The <see cref="FoldedHash"/> of the folded word, and of the folded word without its last character.</summary>
    public uint Hash;

    public uint HashWithoutLast;

    public readonly int End => Start + Length;
}

/// <summary>
/// Splits a paragraph into words once and folds each (case and accents, as <see cref="Folding"/> does) into one
/// shared buffer, so the rest of the check compares spans and allocates nothing per word. A word is a run of letters
/// and digits (<see cref="NameText.IsWordChar"/>); hyphens and apostrophes separate words, except a possessive "'s",
/// which is kept with the word before it.
/// </summary>
internal sealed class TextTokens
{
    private char[] folded = new char[1024];

    public List<Token> Words { get; } = [];

    public string Text { get; private set; } = string.Empty;

    public ReadOnlySpan<char> Folded(in Token token) => folded.AsSpan(token.FoldStart, token.FoldLength);

    public void Read(string text)
    {
        Text = text;
        Words.Clear();
        if (folded.Length < (text.Length * 2) + 16)
        {
            folded = new char[(text.Length * 2) + 16];
        }

        Span<char> one = stackalloc char[8];
        var written = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var (start, foldStart, upper, letters) = (i, written, 0, 0);
            var (hash, before) = (FoldedHash.Start, FoldedHash.Start);
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 128)
                {
                    // Plain letters and digits, as nearly every word of an English report is: folded by hand.
                    if (!AsciiWord[c])
                    {
                        break;
                    }

                    if ((uint)(c - 'A') <= 'Z' - 'A')
                    {
                        upper++;
                        letters++;
                        c = (char)(c | 0x20);
                    }
                    else if ((uint)(c - 'a') <= 'z' - 'a')
                    {
                        letters++;
                    }

                    Append(ref written, c, ref hash, ref before);
                    continue;
                }

                if (!NameText.IsWordChar(c))
                {
                    break;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                    upper += char.IsUpper(c) ? 1 : 0;
                }

                if (NameText.TryFoldWord(text.AsSpan(i, 1), one, out var length))
                {
                    foreach (var f in one[..length])
                    {
                        Append(ref written, f, ref hash, ref before);
                    }
                }
            }

            var possessive = PossessiveAt(text, i);
            Words.Add(new Token
            {
                Start = start,
                Length = i - start,
                FoldStart = foldStart,
                FoldLength = written - foldStart,
                Possessive = possessive,
                Capitalised = char.IsUpper(text[start]),
                AllCapitals = letters > 1 && upper == letters,
                Id = -1,
                StrippedId = -1,
                Hash = hash,
                HashWithoutLast = before,
            });
            i += possessive;
        }
    }

    private void Append(ref int written, char c, ref uint hash, ref uint before)
    {
        if (written == folded.Length)
        {
            Array.Resize(ref folded, folded.Length * 2);
        }

        folded[written++] = c;
        before = hash;
        hash = FoldedHash.Add(hash, c);
    }

    private static bool IsWordChar(char c) => c < 128 ? AsciiWord[c] : NameText.IsWordChar(c);

    private static readonly bool[] AsciiWord = Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c)).ToArray();

    /// <summary>The text between two words.</summary>
    public ReadOnlySpan<char> Gap(int before) => Text.AsSpan(Words[before].End + Words[before].Possessive, Words[before + 1].Start - Words[before].End - Words[before].Possessive);

    private static int PossessiveAt(string text, int end)
    {
        if (end >= text.Length || text[end] is not ('\'' or '’'))
        {
            return 0;
        }

        if (end + 1 < text.Length && text[end + 1] is 's' or 'S' && (end + 2 >= text.Length || !NameText.IsWordChar(text[end + 2])))
        {
            return 2;
        }

        // "Morris'": an apostrophe after a final s, not opening another word.
        return text[end - 1] is 's' or 'S' && (end + 1 >= text.Length || !NameText.IsWordChar(text[end + 1])) ? 1 : 0;
    }

    /// <summary>Whether the word at <paramref name="index"/> starts a sentence, a paragraph, a quotation or an item of
    /// a list, where any word is written with a capital. Worked out only when asked: few words need it.</summary>
    public bool IsSentenceStart(int index) => IsSentenceStart(Text, Words[index].Start);

    private static bool IsSentenceStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '‘' or '\'' or '(' or '['))
        {
            if (text[i] is '"' or '“' or '‘')
            {
                return true;
            }

            i--;
        }

        if (i < 0)
        {
            return true;
        }

        return text[i] switch
        {
            '.' or '!' or '?' or '*' or '#' or '•' or '>' or ':' => true,
            '-' or '–' => i == 0 || text[i - 1] == '\n',
            _ => false,
        };
    }
}
