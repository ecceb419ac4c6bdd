using System.Text;
using Lantern.Core.Reports;
using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Infrastructure.ReportFiles;

/// <summary>
/// Writes an edition as one standalone web page in the GOV.UK look, for a partnership to publish on its own website
/// or for Chromium to print to PDF. It needs nothing else: the stylesheet is inline, there are no scripts, no fonts,
/// images or other requests, and a content security policy forbids them. Every piece of text is HTML-encoded. The
/// marking stands in a banner at the top and, when printed, at the top of every page.
/// </summary>
public static class ReportHtml
{
    /// <summary>The media type to serve the page with.</summary>
    public const string ContentType = "text/html; charset=utf-8";

    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(4096 + (document.Blocks.Count * 256));
        var language = string.IsNullOrWhiteSpace(document.Language) ? "en-GB" : document.Language;

        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(language)).Append("\" class=\"govuk-template\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"generator\" content=\"Lantern\">\n")
            .Append("<title>").Append(Encode(document.Title, lineBreaks: false)).Append("</title>\n")
            .Append("<style>").Append(ReportHtmlStyles.Sheet).Append("</style>\n")
            .Append(document.Marking is { } pageMarking ? $"<style>{PageMarking(pageMarking)}</style>\n" : string.Empty)
            .Append("</head>\n<body class=\"govuk-template__body\">\n")
            .Append("<a href=\"#main-content\" class=\"govuk-skip-link\">Skip to main content</a>\n");

        if (document.Marking is { } marking)
        {
            html.Append("<header class=\"lantern-marking\">\n<div class=\"govuk-width-container\">\n<p class=\"lantern-marking__text\">")
                .Append(Encode(marking)).Append("</p>\n</div>\n</header>\n");
        }

        html.Append("<div class=\"govuk-width-container\">\n<main class=\"govuk-main-wrapper\" id=\"main-content\">\n")
            .Append("<h1 class=\"govuk-heading-xl\">").Append(Encode(document.Title)).Append("</h1>\n")
            .Append("<p class=\"govuk-body-l lantern-subtitle\">").Append(Encode(document.Subtitle)).Append("</p>\n");
        if (document.VersionLabel.Trim().Length > 0)
        {
            html.Append("<p class=\"govuk-body-s lantern-secondary\">From version ").Append(Encode(document.VersionLabel.Trim())).Append("</p>\n");
        }

        foreach (var block in document.Blocks)
        {
            Append(html, block);
        }

        html.Append("</main>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The print rule that writes the marking in the top margin of every printed page (a CSS page-margin box,
    /// so it never sits over the text), with the banner itself left off paper. The marking is escaped as a CSS string.</summary>
    private static string PageMarking(string marking)
    {
        var text = new StringBuilder(marking.Length + 16);
        foreach (var c in marking)
        {
            if (c is '"' or '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c is '\n' or '\r')
            {
                text.Append(' ');
            }
            else if (c == '<')
            {
                text.Append("\\3C ");
            }
            else if (!char.IsControl(c))
            {
                text.Append(c);
            }
        }

        return "@media print{@page{margin-top:24mm;@top-center{content:\"" + text +
            "\";font-family:arial,sans-serif;font-size:10pt;font-weight:700;color:#000;vertical-align:bottom;padding-bottom:3mm;border-bottom:1.5pt solid #000}}}";
    }

    private static void Append(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case ReportHeading heading:
                // The edition's title is the page's only h1, so the report's sections start at h2.
                var level = Math.Clamp(heading.Level, 1, 3);
                var size = level switch { 1 => "l", 2 => "m", _ => "s" };
                html.Append("<h").Append(level + 1).Append(" class=\"govuk-heading-").Append(size).Append("\">")
                    .Append(Encode(heading.Text)).Append("</h").Append(level + 1).Append(">\n");
                break;
            case ReportParagraph paragraph:
                html.Append("<p class=\"govuk-body\">").Append(Encode(paragraph.Text)).Append("</p>\n");
                break;
            case ReportList list when list.Items.Count > 0:
                var tag = list.Numbered ? "ol" : "ul";
                html.Append('<').Append(tag).Append(" class=\"govuk-list govuk-list--").Append(list.Numbered ? "number" : "bullet").Append("\">\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(Encode(item)).Append("</li>\n");
                }

                html.Append("</").Append(tag).Append(">\n");
                break;
            case ReportTable table:
                AppendTable(html, table);
                break;
        }
    }

    private static void AppendTable(StringBuilder html, ReportTable table)
    {
        html.Append("<table class=\"govuk-table\">\n<caption class=\"govuk-table__caption govuk-table__caption--m\">")
            .Append(Encode(table.Caption)).Append("</caption>\n<thead class=\"govuk-table__head\">\n<tr class=\"govuk-table__row\">");
        foreach (var header in table.Header)
        {
            html.Append("<th scope=\"col\" class=\"govuk-table__header\">").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody class=\"govuk-table__body\">\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr class=\"govuk-table__row\">");

            // A short row is padded so its cells stay under the right headings.
            for (var column = 0; column < Math.Max(row.Count, table.Header.Count); column++)
            {
                html.Append("<td class=\"govuk-table__cell\">").Append(column < row.Count ? Encode(row[column]) : string.Empty).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>
    /// The text, cleaned as it is for Word, with the five characters that mean something in HTML escaped and line
    /// breaks kept as &lt;br&gt; (or made spaces, for the title and attributes). Safe in element content and in double-
    /// or single-quoted attributes.
    /// </summary>
    internal static string Encode(string? text, bool lineBreaks = true)
    {
        var clean = WordText.Clean(text);
        var encoded = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            _ = c switch
            {
                '&' => encoded.Append("&amp;"),
                '<' => encoded.Append("&lt;"),
                '>' => encoded.Append("&gt;"),
                '"' => encoded.Append("&quot;"),
                '\'' => encoded.Append("&#39;"),
                '\n' => encoded.Append(lineBreaks ? "<br>" : " "),
                _ => encoded.Append(c),
            };
        }

        return encoded.ToString();
    }
}
