using AngleSharp.Dom;
using Lantern.Web.Components;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Tests.Components.TagHelpers;

public enum TestColour
{
    Red,
    Green,
    Blue,
}

public sealed class TestPageModel
{
    public TestInput Input { get; set; } = new();
    public TestFilter Filter { get; set; } = new();
}

public sealed class TestInput
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? Summary { get; set; }
    public string? Status { get; set; }
    public TestColour? Colour { get; set; }
    public List<string> Tags { get; set; } = [];
    public List<TestColour> Colours { get; set; } = [];
}

public sealed class TestFilter
{
    public DateInputModel From { get; set; } = new();
}

internal static class TestHtml
{
    public static TagHelperAttributeList Attributes(params (string Name, object? Value)[] attributes) =>
        [.. attributes.Select(a => a.Value is null
            ? new TagHelperAttribute(a.Name)
            : new TagHelperAttribute(a.Name, a.Value))];

    public static IElement Single(string html, string selector) =>
        HtmlAssert.Parse(html).QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No '{selector}' in:\n{html}");

    public static IReadOnlyList<IElement> All(string html, string selector) => [.. HtmlAssert.Parse(html).QuerySelectorAll(selector)];

    public static string[] ClassesOf(IElement element) => element.ClassList.ToArray();
}
