using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: lists every ModelState error, in ModelState order, each linking to its field.
/// Renders nothing when there are no errors.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
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
        var errors = ErrorList(ViewContext.ViewData.ModelState);
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

    internal static List<ErrorSummaryItemOptions> ErrorList(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        var items = new List<ErrorSummaryItemOptions>();
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
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
