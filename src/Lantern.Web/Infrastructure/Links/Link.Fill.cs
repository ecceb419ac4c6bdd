using System.Text;

namespace Lantern.Web.Infrastructure.Links;

public static partial class Link
{
    /// <summary>
    /// Fills a route template's parameters, in order, with <paramref name="values"/>: constraints are dropped and an
    /// optional parameter given null leaves out its segment with the slash before it.
    /// </summary>
    public static string Fill(string template, params object?[] values)
    {
        var url = new StringBuilder(template.Length + 40);
        var next = 0;
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] != '{')
            {
                url.Append(template[i++]);
                continue;
            }

            var end = template.IndexOf('}', i);
            if (end < 0)
            {
                throw new FormatException($"The route template '{template}' has an unclosed parameter.");
            }

            var parameter = template[(i + 1)..end];
            if (next >= values.Length)
            {
                throw new ArgumentException($"The route template '{template}' needs a value for {{{parameter}}}.", nameof(values));
            }

            var value = values[next++];
            if (value is null)
            {
                if (!parameter.EndsWith('?'))
                {
                    throw new ArgumentNullException(nameof(values), $"The route template '{template}' needs a value for {{{parameter}}}.");
                }

                if (url.Length > 1 && url[^1] == '/')
                {
                    url.Length--;
                }
            }
            else
            {
                url.Append(Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
            }

            i = end + 1;
        }

        if (next != values.Length)
        {
            throw new ArgumentException($"The route template '{template}' takes {next} values, not {values.Length}.", nameof(values));
        }

        return url.ToString();
    }
}
