namespace Lantern.Web.Infrastructure.Layout;

public sealed record NavigationItem(string Text, string Href, bool Current);

public sealed record Navigation(bool SignedIn, string DisplayName, string PartnershipName, IReadOnlyList<NavigationItem> Items)
{
    public static readonly Navigation Anonymous = new(false, string.Empty, string.Empty, []);
}

/// <summary>The service navigation: only the sections the signed-in person may use.</summary>
public sealed class NavigationBuilder(LanternDbContext db)
{
    public Navigation For(HttpContext context)
    {
        var actor = context.User.ToActor();
        if (actor is null || !actor.IsActive)
        {
            return Navigation.Anonymous;
        }

        var path = context.Request.Path.Value ?? "/";
        var items = new List<NavigationItem> { Item("Dashboard", "/dashboard", path), Item("Reviews", "/reviews", path) };
        if (AccessRules.Can(actor, actor.PartnershipId, PartnershipPermission.ViewBoardPapers))
        {
            items.Add(Item("Board", RouteTemplates.BoardPapers, path));
        }

        if (AccessRules.Can(actor, actor.PartnershipId, PartnershipPermission.ViewActionTracker))
        {
            items.Add(Item("Action tracker", Link.ActionTracker, path));
        }

        if (AccessRules.Can(actor, actor.PartnershipId, PartnershipPermission.ViewQualityGrid))
        {
            items.Add(Item("Quality markers", Link.QualityGrid, path));
        }

        if (AccessRules.Can(actor, actor.PartnershipId, PartnershipPermission.ViewAuditTrail))
        {
            items.Add(Item("Audit trail", "/audit", path));
        }

        if (AccessRules.Can(actor, actor.PartnershipId, PartnershipPermission.ManageUsers))
        {
            items.Add(Item("Administration", "/admin", path));
        }

        var partnership = db.Partnerships.AsNoTracking()
            .Where(p => p.Id == actor.PartnershipId)
            .Select(p => p.Name)
            .FirstOrDefault() ?? string.Empty;
        return new Navigation(true, context.User.DisplayName(), partnership, items);
    }

    private static NavigationItem Item(string text, string href, string path) =>
        new(text, href, path.Equals(href, StringComparison.OrdinalIgnoreCase) ||
                        path.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase));
}
