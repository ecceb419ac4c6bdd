using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Core.SettingUp;

namespace Lantern.Core.Reports;

/// <summary>The result of reading an edited structure: the sections when it is valid, otherwise the problems, each
/// naming its field as <c>Sections[2].Heading</c> (counting from 1, as a person would).</summary>
public sealed record ReportStructureReading(IReadOnlyList<ReportSectionDefinition>? Sections, IReadOnlyList<FieldProblem> Problems)
{
    public bool IsValid => Sections is not null && Problems.Count == 0;
}

public static partial class ReportStructure
{
    public const int KeyMaxLength = 40;
    public const int HeadingMaxLength = 120;
    public const int PromptMaxLength = 600;
    public const int MaxSections = 30;

    /// <summary>The largest JSON text read: far more than <see cref="MaxSections"/> sections need.</summary>
    public const int JsonMaxLength = 64_000;

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>The structure as a partnership edits it: a JSON array of objects with key, heading, prompt, source and use,
    /// the last two as kebab-case names ("case-in-brief", "family-summary").</summary>
    public static string ToJson(IReadOnlyList<ReportSectionDefinition> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            writer.WriteStartArray();
            foreach (var s in sections)
            {
                writer.WriteStartObject();
                writer.WriteString("key", s.Key);
                writer.WriteString("heading", s.Heading);
                writer.WriteString("prompt", s.Prompt);
                writer.WriteString("source", Kebab(s.Source.ToString()));
                writer.WriteString("use", Kebab(s.Use.ToString()));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads an edited structure, checking it: at least one and at most <see cref="MaxSections"/> sections; each key
    /// lower-case letters, digits and hyphens, unique (case aside); a heading; text within its length; a known source
    /// and use (use may be left out, meaning the report). Texts are trimmed and keys lower-cased.</summary>
    public static ReportStructureReading Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Fail("Sections", "Enter the report's sections");
        }

        if (json.Length > JsonMaxLength)
        {
            return Fail("Sections", $"The structure must be {JsonMaxLength:N0} characters or fewer");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return Fail("Sections", $"The structure is not valid JSON (line {(e.LineNumber ?? 0) + 1})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Fail("Sections", "The structure must be a list of sections");
            }

            var count = document.RootElement.GetArrayLength();
            if (count == 0)
            {
                return Fail("Sections", "The report needs at least one section");
            }

            if (count > MaxSections)
            {
                return Fail("Sections", $"A report can have at most {MaxSections} sections");
            }

            var problems = new List<FieldProblem>();
            var sections = new List<ReportSectionDefinition>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var n = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                n++;
                if (ReadSection(element, $"Sections[{n}]", problems) is { } section)
                {
                    if (!seen.Add(section.Key))
                    {
                        problems.Add(new($"Sections[{n}].Key", $"Section {n} has the key \"{section.Key}\", which an earlier section already uses"));
                    }

                    sections.Add(section);
                }
            }

            return problems.Count == 0 ? new(sections, []) : new(null, problems);
        }
    }

    private static ReportSectionDefinition? ReadSection(JsonElement element, string field, List<FieldProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(field, $"{Said(field)} must be an object with a key, heading and source"));
            return null;
        }

        var before = problems.Count;
        // Keys are compared and kept in lower case, so "Findings" typed by hand is the "findings" section.
        var key = Text(element, "key", field + ".Key", problems)?.ToLowerInvariant();
        var heading = Text(element, "heading", field + ".Heading", problems);
        var prompt = Text(element, "prompt", field + ".Prompt", problems) ?? string.Empty;
        var sourceText = Text(element, "source", field + ".Source", problems);
        var useText = Text(element, "use", field + ".Use", problems);

        if (string.IsNullOrEmpty(key))
        {
            problems.Add(new(field + ".Key", $"Enter a key for {Said(field).ToLowerInvariant()}"));
        }
        else if (key.Length > KeyMaxLength)
        {
            problems.Add(new(field + ".Key", $"The key of {Said(field).ToLowerInvariant()} must be {KeyMaxLength} characters or fewer"));
        }
        else if (!KeyPattern().IsMatch(key))
        {
            problems.Add(new(field + ".Key", $"The key of {Said(field).ToLowerInvariant()} must be lower-case letters, digits and hyphens, like \"case-in-brief\""));
        }

        if (string.IsNullOrEmpty(heading))
        {
            problems.Add(new(field + ".Heading", $"Enter a heading for {Said(field).ToLowerInvariant()}"));
        }
        else if (heading.Length > HeadingMaxLength)
        {
            problems.Add(new(field + ".Heading", $"The heading of {Said(field).ToLowerInvariant()} must be {HeadingMaxLength} characters or fewer"));
        }

        if (prompt.Length > PromptMaxLength)
        {
            problems.Add(new(field + ".Prompt", $"The prompt of {Said(field).ToLowerInvariant()} must be {PromptMaxLength} characters or fewer"));
        }

        var source = SectionSourceKind.None;
        if (sourceText is not null && !TryEnum(sourceText, out source))
        {
            problems.Add(new(field + ".Source", $"{Said(field)} draws from \"{sourceText}\", which Lantern does not know. Use one of: {Known<SectionSourceKind>()}"));
        }

        var use = SectionUse.Report;
        if (!string.IsNullOrEmpty(useText) && !TryEnum(useText, out use))
        {
            problems.Add(new(field + ".Use", $"{Said(field)} is for \"{useText}\", which Lantern does not know. Use one of: {Known<SectionUse>()}"));
        }

        return problems.Count > before ? null : new(key!, heading!, prompt, source, use);
    }

    private static string? Text(JsonElement element, string name, string field, List<FieldProblem> problems)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (property.Value.ValueKind != JsonValueKind.String)
            {
                problems.Add(new(field, $"The {name} of {Said(field[..field.LastIndexOf('.')]).ToLowerInvariant()} must be text in quotes"));
                return null;
            }

            return property.Value.GetString()!.Trim();
        }

        return null;
    }

    private static bool TryEnum<T>(string text, out T value)
        where T : struct, Enum
    {
        var plain = text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse(plain, ignoreCase: true, out value) && Enum.IsDefined(value) && !plain.All(char.IsDigit);
    }

    private static string Known<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(Kebab));

    /// <summary>"CaseInBrief" as "case-in-brief".</summary>
    private static string Kebab(string name) => CapitalAfterLetter().Replace(name, "-$1").ToLowerInvariant();

    /// <summary>"Sections[3]" as "Section 3".</summary>
    private static string Said(string field) => "Section " + field[(field.IndexOf('[', StringComparison.Ordinal) + 1)..field.IndexOf(']', StringComparison.Ordinal)];

    private static ReportStructureReading Fail(string field, string message) => new(null, [new(field, message)]);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex CapitalAfterLetter();
}
