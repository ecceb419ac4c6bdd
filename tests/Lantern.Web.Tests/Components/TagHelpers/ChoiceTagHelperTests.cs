using Lantern.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static Lantern.Web.Tests.Components.TagHelpers.TestHtml;

namespace Lantern.Web.Tests.Components.TagHelpers;

public class ChoiceTagHelperTests
{
    private static readonly GovUkOption[] ColourOptions =
    [
        new("red", "Red"),
        new("green", "Green", Hint: "The colour of grass"),
        new("blue", "Blue", Disabled: true),
    ];

    private static GovUkRadiosTagHelper Radios(TestPageModel model, ModelStateDictionary? modelState = null)
    {
        var viewContext = TagHelperHarness.CreateViewContext(model, modelState);
        return new GovUkRadiosTagHelper
        {
            ViewContext = viewContext,
            For = TagHelperHarness.For<TestPageModel, TestColour?>(viewContext, m => m.Input.Colour),
            Legend = "Colour",
            Items = ColourOptions,
        };
    }

    [Fact]
    public void Radios_EnumModelValue_ChecksItemComparingCaseInsensitively()
    {
        var helper = Radios(new TestPageModel { Input = { Colour = TestColour.Green } });

        var html = TagHelperHarness.Render(helper, "govuk-radios");

        var checkedInput = Assert.Single(All(html, "input[checked]"));
        Assert.Equal("green", checkedInput.GetAttribute("value"));
    }

    [Fact]
    public void Radios_Items_UseFieldIdThenNumberedIdsAndSharedName()
    {
        var helper = Radios(new TestPageModel());

        var html = TagHelperHarness.Render(helper, "govuk-radios");

        var inputs = All(html, "input[type=radio]");
        Assert.Equal(["Input_Colour", "Input_Colour-2", "Input_Colour-3"], inputs.Select(i => i.Id));
        Assert.All(inputs, input => Assert.Equal("Input.Colour", input.GetAttribute("name")));
        Assert.Empty(All(html, "input[checked]"));
        Assert.Equal("Input_Colour-2-item-hint", inputs[1].GetAttribute("aria-describedby"));
        Assert.True(inputs[2].HasAttribute("disabled"));
    }

    [Fact]
    public void Radios_ErrorAndPageHeadingLegend_RendersFieldsetDescribedByError()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Input.Colour", "Select a colour");
        var helper = Radios(new TestPageModel(), modelState);
        helper.LegendIsPageHeading = true;
        helper.LegendClass = "govuk-fieldset__legend--l";
        helper.Inline = true;
        helper.Small = true;

        var html = TagHelperHarness.Render(helper, "govuk-radios");

        Assert.Equal("Colour", Single(html, "legend.govuk-fieldset__legend--l > h1.govuk-fieldset__heading").TextContent.Trim());
        Assert.Equal("Input_Colour-error", Single(html, "fieldset").GetAttribute("aria-describedby"));
        Assert.Equal("Error: Select a colour", Single(html, "#Input_Colour-error").TextContent.Trim());
        Assert.Equal(["govuk-radios", "govuk-radios--inline", "govuk-radios--small"], ClassesOf(Single(html, "[data-module=govuk-radios]")));
    }

    [Fact]
    public void Radios_AttemptedValueInModelState_ChecksAttemptedValue()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Input.Colour", "red", "red");
        var helper = Radios(new TestPageModel { Input = { Colour = TestColour.Blue } }, modelState);

        var html = TagHelperHarness.Render(helper, "govuk-radios");

        Assert.Equal("red", Assert.Single(All(html, "input[checked]")).GetAttribute("value"));
    }

    [Fact]
    public void Checkboxes_StringCollection_ChecksContainedValues()
    {
        var viewContext = TagHelperHarness.CreateViewContext(new TestPageModel { Input = { Tags = ["urgent", "legal"] } });
        var helper = new GovUkCheckboxesTagHelper
        {
            ViewContext = viewContext,
            For = TagHelperHarness.For<TestPageModel, List<string>>(viewContext, m => m.Input.Tags),
            Legend = "Tags",
            Items = [new("urgent", "Urgent"), new("routine", "Routine"), new("legal", "Legal")],
            Small = true,
        };

        var html = TagHelperHarness.Render(helper, "govuk-checkboxes");

        Assert.Equal(["urgent", "legal"], All(html, "input[checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["Input_Tags", "Input_Tags-2", "Input_Tags-3"], All(html, "input").Select(i => i.Id));
        Assert.All(All(html, "input"), input => Assert.Equal("Input.Tags", input.GetAttribute("name")));
        Assert.Contains("govuk-checkboxes--small", ClassesOf(Single(html, "[data-module=govuk-checkboxes]")));
    }

    [Fact]
    public void Checkboxes_EnumCollection_ChecksIgnoringCase()
    {
        var viewContext = TagHelperHarness.CreateViewContext(new TestPageModel { Input = { Colours = [TestColour.Red, TestColour.Blue] } });
        var helper = new GovUkCheckboxesTagHelper
        {
            ViewContext = viewContext,
            For = TagHelperHarness.For<TestPageModel, List<TestColour>>(viewContext, m => m.Input.Colours),
            Legend = "Colours",
            Items = ColourOptions,
        };

        var html = TagHelperHarness.Render(helper, "govuk-checkboxes");

        Assert.Equal(["red", "blue"], All(html, "input[checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void Checkboxes_PostedValuesInModelState_ChecksPostedValues()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Input.Tags", new[] { "routine" }, "routine");
        modelState.AddModelError("Input.Tags", "Select no more than one tag");
        var viewContext = TagHelperHarness.CreateViewContext(new TestPageModel { Input = { Tags = ["urgent"] } }, modelState);
        var helper = new GovUkCheckboxesTagHelper
        {
            ViewContext = viewContext,
            For = TagHelperHarness.For<TestPageModel, List<string>>(viewContext, m => m.Input.Tags),
            Items = [new("urgent", "Urgent"), new("routine", "Routine")],
        };

        var html = TagHelperHarness.Render(helper, "govuk-checkboxes");

        Assert.Equal("routine", Assert.Single(All(html, "input[checked]")).GetAttribute("value"));
        Assert.Empty(All(html, "fieldset"));
        Assert.Equal("Error: Select no more than one tag", Single(html, "#Input_Tags-error").TextContent.Trim());
    }
}
