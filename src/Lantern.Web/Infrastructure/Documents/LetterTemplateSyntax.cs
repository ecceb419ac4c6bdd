namespace Lantern.Web.Infrastructure.Documents;

/// <summary>A piece of one template line: plain text, a ((placeholder)), or a mistake that is kept as plain text.</summary>
internal enum TokenKind
{
    Text,
    Placeholder,

    /// <summary>A "((" with no "))" before the next bracket or the end of the line.</summary>
    Unclosed,

    /// <summary>"(())" with nothing, or only spaces, inside.</summary>
    Empty,
}

/// <param name="Text">The text as written, or for a placeholder its name in normal form.</param>
internal readonly record struct Token(TokenKind Kind, string Text);

internal enum BlockKind
{
    Heading,
    Paragraph,
    Bullets,
}

/// <param name="Level">1 to 3 for a heading, otherwise 0.</param>
/// <param name="Lines">The heading's one line, the paragraph's lines, or one line for each bullet.</param>
internal sealed record TemplateBlock(BlockKind Kind, int Level, IReadOnlyList<IReadOnlyList<Token>> Lines);

/// <summary>
/// Reads the structure of a letter template: "# ", "## " and "### " start headings; "* ", "- " and "• " start
/// bullets; blank lines end paragraphs. Placeholders are found inside each line, so a value put in later can never
/// change the structure.
/// </summary>
internal static class LetterTemplateSyntax
{
    private static readonly string[] BulletMarks = ["* ", "- ", "\u2022 "];

    /// <summary>Lower case, with runs of spaces made one: "  Chair   Name " is "chair name".</summary>
    public static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static string[] Lines(string template) => WordText.Clean(template).Split('\n');

    public static List<Token> Tokenise(string line)
    {
        var tokens = new List<Token>();
        var text = 0;
        var from = 0;
        while (true)
        {
            var open = line.IndexOf("((", from, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            // In "(((name)))" the outer brackets are ordinary text.
            var nameStart = open + 2;
            while (nameStart < line.Length && line[nameStart] == '(')
            {
                nameStart++;
            }

            var end = line.IndexOfAny(['(', ')'], nameStart);
            var closed = end >= 0 && string.CompareOrdinal(line, end, "))", 0, 2) == 0;
            AddText(tokens, line, text, nameStart - 2);
            if (!closed)
            {
                tokens.Add(new Token(TokenKind.Unclosed, "(("));
                text = from = nameStart;
                continue;
            }

            var name = Normalise(line[nameStart..end]);
            tokens.Add(name.Length == 0
                ? new Token(TokenKind.Empty, line[(nameStart - 2)..(end + 2)])
                : new Token(TokenKind.Placeholder, name));
            text = from = end + 2;
        }

        AddText(tokens, line, text, line.Length);
        return tokens;
    }

    public static List<TemplateBlock> Blocks(string template)
    {
        var blocks = new List<TemplateBlock>();
        List<IReadOnlyList<Token>>? paragraph = null;
        List<IReadOnlyList<Token>>? bullets = null;
        foreach (var line in Lines(template))
        {
            var start = line.TrimStart();
            if (start.Length == 0)
            {
                paragraph = bullets = null;
                continue;
            }

            var level = HeadingLevel(start);
            if (level > 0)
            {
                paragraph = bullets = null;
                blocks.Add(new TemplateBlock(BlockKind.Heading, level, [Tokenise(start[(level + 1)..].Trim())]));
            }
            else if (BulletMarks.Any(mark => start.StartsWith(mark, StringComparison.Ordinal)))
            {
                paragraph = null;
                if (bullets is null)
                {
                    bullets = [];
                    blocks.Add(new TemplateBlock(BlockKind.Bullets, 0, bullets));
                }

                bullets.Add(Tokenise(start[2..].Trim()));
            }
            else
            {
                bullets = null;
                if (paragraph is null)
                {
                    paragraph = [];
                    blocks.Add(new TemplateBlock(BlockKind.Paragraph, 0, paragraph));
                }

                paragraph.Add(Tokenise(start.TrimEnd()));
            }
        }

        return blocks;
    }

    private static int HeadingLevel(string line)
    {
        for (var level = 3; level >= 1; level--)
        {
            if (line.StartsWith(new string('#', level) + " ", StringComparison.Ordinal))
            {
                return level;
            }
        }

        return 0;
    }

    private static void AddText(List<Token> tokens, string line, int from, int to)
    {
        if (to > from)
        {
            tokens.Add(new Token(TokenKind.Text, line[from..to]));
        }
    }
}
