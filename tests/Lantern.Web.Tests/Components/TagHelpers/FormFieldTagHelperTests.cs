using Lantern.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using static Lantern.Web.Tests.Components.TagHelpers.TestHtml;

namespace Lantern.Web.Tests.Components.TagHelpers;

public class FormFieldTagHelperTests
{
    private static (GovUkInputTagHelper Helper, ModelStateDictionary ModelState) Input(TestPageModel model)
    {
        var modelState = new ModelStateDictionary();
        var viewContext = TagHelperHarness.CreateViewContext(model, modelState);
        var helper = new GovUkInputTagHelper
        {
            ViewContext = viewContext,
            For = TagHelperHarness.For<TestPageModel, string?>(viewContext, m => m.Input.Email),
            Label = "Email address",
        };
        return (helper, modelState);
    }

    [Fact]
    public void Input_ModelHasValue_RendersValueWithNameAndSanitisedId()
    {
        var (helper, _) = Input(new TestPageModel { Input = { Email = "sam@example.org" } });

        var html = TagHelperHarness.Render(helper, "govuk-input");

        var input = Single(html, "input");
        Assert.Equal("Input_Email", input.Id);
        Assert.Equal("Input.Email", input.GetAttribute("name"));
        Assert.Equal("sam@example.org", input.GetAttribute("value"));
        Assert.Equal("Input_Email", Single(html, "label").GetAttribute("for"));
        Assert.Equal("Email address", Single(html, "label").TextContent.Trim());
    }

    [Fact]
    public void Input_ModelStateHasAttemptedValue_RendersAttemptedValueNotModelValue()
    {
        var (helper, modelState) = Input(new TestPageModel { Input = { Email = "old@example.org" } });
        modelState.SetModelValue("Input.Email", "not an email", "not an email");

        var html = TagHelperHarness.Render(helper, "govuk-input");

        Assert.Equal("not an email", Single(html, "input").GetAttribute("value"));
    }

    [Fact]
    public void Input_ModelStateHasErrors_RendersFirstErrorWithErrorClassesAndDescription()
    {
        var (helper, modelState) = Input(new TestPageModel());
        helper.Hint = "We will only use this to contact you";
        modelState.AddModelError("Input.Email", "Enter an email address");
        modelState.AddModelError("Input.Email", "Second error");

        var html = TagHelperHarness.Render(helper, "govuk-input");

        var error = Single(html, "p.govuk-error-message");
        Assert.Equal("Input_Email-error", error.Id);
        Assert.Equal("Error: Enter an email address", error.TextContent.Trim());
        Assert.Contains("govuk-form-group--error", ClassesOf(Single(html, ".govuk-form-group")));
        Assert.Contains("govuk-input--error", ClassesOf(Single(html, "input")));
        Assert.Equal("Input_Email-hint Input_Email-error", Single(html, "input").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void Input_OptionalAttributes_MapToGovUkInputParams()
    {
        var (helper, _) = Input(new TestPageModel());
        helper.Type = "email";
        helper.Autocomplete = "email";
        helper.Spellcheck = false;
        helper.InputClass = "govuk-input--width-20";
        helper.Inputmode = "email";
        helper.Prefix = "£";
        helper.Suffix = "per item";
        helper.LabelClass = "govuk-label--l";
        helper.LabelIsPageHeading = true;

        var html = TagHelperHarness.Render(helper, "govuk-input", Attributes(("maxlength", "100"), ("class", "app-group")));

        var input = Single(html, "input");
        Assert.Equal("email", input.GetAttribute("type"));
        Assert.Equal("email", input.GetAttribute("autocomplete"));
        Assert.Equal("false", input.GetAttribute("spellcheck"));
        Assert.Equal("email", input.GetAttribute("inputmode"));
        Assert.Equal("100", input.GetAttribute("maxlength"));
        Assert.Contains("govuk-input--width-20", ClassesOf(input));
        Assert.Equal("£", Single(html, ".govuk-input__prefix").TextContent.Trim());
        Assert.Equal("per item", Single(html, ".govuk-input__suffix").TextContent.Trim());
        Assert.NotNull(Single(html, "h1.govuk-label-wrapper > label.govuk-label.govuk-label--l"));
        Assert.Contains("app-group", ClassesOf(Single(html, ".govuk-form-group")));
    }

    [Fact]
    public void Input_NoLabel_Throws()
    {
        var (helper, _) = Input(new TestPageModel());
        helper.Label = null;

        var exception = Assert.Throws<InvalidOperationException>(() => TagHelperHarness.Render(helper, "govuk-input"));

        Assert.Contains("label", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PasswordInput_ModelAndAttemptedValuesPresent_NeverRendersValue()
    {
        var model = new TestPageModel { Input = { Password = "hunter2" } };
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Input.Password", "hunter3", "hunter3");
        modelState.AddModelError("Input.Password", "Enter a password");
        var viewContext = TagHelperHarness.CreateViewContext(model, modelState);
        var helper = new GovUkPasswordInputTagHelper
        {
            ViewContext = viewContext,
            For = TagHelperHarness.For<TestPageModel, string?>(viewContext, m => m.Input.Password),
            Label = "Password",
            Autocomplete = "new-password",
        };

        var html = TagHelperHarness.Render(helper, "govuk-password-input");

        var input = Single(html, "input");
        Assert.Null(input.GetAttribute("value"));
        Assert.DoesNotContain("hunter", html, StringComparison.Ordinal);
        Assert.Equal("password", input.GetAttribute("type"));
        Assert.Equal("new-password", input.GetAttribute("autocomplete"));
        Assert.Equal("Input_Password", input.Id);
        Assert.Equal("govuk-password-input", Single(html, ".govuk-form-group").GetAttribute("data-module"));
        Assert.Equal("Input_Password", Single(html, "button.govuk-password-input__toggle").GetAttribute("aria-controls"));
        Assert.Equal("Error: Enter a password", Single(html, ".govuk-error-message").TextContent.Trim());
    }

    [Fact]
    public void Textarea_ModelHasValue_RendersValueAndRows()
    {
        var model = new TestPageModel { Input = { Summary = "Line one\nLine <two>" } };
        var viewContext = TagHelperHarness.CreateViewContext(model);
        var helper = new GovUkTextareaTagHelper
        {
            ViewContext = viewContext,
            For = TagHelperHarness.For<TestPageModel, string?>(viewContext, m => m.Input.Summary),
            Label = "Summary",
            Rows = 8,
        };

        var html = TagHelperHarness.Render(helper, "govuk-textarea");

        var textarea = Single(html, "textarea");
        Assert.Equal("Input_Summary", textarea.Id);
        Assert.Equal("Input.Summary", textarea.GetAttribute("name"));
        Assert.Equal("8", textarea.GetAttribute("rows"));
        Assert.Equal("Line one\nLine <two>", textarea.TextContent);
    }

    [Theory]
    [InlineData("closed", null, "closed")]
    [InlineData("closed", "open", "open")]
    [InlineData(null, null, "draft")]
    public void Select_ValueFromModelOrModelState_SelectsMatchingItemOnly(string? modelValue, string? attemptedValue, string expected)
    {
        var modelState = new ModelStateDictionary();
        if (attemptedValue is not null)
        {
            modelState.SetModelValue("Input.Status", attemptedValue, attemptedValue);
        }

        var viewContext = TagHelperHarness.CreateViewContext(new TestPageModel { Input = { Status = modelValue } }, modelState);
        var helper = new GovUkSelectTagHelper
        {
            ViewContext = viewContext,
            For = TagHelperHarness.For<TestPageModel, string?>(viewContext, m => m.Input.Status),
            Label = "Status",
            Items =
            [
                new SelectListItem("Draft", "draft", selected: true),
                new SelectListItem("Open", "open"),
                new SelectListItem("Closed", "closed"),
                new SelectListItem("Archived", "archived") { Disabled = true },
            ],
        };

        var html = TagHelperHarness.Render(helper, "govuk-select");

        var selected = All(html, "option[selected]");
        Assert.Equal(expected, Assert.Single(selected).GetAttribute("value"));
        Assert.Equal("Input_Status", Single(html, "select").Id);
        Assert.True(Single(html, "option[value=archived]").HasAttribute("disabled"));
    }
}
