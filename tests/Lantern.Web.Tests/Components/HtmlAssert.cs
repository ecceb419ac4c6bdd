using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Tests.Components;

/// <summary>Compares HTML by structure: elements, attribute sets, class token sets and whitespace-collapsed text.</summary>
internal static partial class HtmlAssert
{
    public static void Equivalent(string expected, IHtmlContent actual) => Equivalent(expected, ToHtml(actual));

    public static void Equivalent(string expected, string actual)
    {
        var normalisedExpected = Normalise(expected);
        var normalisedActual = Normalise(actual);
        if (normalisedExpected != normalisedActual)
        {
            Assert.Fail($"HTML differs.{Environment.NewLine}Expected:{Environment.NewLine}{normalisedExpected}{Environment.NewLine}Actual:{Environment.NewLine}{normalisedActual}");
        }
    }

    public static string ToHtml(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    public static IElement Parse(string html) => ParseBody(html);

    /// <summary>Renders the HTML as an indented canonical tree, one node per line.</summary>
    public static string Normalise(string html)
    {
        var builder = new StringBuilder();
        foreach (var node in ParseBody(html).ChildNodes)
        {
            Write(builder, node, 0);
        }

        return builder.ToString();
    }

    private static IElement ParseBody(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + html + "</body></html>");
        return document.Body!;
    }

    private static void Write(StringBuilder builder, INode node, int depth)
    {
        switch (node)
        {
            case IElement element:
                builder.Append(' ', depth * 2).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    var value = attribute.Name == "class"
                        ? string.Join(' ', attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                            .Distinct().Order(StringComparer.Ordinal))
                        : Collapse(attribute.Value);
                    builder.Append(' ').Append(attribute.Name).Append("=\"").Append(value).Append('"');
                }

                builder.Append('>').AppendLine();
                foreach (var child in element.ChildNodes)
                {
                    Write(builder, child, depth + 1);
                }

                break;
            case IText text:
                var collapsed = Collapse(text.Data);
                if (collapsed.Length > 0)
                {
                    builder.Append(' ', depth * 2).Append('"').Append(collapsed).Append('"').AppendLine();
                }

                break;
        }
    }

    // Only HTML's own whitespace characters collapse: a no-break space is content.
    private static string Collapse(string value) => Whitespace().Replace(value, " ").Trim(' ');

    [GeneratedRegex("[ \t\n\r\f]+")]
    private static partial Regex Whitespace();
}
