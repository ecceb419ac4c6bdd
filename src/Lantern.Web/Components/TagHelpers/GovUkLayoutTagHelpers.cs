using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-skip-link href="#main-content"&gt;Skip to main content&lt;/govuk-skip-link&gt;</c>; both are the defaults.</summary>
[HtmlTargetElement("govuk-skip-link")]
public sealed class GovUkSkipLinkTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var (text, html) = TagHelperSupport.TextOrHtml(await TagHelperSupport.ChildHtmlAsync(output));
        TagHelperSupport.Replace(output, SkipLinkRenderer.Render(new SkipLinkOptions
        {
            Href = string.IsNullOrEmpty(Href) ? "#main-content" : Href,
            Text = text is null && html is null ? "Skip to main content" : text,
            Html = html,
            Classes = classes,
            Attributes = attributes,
        }));
    }
}

/// <summary><c>&lt;govuk-phase-banner tag="Beta"&gt;This is a new service…&lt;/govuk-phase-banner&gt;</c>.</summary>
[HtmlTargetElement("govuk-phase-banner")]
public sealed class GovUkPhaseBannerTagHelper : TagHelper
{
    [HtmlAttributeName("tag")]
    public string? Tag { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        TagHelperSupport.Replace(output, PhaseBannerRenderer.Render(new PhaseBannerOptions
        {
            Tag = new TagOptions { Text = Tag },
            Html = await TagHelperSupport.ChildHtmlAsync(output),
            Classes = classes,
            Attributes = attributes,
        }));
    }
}

/// <summary>
/// <c>&lt;govuk-generic-header logo-text="Lantern" href="/" /&gt;</c>: the GOV.UK Frontend 6 header for services outside
/// GOV.UK, with no crown.
/// </summary>
[HtmlTargetElement("govuk-generic-header")]
public sealed class GovUkGenericHeaderTagHelper : TagHelper
{
    [HtmlAttributeName("logo-text")]
    public string? LogoText { get; set; }

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("container-class")]
    public string? ContainerClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        TagHelperSupport.Replace(output, GenericHeaderRenderer.Render(new GenericHeaderOptions
        {
            LogoText = LogoText,
            Url = Href,
            ContainerClasses = ContainerClass,
            Classes = classes,
            Attributes = attributes,
        }));
    }
}
