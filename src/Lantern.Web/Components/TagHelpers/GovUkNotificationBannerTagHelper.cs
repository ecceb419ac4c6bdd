using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-notification-banner type="success" heading="Review created"&gt;…&lt;/govuk-notification-banner&gt;</c>.
/// The title defaults to "Important", or "Success" for the success type.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class GovUkNotificationBannerTagHelper : TagHelper
{
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    /// <summary>Optional heading shown in the banner's large style before the child content.</summary>
    [HtmlAttributeName("heading")]
    public string? Heading { get; set; }

    [HtmlAttributeName("title-id")]
    public string? TitleId { get; set; }

    [HtmlAttributeName("disable-auto-focus")]
    public bool? DisableAutoFocus { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var content = await TagHelperSupport.ChildHtmlAsync(output);
        var heading = string.IsNullOrEmpty(Heading)
            ? null
            : $"<h3 class=\"govuk-notification-banner__heading\">{HtmlWriter.Encode(Heading)}</h3>";
        TagHelperSupport.Replace(output, NotificationBannerRenderer.Render(new NotificationBannerOptions
        {
            Type = Type,
            TitleText = Title,
            TitleId = TitleId,
            Html = heading is null && content is null ? null : string.Join('\n', new[] { heading, content }.OfType<string>()),
            DisableAutoFocus = DisableAutoFocus,
            Classes = classes,
            Attributes = attributes,
        }));
    }
}
