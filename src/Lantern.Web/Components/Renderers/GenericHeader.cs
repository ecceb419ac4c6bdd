using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>
/// Options for the GOV.UK Frontend 6 generic header (Nunjucks <c>govukGenericHeader</c> params): a header without
/// the crown or GOV.UK logotype, for services that are not on the GOV.UK domain.
/// </summary>
public sealed record GenericHeaderOptions
{
    public string? LogoText { get; init; }
    public string? LogoHtml { get; init; }
    public string? Url { get; init; }
    public string? ContainerClasses { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class GenericHeaderRenderer
{
    public static IHtmlContent Render(GenericHeaderOptions options) =>
        new HtmlWriter()
            .Open("div").Class("govuk-generic-header", options.Classes).Attributes(options.Attributes).Close().Line()
            .Open("div").Class("govuk-generic-header__container",
                string.IsNullOrEmpty(options.ContainerClasses) ? "govuk-width-container" : options.ContainerClasses).Close().Line()
            .Open("div").Class("govuk-generic-header__logo").Close().Line()
            .Open("a").Attr("href", string.IsNullOrEmpty(options.Url) ? "/" : options.Url).Class("govuk-generic-header__homepage-link").Close().Line()
            .Content(options.LogoHtml, options.LogoText).Line()
            .End("a").Line()
            .End("div").Line()
            .End("div").Line()
            .End("div").ToHtml();
}
