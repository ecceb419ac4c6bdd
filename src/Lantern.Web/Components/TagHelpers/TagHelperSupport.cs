using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>Shared plumbing for the GOV.UK tag helpers.</summary>
internal static class TagHelperSupport
{
    /// <summary>Replaces the custom element with the rendered component.</summary>
    public static void Replace(TagHelperOutput output, IHtmlContent html)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(html);
    }

    /// <summary>
    /// Takes the attributes the tag helper does not bind, so they can be passed on as the component's
    /// <c>classes</c> (from <c>class</c>) and <c>attributes</c> (everything else).
    /// </summary>
    public static (string? Classes, IReadOnlyDictionary<string, string?>? Attributes) TakeUnboundAttributes(TagHelperOutput output)
    {
        string? classes = null;
        var attributes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in output.Attributes)
        {
            var value = ValueOf(attribute);
            if (string.Equals(attribute.Name, "class", StringComparison.OrdinalIgnoreCase))
            {
                classes = value;
            }
            else
            {
                attributes[attribute.Name] = value;
            }
        }

        output.Attributes.Clear();
        return (classes, attributes.Count == 0 ? null : attributes);
    }

    /// <summary>Reads child content as HTML, or null when it is only whitespace.</summary>
    public static async Task<string?> ChildHtmlAsync(TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        return content.IsEmptyOrWhiteSpace ? null : content.GetContent().Trim();
    }

    /// <summary>
    /// Splits child content into the component's <c>text</c> or <c>html</c> option: markup-free content is passed as
    /// text so the component renders it exactly as GOV.UK does for plain text.
    /// </summary>
    public static (string? Text, string? Html) TextOrHtml(string? html) =>
        html is null ? (null, null)
        : html.Contains('<', StringComparison.Ordinal) ? (null, html)
        : (WebUtility.HtmlDecode(html), null);

    private static string? ValueOf(TagHelperAttribute attribute)
    {
        switch (attribute.Value)
        {
            case null:
                return null;
            case string text:
                return text;
            case IHtmlContent html:
                // The renderer encodes attribute values, so undo the encoding Razor already applied.
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return Convert.ToString(attribute.Value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
