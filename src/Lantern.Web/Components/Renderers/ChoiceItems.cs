namespace Lantern.Web.Components;

/// <summary>Label options for a radio or checkbox item (its text comes from the item itself).</summary>
public sealed record ItemLabelOptions
{
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Content revealed when a radio or checkbox item is selected.</summary>
public sealed record ConditionalOptions
{
    public string? Html { get; init; }
}

/// <summary>The parts shared by radios and checkboxes, written once for both components.</summary>
internal static class ChoiceItems
{
    public sealed record Item(
        string? Id,
        string Name,
        string? Value,
        string? Text,
        string? Html,
        string? Divider,
        bool IsChecked,
        bool Disabled,
        HintOptions? Hint,
        ItemLabelOptions? Label,
        ConditionalOptions? Conditional,
        string? Behaviour,
        IReadOnlyDictionary<string, string?>? Attributes);

    /// <summary>
    /// Writes the form group, optional fieldset, hint, error and items.
    /// </summary>
    /// <param name="kind">"radios" or "checkboxes": the class prefix and data-module.</param>
    /// <param name="items">Items by position; nulls are skipped but still count towards the id suffix.</param>
    /// <param name="itemDescribedBy">Whether items carry the group's aria-describedby (checkboxes without a fieldset).</param>
    public static void Write(
        HtmlWriter w,
        string kind,
        string idPrefix,
        IReadOnlyList<Item?> items,
        string? describedBy,
        FieldsetOptions? fieldset,
        HintOptions? hint,
        ErrorMessageOptions? errorMessage,
        FormGroupOptions? formGroup,
        string? classes,
        IReadOnlyDictionary<string, string?>? attributes,
        bool itemDescribedBy)
    {
        var inner = new HtmlWriter();
        describedBy = FormGroup.WriteHintAndError(inner, idPrefix, hint, errorMessage, describedBy);
        inner.Open("div").Class("govuk-" + kind, classes).Attributes(attributes).Attr("data-module", "govuk-" + kind).Close().Line();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                WriteItem(inner, kind, idPrefix, item, i + 1, itemDescribedBy && fieldset is null ? describedBy : null);
            }
        }

        inner.End("div").Line();

        FormGroup.OpenGroup(w, errorMessage is not null, formGroup);
        if (fieldset is not null)
        {
            FieldsetRenderer.Write(w, fieldset with { DescribedBy = describedBy }, inner.ToString());
        }
        else
        {
            w.Raw(inner.ToString());
        }

        w.End("div").Line();
    }

    private static void WriteItem(HtmlWriter w, string kind, string idPrefix, Item item, int index, string? groupDescribedBy)
    {
        // The first item has no suffix so that the error summary can link to the field's own id.
        var itemId = !string.IsNullOrEmpty(item.Id) ? item.Id : idPrefix + (index > 1 ? "-" + index : string.Empty);
        if (!string.IsNullOrEmpty(item.Divider))
        {
            w.Open("div").Class($"govuk-{kind}__divider").Close().Text(item.Divider).End("div").Line();
            return;
        }

        var conditionalId = "conditional-" + itemId;
        var hasConditional = !string.IsNullOrEmpty(item.Conditional?.Html);
        var hasHint = item.Hint is not null && (!string.IsNullOrEmpty(item.Hint.Text) || !string.IsNullOrEmpty(item.Hint.Html));
        var itemHintId = itemId + "-item-hint";
        var describedBy = hasHint ? FormGroup.Append(groupDescribedBy, itemHintId) : groupDescribedBy;

        w.Open("div").Class($"govuk-{kind}__item").Close().Line();
        w.Open("input").Class($"govuk-{kind}__input").Attr("id", itemId).Attr("name", item.Name)
            .Attr("type", kind == "radios" ? "radio" : "checkbox").Attr("value", item.Value ?? string.Empty)
            .Flag("checked", item.IsChecked).Flag("disabled", item.Disabled)
            .Attr("data-aria-controls", hasConditional ? conditionalId : null)
            .Attr("data-behaviour", string.IsNullOrEmpty(item.Behaviour) ? null : item.Behaviour)
            .Attr("aria-describedby", string.IsNullOrEmpty(describedBy) ? null : describedBy)
            .Attributes(item.Attributes).Close().Line();
        LabelRenderer.Write(w, new LabelOptions
        {
            Html = item.Html,
            Text = item.Text,
            Classes = HtmlWriter.JoinClasses($"govuk-{kind}__label", item.Label?.Classes),
            Attributes = item.Label?.Attributes,
            For = itemId,
        });
        if (hasHint)
        {
            HintRenderer.Write(w, item.Hint! with { Id = itemHintId, Classes = HtmlWriter.JoinClasses($"govuk-{kind}__hint", item.Hint.Classes) });
        }

        w.End("div").Line();

        if (hasConditional)
        {
            w.Open("div").Class($"govuk-{kind}__conditional", item.IsChecked ? null : $"govuk-{kind}__conditional--hidden")
                .Attr("id", conditionalId).Close().Line().Raw(item.Conditional!.Html!.Trim()).Line().End("div").Line();
        }
    }
}
