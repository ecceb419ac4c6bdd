using System.Linq.Expressions;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;

namespace Lantern.Web.Tests.Components;

/// <summary>An element handled by a tag helper, with its attributes and children (HTML strings or further elements).</summary>
internal sealed record Element(TagHelper Helper, string TagName, TagHelperAttributeList Attributes, params object[] Children)
{
    public Element(TagHelper helper, string tagName, params object[] children)
        : this(helper, tagName, [], children)
    {
    }
}

/// <summary>Runs tag helpers the way Razor does, without compiling a view.</summary>
internal static class TagHelperHarness
{
    private static readonly IModelMetadataProvider MetadataProvider = new EmptyModelMetadataProvider();

    public static ViewContext CreateViewContext<TModel>(TModel model, ModelStateDictionary? modelState = null)
    {
        modelState ??= new ModelStateDictionary();
        var httpContext = new DefaultHttpContext();
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor(), modelState);
        var viewData = new ViewDataDictionary<TModel>(MetadataProvider, modelState) { Model = model };
        return new ViewContext(
            actionContext,
            new NullView(),
            viewData,
            new TempDataDictionary(httpContext, new NullTempDataProvider()),
            TextWriter.Null,
            new HtmlHelperOptions());
    }

    public static ModelExpression For<TModel, TValue>(ViewContext viewContext, Expression<Func<TModel, TValue>> expression) =>
        new ModelExpressionProvider(MetadataProvider).CreateModelExpression((ViewDataDictionary<TModel>)viewContext.ViewData, expression);

    public static string Render(TagHelper helper, string tagName, TagHelperAttributeList? attributes = null, string childHtml = "") =>
        RenderAsync(new Element(helper, tagName, attributes ?? [], childHtml)).GetAwaiter().GetResult();

    public static async Task<string> RenderAsync(Element element, IDictionary<object, object>? parentItems = null)
    {
        // Razor gives each child element a copy of its parent's items, so a parent can hand state down to children.
        var items = parentItems is null ? new Dictionary<object, object>() : new Dictionary<object, object>(parentItems);
        var context = new TagHelperContext(element.TagName, new TagHelperAttributeList(element.Attributes), items, Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(element.TagName, new TagHelperAttributeList(element.Attributes), async (_, _) =>
        {
            var builder = new StringBuilder();
            foreach (var child in element.Children)
            {
                builder.Append(child is Element childElement ? await RenderAsync(childElement, items) : (string)child);
            }

            return new DefaultTagHelperContent().SetHtmlContent(builder.ToString());
        });

        element.Helper.Init(context);
        await element.Helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private sealed class NullView : IView
    {
        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NullTempDataProvider : ITempDataProvider
    {
        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}
