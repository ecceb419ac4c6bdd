using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// Gives every <c>&lt;form method="post"&gt;</c> its antiforgery token. ASP.NET Core's form tag helper leaves the
/// token out when the form has an <c>action</c> attribute (it assumes another site), so a form posting to another
/// Lantern page would otherwise be refused with 400. Lantern never posts to another site.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class PostFormAntiforgeryTagHelper(IAntiforgery antiforgery) : TagHelper
{
    private const string TokenField = "__RequestVerificationToken";

    // After ASP.NET Core's FormTagHelper (order 0), so a token it already wrote is seen and not repeated.
    public override int Order => 1000;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        // AllAttributes, because the form tag helper binds "method" and takes it out of the output's attributes.
        var method = context.AllAttributes["method"]?.Value?.ToString();
        if (!string.Equals(method, "post", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // A token the form tag helper added, or one the form writes itself (@Html.AntiForgeryToken()), is kept alone:
        // two would be refused as well as none.
        var children = await output.GetChildContentAsync();
        if (Holds(output.PreContent) || Holds(output.Content.IsModified ? output.Content : children) || Holds(output.PostContent))
        {
            return;
        }

        output.PostContent.AppendHtml(antiforgery.GetHtml(ViewContext.HttpContext));
    }

    private static bool Holds(TagHelperContent content) => content.GetContent().Contains(TokenField, StringComparison.Ordinal);
}
