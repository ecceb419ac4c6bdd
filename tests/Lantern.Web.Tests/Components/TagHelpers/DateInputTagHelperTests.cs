using Lantern.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static Lantern.Web.Tests.Components.TagHelpers.TestHtml;

namespace Lantern.Web.Tests.Components.TagHelpers;

public class DateInputTagHelperTests
{
    private static GovUkDateInputTagHelper DateInput(TestPageModel model, ModelStateDictionary? modelState = null)
    {
        var viewContext = TagHelperHarness.CreateViewContext(model, modelState);
        return new GovUkDateInputTagHelper
        {
            ViewContext = viewContext,
            For = TagHelperHarness.For<TestPageModel, DateInputModel>(viewContext, m => m.Filter.From),
            Legend = "From",
            Hint = "For example, 27 3 2025",
        };
    }

    [Fact]
    public void Process_ModelHasParts_RendersNamesIdsAndValues()
    {
        var helper = DateInput(new TestPageModel { Filter = { From = new DateInputModel { Day = "27", Month = "3", Year = "2025" } } });

        var html = TagHelperHarness.Render(helper, "govuk-date-input");

        var inputs = All(html, "input");
        Assert.Equal(["Filter_From", "Filter_From-month", "Filter_From-year"], inputs.Select(i => i.Id));
        Assert.Equal(["Filter.From.Day", "Filter.From.Month", "Filter.From.Year"], inputs.Select(i => i.GetAttribute("name")));
        Assert.Equal(["27", "3", "2025"], inputs.Select(i => i.GetAttribute("value")));
        Assert.Equal(["Day", "Month", "Year"], All(html, "label").Select(l => l.TextContent.Trim()));
        Assert.Equal("group", Single(html, "fieldset").GetAttribute("role"));
        Assert.Single(All(html, "[id='Filter_From']"));
        Assert.Empty(All(html, ".govuk-input--error"));
    }

    [Fact]
    public void Process_AttemptedValuesInModelState_RendersWhatWasTyped()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Filter.From.Day", "31", "31");
        modelState.SetModelValue("Filter.From.Month", "Feb", "Feb");
        var helper = DateInput(new TestPageModel(), modelState);

        var html = TagHelperHarness.Render(helper, "govuk-date-input");

        Assert.Equal(["31", "Feb", null], All(html, "input").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void Process_ErrorOnWholeDate_HighlightsAllInputs()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Filter.From", "From must be a real date");
        var helper = DateInput(new TestPageModel(), modelState);

        var html = TagHelperHarness.Render(helper, "govuk-date-input");

        Assert.Equal(3, All(html, "input.govuk-input--error").Count);
        Assert.Equal("Error: From must be a real date", Single(html, ".govuk-error-message").TextContent.Trim());
        Assert.Contains("govuk-form-group--error", ClassesOf(Single(html, ".govuk-form-group")));
        var describedBy = Single(html, "fieldset").GetAttribute("aria-describedby")!.Split(' ');
        Assert.Equal(2, describedBy.Length);
        Assert.All(describedBy, id => Assert.NotNull(Single(html, "[id='" + id + "']")));
    }

    [Fact]
    public void Process_ErrorOnMonthOnly_HighlightsMonthAndShowsItsMessage()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddDateInputError("Filter.From", "From must include a month", DateInputParts.Month);
        var helper = DateInput(new TestPageModel(), modelState);

        var html = TagHelperHarness.Render(helper, "govuk-date-input");

        Assert.Equal("Filter_From-month", Assert.Single(All(html, "input.govuk-input--error")).Id);
        Assert.Equal("Error: From must include a month", Single(html, ".govuk-error-message").TextContent.Trim());
    }
}
