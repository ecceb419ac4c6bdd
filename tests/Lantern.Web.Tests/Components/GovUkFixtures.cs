using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components;

/// <summary>Reads the reference fixtures that ship with the govuk-frontend npm package.</summary>
internal static class GovUkFixtures
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, Fixture>> Cache = new();

    // Unknown option names fail deserialisation, so a fixture cannot pass by having its options silently ignored.
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new LenientStringConverter(), new EndSlotConverter() },
    };

    public sealed record Fixture(string Name, JsonElement Options, string Html);

    public static string ComponentsDirectory { get; } = Path.Combine(
        FindRepositoryRoot(), "src", "Lantern.Web", "node_modules", "govuk-frontend", "dist", "govuk", "components");

    public static Fixture Get(string component, string name)
    {
        var fixtures = Cache.GetOrAdd(component, Load);
        return fixtures.TryGetValue(name, out var fixture)
            ? fixture
            : throw new KeyNotFoundException($"No fixture named '{name}' in {component}/fixtures.json.");
    }

    public static T Options<T>(Fixture fixture) =>
        fixture.Options.Deserialize<T>(SerializerOptions)
        ?? throw new InvalidOperationException($"Fixture '{fixture.Name}' has no options.");

    private static IReadOnlyDictionary<string, Fixture> Load(string component)
    {
        var path = Path.Combine(ComponentsDirectory, component, "fixtures.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Missing {path}: run 'dotnet build Lantern.slnx' so npm installs govuk-frontend.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("fixtures").EnumerateArray()
            .Select(f => new Fixture(f.GetProperty("name").GetString()!, f.GetProperty("options").Clone(), f.GetProperty("html").GetString()!))
            .ToDictionary(f => f.Name);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lantern.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find Lantern.slnx above " + AppContext.BaseDirectory);
    }

    /// <summary>Fixtures sometimes give numbers or booleans where the macro treats the value as a string.</summary>
    private sealed class LenientStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => reader.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Null => null,
                _ => throw new JsonException($"Cannot read {reader.TokenType} as a string."),
            };

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>The service navigation end slot is either an HTML string or an object with html and align.</summary>
    private sealed class EndSlotConverter : JsonConverter<ServiceNavigationEndSlotOptions>
    {
        public override ServiceNavigationEndSlotOptions? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new ServiceNavigationEndSlotOptions { Html = reader.GetString() };
            }

            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            return new ServiceNavigationEndSlotOptions
            {
                Html = root.TryGetProperty("html", out var html) ? html.GetString() : null,
                Align = root.TryGetProperty("align", out var align) ? align.GetString() : null,
            };
        }

        public override void Write(Utf8JsonWriter writer, ServiceNavigationEndSlotOptions value, JsonSerializerOptions options) =>
            throw new NotSupportedException();
    }
}
