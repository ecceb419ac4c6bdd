using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the toggle button of a password input.</summary>
public sealed record PasswordInputButtonOptions
{
    public string? Classes { get; init; }
}

/// <summary>Options for the GOV.UK password input component (Nunjucks <c>govukPasswordInput</c> params).</summary>
public sealed record PasswordInputOptions : LabelledFieldOptions
{
    /// <summary>Either "current-password" (the default) or "new-password".</summary>
    public string? Autocomplete { get; init; }

    public string? ShowPasswordText { get; init; }
    public string? HidePasswordText { get; init; }
    public string? ShowPasswordAriaLabelText { get; init; }
    public string? HidePasswordAriaLabelText { get; init; }
    public string? PasswordShownAnnouncementText { get; init; }
    public string? PasswordHiddenAnnouncementText { get; init; }
    public PasswordInputButtonOptions? Button { get; init; }
}

public static class PasswordInputRenderer
{
    public static IHtmlContent Render(PasswordInputOptions options)
    {
        var id = options.ControlId;

        // The component's JavaScript reads its translations from data-i18n.* attributes on the form group.
        var groupAttributes = new Dictionary<string, string?> { ["data-module"] = "govuk-password-input" };
        AddI18n(groupAttributes, "show-password", options.ShowPasswordText);
        AddI18n(groupAttributes, "hide-password", options.HidePasswordText);
        AddI18n(groupAttributes, "show-password-aria-label", options.ShowPasswordAriaLabelText);
        AddI18n(groupAttributes, "hide-password-aria-label", options.HidePasswordAriaLabelText);
        AddI18n(groupAttributes, "password-shown-announcement", options.PasswordShownAnnouncementText);
        AddI18n(groupAttributes, "password-hidden-announcement", options.PasswordHiddenAnnouncementText);
        foreach (var (name, value) in options.FormGroup?.Attributes ?? new Dictionary<string, string?>())
        {
            groupAttributes[name] = value;
        }

        var button = ButtonRenderer.Render(new ButtonOptions
        {
            Type = "button",
            Classes = HtmlWriter.JoinClasses(
                "govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle", options.Button?.Classes),
            Text = string.IsNullOrEmpty(options.ShowPasswordText) ? "Show" : options.ShowPasswordText,
            Attributes = new Dictionary<string, string?>
            {
                ["aria-controls"] = id,
                ["aria-label"] = string.IsNullOrEmpty(options.ShowPasswordAriaLabelText) ? "Show password" : options.ShowPasswordAriaLabelText,
                ["hidden"] = null,
            },
        });

        var input = new InputOptions
        {
            FormGroup = new FormGroupOptions { Classes = options.FormGroup?.Classes, Attributes = groupAttributes },
            InputWrapper = new InputWrapperOptions { Classes = "govuk-password-input__wrapper" },
            Label = options.Label,
            Hint = options.Hint,
            Classes = HtmlWriter.JoinClasses("govuk-password-input__input govuk-js-password-input-input", options.Classes),
            ErrorMessage = options.ErrorMessage,
            Id = id,
            Name = options.Name,
            Type = "password",
            Spellcheck = false,
            Autocapitalize = "none",
            Autocomplete = string.IsNullOrEmpty(options.Autocomplete) ? "current-password" : options.Autocomplete,
            Value = options.Value,
            Disabled = options.Disabled,
            DescribedBy = options.DescribedBy,
            Attributes = options.Attributes,
        };

        var writer = new HtmlWriter();
        InputRenderer.Write(writer, input, button.ToString(), "govuk-password-input");
        return writer.ToHtml();
    }

    private static void AddI18n(Dictionary<string, string?> attributes, string key, string? message)
    {
        if (!string.IsNullOrEmpty(message))
        {
            attributes["data-i18n." + key] = message;
        }
    }
}
