using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>A small append-only HTML builder used by the component renderers.</summary>
internal sealed class HtmlWriter
{
    // Allow all Unicode ranges so non-ASCII text such as "£" or "’" is written as-is rather than as entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _builder = new();

    public static string Encode(string? value) => string.IsNullOrEmpty(value) ? string.Empty : Encoder.Encode(value);

    /// <summary>Joins class names, skipping empty parts, as the Nunjucks templates do with string concatenation.</summary>
    public static string JoinClasses(params string?[] parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    public HtmlWriter Raw(string? html)
    {
        _builder.Append(html);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        _builder.Append(Encode(text));
        return this;
    }

    /// <summary>Writes <paramref name="html"/> unencoded when present, otherwise the encoded <paramref name="text"/>.</summary>
    public HtmlWriter Content(string? html, string? text) =>
        !string.IsNullOrEmpty(html) ? Raw(html.Trim()) : Text(text);

    public HtmlWriter Open(string tag)
    {
        _builder.Append('<').Append(tag);
        return this;
    }

    /// <summary>Writes <c> name="value"</c>; a null value writes nothing.</summary>
    public HtmlWriter Attr(string name, string? value)
    {
        if (value is not null)
        {
            _builder.Append(' ').Append(Encode(name)).Append("=\"").Append(Encode(value)).Append('"');
        }

        return this;
    }

    /// <summary>Writes a boolean attribute (name only) when <paramref name="on"/> is true.</summary>
    public HtmlWriter Flag(string name, bool on = true)
    {
        if (on)
        {
            _builder.Append(' ').Append(Encode(name));
        }

        return this;
    }

    public HtmlWriter Class(params string?[] parts) => Attr("class", JoinClasses(parts));

    /// <summary>Writes the component's free-form <c>attributes</c> option; a null value becomes a boolean attribute.</summary>
    public HtmlWriter Attributes(IReadOnlyDictionary<string, string?>? attributes)
    {
        if (attributes is null)
        {
            return this;
        }

        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                Flag(name);
            }
            else
            {
                Attr(name, value);
            }
        }

        return this;
    }

    /// <summary>Ends a start tag.</summary>
    public HtmlWriter Close()
    {
        _builder.Append('>');
        return this;
    }

    public HtmlWriter End(string tag)
    {
        _builder.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlWriter Line()
    {
        _builder.Append('\n');
        return this;
    }

    public IHtmlContent ToHtml() => new HtmlString(_builder.ToString());

    public override string ToString() => _builder.ToString();
}
