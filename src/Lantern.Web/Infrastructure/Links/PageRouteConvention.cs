using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lantern.Web.Infrastructure.Links;

/// <summary>
/// Gives each page in <see cref="PageRouteTable"/> exactly one route, its template, in place of the routes its file
/// path would give it, so the page is reachable there and nowhere else.
/// </summary>
public sealed class PageRouteConvention(IReadOnlyDictionary<string, string> templates) : IPageRouteModelConvention
{
    public PageRouteConvention()
        : this(PageRouteTable.Templates)
    {
    }

    public void Apply(PageRouteModel model)
    {
        if (!templates.TryGetValue(model.ViewEnginePath, out var template))
        {
            return;
        }

        model.Selectors.Clear();
        model.Selectors.Add(new SelectorModel
        {
            AttributeRouteModel = new AttributeRouteModel { Template = template.TrimStart('/') },
        });
    }
}
