using System.Text;

namespace Lantern.Core.Analysis;

/// <summary>
/// Codes written as an indented outline, the way an administrator types them into one box: one code a line,
/// each starting "- ", two more spaces for each level down, and an optional prompt after " : " (a colon with a
/// space either side, so a name can still contain "Team: supervision").
/// <code>
/// - Team : What was it like to work in the team?
///   - Supervision
///   - Workload
/// </code>
/// Keys come from the names, so a code keeps its key in a new version as long as its name stays the same.
/// </summary>
public static class CodingSchemeOutline
{
    public const int MaxCodes = 300;
    public const int MaxLength = 30_000;
    public const string PromptSeparator = " : ";

    public sealed record Result(IReadOnlyList<Code> Codes, IReadOnlyList<string> Errors);

    private sealed class Node(string key, string name, string? prompt)
    {
        public List<Node> Children { get; } = [];

        public Code ToCode() => new(key, name, prompt, Children.Select(c => c.ToCode()).ToList());
    }

    public static Result Parse(string? text)
    {
        var errors = new List<string>();
        var top = new List<Node>();
        var path = new List<Node>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var lines = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Replace("\t", "  ", StringComparison.Ordinal).TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            var number = i + 1;
            var indent = line.Length - line.TrimStart(' ').Length;
            var body = line[indent..];
            if (!body.StartsWith('-'))
            {
                errors.Add($"Line {number}: start each code with a hyphen and a space, like \"- Team\"");
                continue;
            }

            if (indent % 2 != 0)
            {
                errors.Add($"Line {number}: indent each level by 2 spaces (this line has {indent})");
                continue;
            }

            var depth = indent / 2 + 1;
            if (depth > path.Count + 1)
            {
                errors.Add($"Line {number}: this code is indented more than one level below the code above it");
                continue;
            }

            if (depth > CodingScheme.MaxDepth)
            {
                errors.Add($"Line {number}: codes can go at most {CodingScheme.MaxDepth} levels deep");
                continue;
            }

            var content = body[1..];
            var split = content.IndexOf(PromptSeparator, StringComparison.Ordinal);
            var name = (split < 0 ? content : content[..split]).Trim();
            var prompt = split < 0 ? null : content[(split + PromptSeparator.Length)..].Trim();
            if (name.Length == 0)
            {
                errors.Add($"Line {number}: write the code's name after the hyphen");
                continue;
            }

            if (name.Length > CodingScheme.NameMaxLength)
            {
                errors.Add($"Line {number}: the name must be {CodingScheme.NameMaxLength} characters or fewer");
                continue;
            }

            if (++count > MaxCodes)
            {
                errors.Add($"A scheme can have at most {MaxCodes} codes");
                break;
            }

            var node = new Node(UniqueKey(name, keys), name, string.IsNullOrEmpty(prompt) ? null : prompt);
            path.RemoveRange(depth - 1, path.Count - (depth - 1));
            (depth == 1 ? top : path[^1].Children).Add(node);
            path.Add(node);
        }

        return new Result(top.Select(n => n.ToCode()).ToList(), errors);
    }

    /// <summary>The outline that <see cref="Parse"/> reads back to the same codes (keys aside).</summary>
    public static string Write(IReadOnlyList<Code> codes)
    {
        var text = new StringBuilder();
        void Visit(IReadOnlyList<Code> level, int depth)
        {
            foreach (var code in level)
            {
                text.Append(' ', depth * 2).Append("- ").Append(code.Name);
                if (!string.IsNullOrWhiteSpace(code.Prompt))
                {
                    text.Append(PromptSeparator).Append(code.Prompt);
                }

                text.Append('\n');
                Visit(code.Children, depth + 1);
            }
        }

        Visit(codes, 0);
        return text.ToString();
    }

    /// <summary>A key made from <paramref name="name"/>: lower-case letters and digits joined by hyphens, made
    /// unique among <paramref name="taken"/> (which it joins) by a number.</summary>
    public static string UniqueKey(string name, ISet<string> taken)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var stem = slug.ToString().Trim('-');
        stem = stem.Length > 50 ? stem[..50].TrimEnd('-') : stem;
        stem = stem.Length == 0 ? "code" : stem;
        var key = stem;
        for (var n = 2; !taken.Add(key); n++)
        {
            key = $"{stem}-{n}";
        }

        return key;
    }
}
