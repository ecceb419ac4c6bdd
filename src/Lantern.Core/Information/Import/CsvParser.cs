namespace Lantern.Core.Information.Import;

/// <summary>
/// Reads delimited text: comma, semicolon or tab, whichever the heading line uses most outside quotes.
/// Quoted fields may hold the delimiter, doubled quotes and line breaks (RFC 4180, with either line ending).
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

    /// <summary>Every record of the text, blank lines left out. Stops with an error after <paramref name="maxRows"/>.</summary>
    public static List<string[]> Parse(string text, char delimiter, int maxRows = int.MaxValue)
    {
        var rows = new List<string[]>();
        var fields = new List<string>(16);
        var field = new System.Text.StringBuilder(128);
        var i = 0;
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
                            break;
                        }

                        field.Append(c);
                        i++;
                    }

                    // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
                    var start = i;
                    while (i < length && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                    {
                        i++;
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
                    if (i < length && text[i] == '\r')
                    {
                        i++;
                    }

                    if (i < length && text[i] == '\n')
                    {
                        i++;
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
