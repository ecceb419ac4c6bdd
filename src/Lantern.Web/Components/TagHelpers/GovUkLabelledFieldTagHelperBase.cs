using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>Base for the single fields with a label of their own (input, password, select, textarea).</summary>
public abstract class GovUkLabelledFieldTagHelperBase : GovUkFieldTagHelperBase
{
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeName("label-is-page-heading")]
    public bool LabelIsPageHeading { get; set; }

    /// <summary>The label, which every labelled field must have.</summary>
    protected LabelOptions LabelFor() =>
        new() { Text = Require(Label, "label", ElementName), Classes = LabelClass, IsPageHeading = LabelIsPageHeading };

    /// <summary>The error message recorded against this field, if any.</summary>
    protected ErrorMessageOptions? FieldError() => ErrorOptionsFor(FirstError(FieldName));

    protected static FormGroupOptions? FormGroupFor(string? classes) => classes is null ? null : new FormGroupOptions { Classes = classes };
}
