namespace Lantern.Core.Information.Import;

/// <summary>
/// Reads delimited text: comma, semicolon or tab, whichever the heading line uses most outside quotes.
/// Quoted fields may hold the delimiter, doubled quotes and line breaks (RFC 4180, with either line ending).
/// A quote left open would swallow every row after it into one cell, so a quoted field that reaches the end of
/// the text, is closed only in the middle of a later cell, or runs past the limits given is not read at all:
/// <see cref="UnclosedQuoteException"/> says where it opened.
/// </summary>
public static class CsvParser
{
    private static readonly char[] Delimiters = [',', ';', '\t'];

    /// <summary>The delimiter the first line uses most (outside quotes); a comma when it uses none.</summary>
    public static char DetectDelimiter(string text)
    {
        var counts = new int[Delimiters.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Delimiters, c) is var i and >= 0)
            {
                counts[i]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Delimiters[best];
    }

    /// <summary>Every record of the text, blank lines left out. Stops with an error after <paramref name="maxRows"/>
    /// records, or at a quoted field with more than <paramref name="maxLineBreaksInAField"/> line breaks or
    /// <paramref name="maxCharactersInAField"/> characters.</summary>
    public static List<string[]> Parse(string text, char delimiter, int maxRows = int.MaxValue, int maxLineBreaksInAField = int.MaxValue, int maxCharactersInAField = int.MaxValue)
    {
        var rows = new List<string[]>();
        var fields = new List<string>(16);
        var field = new System.Text.StringBuilder(128);
        var i = 0;
        var line = 1;
        var length = text.Length;
        while (i < length)
        {
            fields.Clear();
            var endOfRecord = false;
            while (!endOfRecord)
            {
                field.Clear();
                if (i < length && text[i] == '"')
                {
                    var openedOnLine = line;
                    var lineBreaks = 0;
                    var closed = false;
                    i++;
                    while (i < length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        // \r\n, \n and a lone \r each end one line.
                        if (c == '\r' || (c == '\n' && text[i - 1] != '\r'))
                        {
                            line++;
                            if (++lineBreaks > maxLineBreaksInAField)
                            {
                                throw new UnclosedQuoteException(rows.Count, openedOnLine, UnclosedQuote.TooManyLines);
                            }
                        }

                        field.Append(c);
                        if (field.Length > maxCharactersInAField)
                        {
                            throw new UnclosedQuoteException(rows.Count, openedOnLine, UnclosedQuote.TooLong);
                        }

                        i++;
                    }

                    if (!closed)
                    {
                        throw new UnclosedQuoteException(rows.Count, openedOnLine, UnclosedQuote.ToTheEnd);
                    }

                    // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do, unless
                    // the quote ran over a line break first: then it was never closed, and this quote opened a later cell.
                    var start = i;
                    while (i < length && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                    {
                        i++;
                    }

                    if (lineBreaks > 0 && !text.AsSpan(start, i - start).IsWhiteSpace())
                    {
                        throw new UnclosedQuoteException(rows.Count, openedOnLine, UnclosedQuote.ClosedInALaterCell, line);
                    }

                    field.Append(text, start, i - start);
                }
                else
                {
                    var start = i;
                    while (i < length && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                    {
                        i++;
                    }

                    field.Append(text, start, i - start);
                }

                fields.Add(field.ToString());
                if (i < length && text[i] == delimiter)
                {
                    i++;
                    if (i == length)
                    {
                        fields.Add(string.Empty);
                        endOfRecord = true;
                    }
                }
                else
                {
                    var atLineBreak = i < length;
                    if (i < length && text[i] == '\r')
                    {
                        i++;
                    }

                    if (i < length && text[i] == '\n')
                    {
                        i++;
                    }

                    if (atLineBreak)
                    {
                        line++;
                    }

                    endOfRecord = true;
                }
            }

            if (fields.Count > 1 || fields[0].Length > 0)
            {
                if (rows.Count == maxRows)
                {
                    throw new TooManyRowsException(maxRows);
                }

                rows.Add(fields.ToArray());
            }
        }

        return rows;
    }
}

/// <summary>Thrown when a file holds more rows than <see cref="ImportLimits.MaxRows"/>.</summary>
public sealed class TooManyRowsException(int limit) : Exception($"The file has more than {limit} rows.")
{
    public int Limit { get; } = limit;
}

/// <summary>How a quoted field showed that its quote was never closed.</summary>
public enum UnclosedQuote
{
    /// <summary>It ran to the end of the file.</summary>
    ToTheEnd,

    /// <summary>It ran over a line break and closed at a quote with more text after it: the opening quote of a
    /// later cell, or a quote in the middle of one.</summary>
    ClosedInALaterCell,

    /// <summary>It held more line breaks than one field may.</summary>
    TooManyLines,

    /// <summary>It held more characters than one field may.</summary>
    TooLong,
}

/// <summary>Thrown when a quoted field's quote was evidently never closed, with where it opened.</summary>
/// <param name="record">The record the quote opened in: 0 for the first (the headings), 1 for the one after, and so on; blank lines are not counted.</param>
/// <param name="line">The line of the text the quote opened on, counting from 1.</param>
/// <param name="closedOnLine">For <see cref="UnclosedQuote.ClosedInALaterCell"/>, the line it closed on.</param>
public sealed class UnclosedQuoteException(int record, int line, UnclosedQuote problem, int? closedOnLine = null)
    : Exception($"A quote opened on line {line} was not closed ({problem}).")
{
    public int Record { get; } = record;

    public int Line { get; } = line;

    public UnclosedQuote Problem { get; } = problem;

    public int? ClosedOnLine { get; } = closedOnLine;
}
