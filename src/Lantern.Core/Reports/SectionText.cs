using System.Text;
using System.Text.RegularExpressions;

namespace Lantern.Core.Reports;

/// <summary>
/// The writer's text of a report section, in a light markup a person can type in a text box: paragraphs separated by
/// blank lines; "## " and "### " headings (within the section, whose own heading the edition adds); "- " bullets
/// ("* " and "• " too); "1. " numbered items ("1) " too); and optional tables of "| a | b |" rows, the first row the
/// header, an optional "|---|---|" row beneath it and an optional "Table: caption" line above. Anything else is
/// prose. Parsing forgives what people type: Windows line endings, tabs, trailing spaces, a heading with no space after
/// its hashes, "**bold**" marks (dropped: editions carry text only), empty bullets, rules ("---") and stray hashes.
/// </summary>
public static partial class SectionText
{
    /// <summary>The most a section's text may hold.</summary>
    public const int MaxLength = 100_000;

    /// <summary>The section's blocks in reading order.</summary>
    public static IReadOnlyList<ReportBlock> Parse(string? text)
    {
        var reader = new BlockReader();
        foreach (var line in Lines(text))
        {
            reader.Read(line);
        }

        return reader.Finish();
    }

    /// <summary>The text's lines with line endings, invisible characters and trailing spaces dealt with, tabs as spaces.</summary>
    private static IEnumerable<string> Lines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var clean = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ')
            .Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Replace("\u200B", string.Empty, StringComparison.Ordinal)
            .Replace('\u00A0', ' ');
        foreach (var line in clean.Split('\n'))
        {
            yield return line.TrimEnd();
        }
    }

    /// <summary>Inline text as a reader sees it: bold and underline marks dropped, runs of spaces as one.</summary>
    private static string Inline(string text)
    {
        var plain = Emphasis().Replace(text, "$2");
        return Spaces().Replace(plain, " ").Trim();
    }

    private sealed class BlockReader
    {
        private readonly List<ReportBlock> blocks = [];
        private readonly StringBuilder paragraph = new();
        private List<string>? listItems;
        private bool listNumbered;
        private List<string>? tableLines;
        private string? caption;

        public void Read(string line)
        {
            if (tableLines is not null && !IsTableLine(line))
            {
                EndTable();
            }

            if (line.Length == 0)
            {
                // A blank line ends a paragraph; a list stays open in case the next line carries it on.
                EndParagraph();
                return;
            }

            if (IsTableLine(line))
            {
                EndParagraph(keepCaption: true);
                EndList();
                tableLines ??= [];
                tableLines.Add(line.Trim());
                return;
            }

            if (Heading().Match(line) is { Success: true } heading)
            {
                EndAll();
                var title = Inline(heading.Groups[2].Value.TrimEnd('#', ' '));
                if (title.Length > 0)
                {
                    blocks.Add(new ReportHeading(heading.Groups[1].Length <= 2 ? 2 : 3, title));
                }

                return;
            }

            if (Rule().IsMatch(line))
            {
                EndAll();
                return;
            }

            var bullet = Bullet().Match(line);
            var numbered = bullet.Success ? Match.Empty : Numbered().Match(line);
            if (bullet.Success || numbered.Success)
            {
                EndParagraph();
                var isNumbered = numbered.Success;
                if (listItems is not null && listNumbered != isNumbered)
                {
                    EndList();
                }

                listItems ??= [];
                listNumbered = isNumbered;
                var item = Inline((bullet.Success ? bullet : numbered).Groups[1].Value);
                if (item.Length > 0)
                {
                    listItems.Add(item);
                }

                return;
            }

            if (listItems is { Count: > 0 } && paragraph.Length == 0 && char.IsWhiteSpace(line[0]))
            {
                // An indented line under an item carries the item on.
                listItems[^1] = Inline(listItems[^1] + " " + line);
                return;
            }

            EndList();
            if (paragraph.Length == 0 && CaptionLine().Match(line) is { Success: true } c)
            {
                caption = Inline(c.Groups[1].Value);
                return;
            }

            paragraph.Append(' ').Append(line.Trim());
        }

        public IReadOnlyList<ReportBlock> Finish()
        {
            EndAll();
            return blocks;
        }

        private void EndAll()
        {
            EndParagraph();
            EndList();
            EndTable();
        }

        private void EndParagraph(bool keepCaption = false)
        {
            if (caption is not null && !keepCaption)
            {
                // A caption line with no table after it was prose after all.
                paragraph.Insert(0, "Table: " + caption + " ");
                caption = null;
            }

            var text = Inline(paragraph.ToString());
            paragraph.Clear();
            if (text.Length > 0 && !StrayMarks().IsMatch(text))
            {
                blocks.Add(new ReportParagraph(text));
            }
        }

        private void EndList()
        {
            if (listItems is { Count: > 0 })
            {
                blocks.Add(new ReportList(listItems, listNumbered));
            }

            listItems = null;
        }

        private void EndTable()
        {
            if (tableLines is null)
            {
                return;
            }

            var rows = tableLines.Where(l => !TableDivider().IsMatch(l)).Select(Cells).ToList();
            tableLines = null;
            var header = rows[0];
            var body = rows.Skip(1)
                .Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(0, header.Count).Select(i => i < r.Count ? r[i] : string.Empty)])
                .ToList();
            blocks.Add(new ReportTable(caption ?? string.Empty, header, body));
            caption = null;
        }

        private static List<string> Cells(string line)
        {
            var inner = line.Trim();
            inner = inner.StartsWith('|') ? inner[1..] : inner;
            inner = inner.EndsWith('|') ? inner[..^1] : inner;
            return [.. inner.Split('|').Select(Inline)];
        }

        private static bool IsTableLine(string line)
        {
            var t = line.TrimStart();
            return t.StartsWith('|') && t.Count(ch => ch == '|') >= 2;
        }
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6})(?:\s+|(?<=##)(?=[^#\s]))(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}[-*•+]\s+(.*)$|^\s{0,3}[-*•]$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s{0,3}\d{1,3}[.)]\s+(.*)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\s*([-*_]\s*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?\s*)?$")]
    private static partial Regex TableDivider();

    [GeneratedRegex(@"^\s*Table:\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLine();

    [GeneratedRegex(@"(\*\*|__)(.+?)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    /// <summary>A "paragraph" of nothing but markup characters (a lone "#", "**", "|").</summary>
    [GeneratedRegex(@"^[#*_|>`~\-\s]+$")]
    private static partial Regex StrayMarks();
}
