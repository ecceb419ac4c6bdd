using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: lists every ModelState error, each linking to its field, in the order of the
/// page model's properties (the order of the form, as GOV.UK asks), errors about the whole form first. Not
/// in ModelState's own order, which sorts keys by length. Renders nothing when there are no errors.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed partial class GovUkErrorSummaryTagHelper : TagHelper
{
    private static readonly string[] DatePartSuffixes = [".Day", ".Month", ".Year"];

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    [HtmlAttributeName("disable-auto-focus")]
    public bool? DisableAutoFocus { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ErrorList(ViewContext.ViewData.ModelState, ViewContext.ViewData.ModelMetadata);
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var options = new ErrorSummaryOptions
        {
            TitleText = string.IsNullOrEmpty(Title) ? "There is a problem" : Title,
            ErrorList = errors,
            DisableAutoFocus = DisableAutoFocus,
            Classes = classes,
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, ErrorSummaryRenderer.Render(options));
    }

    internal static List<ErrorSummaryItemOptions> ErrorList(ModelStateDictionary modelState, ModelMetadata? model = null)
    {
        var items = new List<ErrorSummaryItemOptions>();
        var fields = modelState
            .Select(field => (field.Key, Errors: field.Value?.Errors ?? []))
            .Where(field => field.Errors.Count > 0)
            .OrderBy(field => PositionOf(model, field.Key), PositionComparer.Instance);
        foreach (var (key, errors) in fields)
        {
            foreach (var error in errors)
            {
                items.Add(new ErrorSummaryItemOptions
                {
                    Text = GovUkFieldTagHelperBase.MessageOf(error),

                    // Model-level errors have no field to link to.
                    Href = string.IsNullOrEmpty(key) ? null : "#" + TagBuilder.CreateSanitizedId(FieldKey(key), "_"),
                });
            }
        }

        return items;
    }

    /// <summary>
    /// Where a ModelState key's field comes in the model: the index of each property on its path (and of each
    /// collection item), so <c>Input.Email</c> sorts by Input's place in the page model, then Email's place in
    /// Input. An empty key (an error about the whole form) comes first; a key the model does not know, last.
    /// </summary>
    private static int[] PositionOf(ModelMetadata? metadata, string key)
    {
        var position = new List<int>();
        if (string.IsNullOrEmpty(key))
        {
            return [];
        }

        foreach (var part in key.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            var index = metadata is null ? -1 : IndexOfProperty(metadata, name);
            if (index < 0)
            {
                position.Add(int.MaxValue);
                break;
            }

            position.Add(index);
            metadata = metadata!.Properties[index];
            foreach (Match item in ItemIndex().Matches(part))
            {
                position.Add(int.Parse(item.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture));
                metadata = metadata?.ElementMetadata;
            }

            if (metadata is null)
            {
                break;
            }
        }

        return [.. position];
    }

    [GeneratedRegex(@"\[(\d{1,9})\]")]
    private static partial Regex ItemIndex();

    private static int IndexOfProperty(ModelMetadata metadata, string name)
    {
        for (var i = 0; i < metadata.Properties.Count; i++)
        {
            if (string.Equals(metadata.Properties[i].PropertyName, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Compares positions item by item; a position that is a prefix of another comes first.</summary>
    private sealed class PositionComparer : IComparer<int[]>
    {
        public static readonly PositionComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }

    // Errors on a date input's parts link to the date field, whose id is on the day input.
    private static string FieldKey(string key)
    {
        foreach (var suffix in DatePartSuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
            {
                return key[..^suffix.Length];
            }
        }

        return key;
    }
}
