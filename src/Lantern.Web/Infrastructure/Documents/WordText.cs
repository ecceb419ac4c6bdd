using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantern.Web.Infrastructure.Documents;

/// <summary>
/// Turns text into Word runs. Characters XML cannot hold, or that nobody types on purpose, are dropped so a pasted
/// value can never make a document that Word refuses to open.
/// </summary>
public static class WordText
{
    /// <summary>
    /// Drops control characters other than tab and newline, unpaired surrogates and U+FFFE/U+FFFF. Carriage returns
    /// count as newlines ("\r\n" and a lone "\r" both become "\n").
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    clean.Append(c).Append(text[i + 1]);
                    i++;
                }

                continue;
            }

            if (c == '\r')
            {
                clean.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (char.IsLowSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && c is not ('\t' or '\n')))
            {
                continue;
            }

            clean.Append(c);
        }

        return clean.ToString();
    }

    /// <summary>One run holding the cleaned text: newlines become line breaks and tabs become tab characters.</summary>
    internal static Run Run(string? text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        var lines = Clean(text).Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            if (line > 0)
            {
                run.Append(new Break());
            }

            var pieces = lines[line].Split('\t');
            for (var piece = 0; piece < pieces.Length; piece++)
            {
                if (piece > 0)
                {
                    run.Append(new TabChar());
                }

                if (pieces[piece].Length > 0)
                {
                    run.Append(new Text(pieces[piece]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return run;
    }
}
