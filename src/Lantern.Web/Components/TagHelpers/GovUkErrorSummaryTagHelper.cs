using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: lists every ModelState error, each linking to its field, in the order the
/// page model declares its properties (the order forms show them), model-level errors first. Renders nothing
/// when there are no errors.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class GovUkErrorSummaryTagHelper(Microsoft.AspNetCore.Mvc.ModelBinding.IModelMetadataProvider? metadataProvider = null) : TagHelper
{
    private static readonly string[] DatePartSuffixes = [".Day", ".Month", ".Year"];

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    [HtmlAttributeName("disable-auto-focus")]
    public bool? DisableAutoFocus { get; set; }

    /// <summary>Keys of fields the model does not declare as properties (a dictionary's entries, such as
    /// "rating-prepared"), in the order the form shows them. They are listed before the declared fields.</summary>
    [HtmlAttributeName("order")]
    public IEnumerable<string>? FieldOrder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var model = ViewContext.ViewData.Model;
        var metadata = model is null ? ViewContext.ViewData.ModelMetadata : metadataProvider?.GetMetadataForType(model.GetType()) ?? ViewContext.ViewData.ModelMetadata;
        var errors = ErrorList(ViewContext.ViewData.ModelState, [.. FieldOrder ?? [], .. DeclaredOrder(metadata)]);
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

    internal static List<ErrorSummaryItemOptions> ErrorList(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, IReadOnlyList<string>? declaredOrder = null)
    {
        var order = declaredOrder ?? [];
        var entries = modelState
            .Select((pair, index) => (pair.Key, pair.Value, Index: index))
            .OrderBy(e => e.Key.Length == 0 ? -1 : Position(order, FieldKey(e.Key)))
            .ThenBy(e => e.Index);
        var items = new List<ErrorSummaryItemOptions>();
        foreach (var (key, entry, _) in entries)
        {
            foreach (var error in entry?.Errors ?? [])
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

    private static bool IsFrameworkType(Type type) =>
        type.Namespace is { } ns && (ns.StartsWith("System", StringComparison.Ordinal) || ns.StartsWith("Microsoft", StringComparison.Ordinal));

    private static int Position(IReadOnlyList<string> order, string key)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Every property key of the model, depth first in declaration order ("Input.Email" after
    /// "Input.Name"), with the binding names pages give some properties.</summary>
    internal static IReadOnlyList<string> DeclaredOrder(Microsoft.AspNetCore.Mvc.ModelBinding.ModelMetadata? metadata)
    {
        var keys = new List<string>();
        Walk(metadata, string.Empty, keys, depth: 0);
        return keys;
    }

    private static void Walk(Microsoft.AspNetCore.Mvc.ModelBinding.ModelMetadata? metadata, string prefix, List<string> keys, int depth)
    {
        if (metadata is null || depth > 3)
        {
            return;
        }

        foreach (var property in metadata.Properties)
        {
            var name = property.BinderModelName ?? property.PropertyName ?? string.Empty;
            var key = prefix.Length == 0 ? name : $"{prefix}.{name}";
            keys.Add(key);

            // Input models hold form fields; framework types (HttpContext and the like) are not walked.
            if (property.IsComplexType && !property.IsEnumerableType && !IsFrameworkType(property.ModelType))
            {
                Walk(property, key, keys, depth + 1);
            }
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
