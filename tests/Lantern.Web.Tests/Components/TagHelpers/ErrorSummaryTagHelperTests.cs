using Lantern.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static Lantern.Web.Tests.Components.TagHelpers.TestHtml;

namespace Lantern.Web.Tests.Components.TagHelpers;

public class ErrorSummaryTagHelperTests
{
    private static string Render(ModelStateDictionary modelState, string? title = null) =>
        TagHelperHarness.Render(
            new GovUkErrorSummaryTagHelper { ViewContext = TagHelperHarness.CreateViewContext(new TestPageModel(), modelState), Title = title },
            "govuk-error-summary");

    [Fact]
    public void Process_NoErrors_RendersNothing()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Input.Email", "sam@example.org", "sam@example.org");

        var html = Render(modelState);

        Assert.Equal(string.Empty, html);
    }

    [Fact]
    public void Process_FieldErrors_ListsEveryErrorLinkingToFieldIds()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Input.Email", "Enter an email address");
        modelState.AddModelError("Input.Password", "Enter a password");
        modelState.AddModelError("Input.Password", "Password is too short");
        modelState.AddModelError("Items[0].Name", "Enter a name");

        var html = Render(modelState);

        var links = All(html, ".govuk-error-summary__list a");
        Assert.Equal(
            ["#Input_Email", "#Input_Password", "#Input_Password", "#Items_0__Name"],
            links.Select(a => a.GetAttribute("href")));
        Assert.Equal(
            ["Enter an email address", "Enter a password", "Password is too short", "Enter a name"],
            links.Select(a => a.TextContent.Trim()));
        Assert.Equal("There is a problem", Single(html, ".govuk-error-summary__title").TextContent.Trim());
        Assert.Equal("govuk-error-summary", Single(html, ".govuk-error-summary").GetAttribute("data-module"));
    }

    [Fact]
    public void Process_ErrorsOfFieldsWithNamesOfDifferentLengths_ListedInTheModelsPropertyOrder()
    {
        // ModelState itself enumerates keys by length (Email, Colour, Status, Password): the form's order is
        // the order of TestPageModel's properties, whole-form errors first.
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Filter.From.Year", "From must include a year");
        modelState.AddModelError("Input.Colour", "Select a colour");
        modelState.AddModelError("Input.Status", "Select a status");
        modelState.AddModelError("Input.Password", "Enter a password");
        modelState.AddModelError("Input.Email", "Enter an email address");
        modelState.AddModelError(string.Empty, "Nothing was saved");

        var html = Render(modelState);

        Assert.Equal(
            ["Nothing was saved", "Enter an email address", "Enter a password", "Select a status", "Select a colour", "From must include a year"],
            All(html, ".govuk-error-summary__list li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void Process_DatePartError_LinksToDateFieldBaseId()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Filter.From.Month", "From must include a month");
        modelState.AddModelError("Filter.From.Year", "From must include a year with 4 numbers");

        var html = Render(modelState);

        Assert.All(All(html, ".govuk-error-summary__list a"), a => Assert.Equal("#Filter_From", a.GetAttribute("href")));
    }

    [Fact]
    public void Process_ModelLevelError_ListedWithoutLink()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError(string.Empty, "The review has been changed by someone else");
        modelState.AddModelError("Input.Email", "Enter an email address");

        var html = Render(modelState, title: "Your changes were not saved");

        var items = All(html, ".govuk-error-summary__list li");
        Assert.Equal(2, items.Count);
        var modelLevel = Assert.Single(items, li => li.QuerySelector("a") is null);
        Assert.Equal("The review has been changed by someone else", modelLevel.TextContent.Trim());
        Assert.Equal("Your changes were not saved", Single(html, ".govuk-error-summary__title").TextContent.Trim());
    }
}
