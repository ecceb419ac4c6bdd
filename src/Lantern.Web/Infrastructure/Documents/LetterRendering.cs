using System.Text;

namespace Lantern.Web.Infrastructure.Documents;

/// <summary>
/// Letters from templates that partnerships edit, with ((placeholder)) fields. <see cref="Check"/> says in plain
/// words what is wrong with a template; <see cref="Render"/> and <see cref="Preview"/> fill it in. See
/// docs/documents.md for the template rules.
/// </summary>
public static class LetterRendering
{
    public const int MaximumLength = 20_000;

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The problems with a template, each a sentence for a GOV.UK error message, and the placeholders it uses (in
    /// normal form: lower case, single spaces; known or not, in the order they first appear).
    /// </summary>
    public static TemplateCheck Check(string template, IReadOnlyCollection<string> allowedPlaceholders)
    {
        ArgumentNullException.ThrowIfNull(allowedPlaceholders);
        if (string.IsNullOrWhiteSpace(template))
        {
            return new TemplateCheck(["Enter the text of the letter"], []);
        }

        var problems = new List<string>();
        if (template.Length > MaximumLength)
        {
            problems.Add(string.Create(British, $"The letter must be {MaximumLength:N0} characters or fewer. It has {template.Length:N0}"));
        }

        var allowed = allowedPlaceholders.Select(LetterTemplateSyntax.Normalise).ToHashSet(StringComparer.Ordinal);
        var used = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var lines = LetterTemplateSyntax.Lines(template);
        for (var number = 1; number <= lines.Length; number++)
        {
            foreach (var token in LetterTemplateSyntax.Tokenise(lines[number - 1]))
            {
                switch (token.Kind)
                {
                    case TokenKind.Unclosed:
                        problems.Add($"The (( on line {number} is not closed. End each placeholder with )), for example ((chair name))");
                        break;
                    case TokenKind.Empty:
                        problems.Add($"The (()) on line {number} is empty. Put a placeholder name between the brackets or delete them");
                        break;
                    case TokenKind.Placeholder:
                        if (!used.Contains(token.Text))
                        {
                            used.Add(token.Text);
                        }

                        if (!allowed.Contains(token.Text) && reported.Add(token.Text))
                        {
                            problems.Add($"(({token.Text})) on line {number} is not one Lantern knows. Use one of: {Listed(allowedPlaceholders)}");
                        }

                        break;
                    default:
                        break;
                }
            }
        }

        return new TemplateCheck(problems, used);
    }

    /// <summary>
    /// The letter as a Word document. <paramref name="title"/> is the document's title in its properties. When
    /// <paramref name="letterDate"/> is given it is the first line, on the right, and fills ((date)).
    /// </summary>
    public static RenderedLetter Render(
        string title, string template, IReadOnlyDictionary<string, string?> values, DateOnly? letterDate)
    {
        var letter = Fill(template, values, letterDate);
        var document = new WordDocument(title);
        if (letter.Date is not null)
        {
            document.RightAlignedParagraph(letter.Date);
        }

        foreach (var block in letter.Blocks)
        {
            _ = block.Kind switch
            {
                BlockKind.Heading => document.Heading(block.Level, block.Lines[0]),
                BlockKind.Bullets => document.Bullets(block.Lines),
                _ => document.Paragraph(string.Join('\n', block.Lines)),
            };
        }

        return new RenderedLetter(document.ToBytes(), letter.Missing);
    }

    /// <summary>The letter as plain text: blocks separated by a blank line, bullets starting "• ".</summary>
    public static LetterPreview Preview(
        string template, IReadOnlyDictionary<string, string?> values, DateOnly? letterDate)
    {
        var letter = Fill(template, values, letterDate);
        var parts = new List<string>();
        if (letter.Date is not null)
        {
            parts.Add(letter.Date);
        }

        parts.AddRange(letter.Blocks.Select(block => block.Kind == BlockKind.Bullets
            ? string.Join('\n', block.Lines.Select(item => "\u2022 " + item))
            : string.Join('\n', block.Lines)));
        return new LetterPreview(string.Join("\n\n", parts), letter.Missing);
    }

    /// <summary>"1 December 2026".</summary>
    public static string FormatDate(DateOnly date) => date.LongDate();

    private static string Listed(IEnumerable<string> names) =>
        string.Join(", ", names.Select(name => $"(({LetterTemplateSyntax.Normalise(name)}))"));

    private static FilledLetter Fill(string template, IReadOnlyDictionary<string, string?> values, DateOnly? letterDate)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            var clean = WordText.Clean(value).Trim();
            if (clean.Length > 0)
            {
                known.TryAdd(LetterTemplateSyntax.Normalise(name), clean);
            }
        }

        var date = letterDate is DateOnly day ? FormatDate(day) : null;
        if (date is not null)
        {
            known[LetterPlaceholders.Date] = date;
        }

        var missing = new List<string>();
        var blocks = new List<FilledBlock>();
        foreach (var block in LetterTemplateSyntax.Blocks(template))
        {
            // A line left blank only because values were missing is dropped, and so is a block with no lines left.
            var lines = block.Lines
                .Select(line => Substitute(line, known, missing))
                .Where(line => !string.IsNullOrWhiteSpace(line))
                .ToList();
            if (lines.Count > 0)
            {
                blocks.Add(new FilledBlock(block.Kind, block.Level, lines));
            }
        }

        return new FilledLetter(date, blocks, missing);
    }

    private static string Substitute(IReadOnlyList<Token> line, Dictionary<string, string> known, List<string> missing)
    {
        // Values are appended as they are and never scanned again, so a value cannot add structure or placeholders.
        var text = new StringBuilder();
        foreach (var token in line)
        {
            if (token.Kind != TokenKind.Placeholder)
            {
                text.Append(token.Text);
            }
            else if (known.TryGetValue(token.Text, out var value))
            {
                text.Append(value);
            }
            else if (!missing.Contains(token.Text))
            {
                missing.Add(token.Text);
            }
        }

        return text.ToString().Trim();
    }

    private sealed record FilledBlock(BlockKind Kind, int Level, IReadOnlyList<string> Lines);

    private sealed record FilledLetter(string? Date, IReadOnlyList<FilledBlock> Blocks, IReadOnlyList<string> Missing);
}
