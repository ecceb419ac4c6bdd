using Lantern.Core.Actions;

namespace Lantern.Web.Pages.Actions;

/// <summary>What the pages about one review's actions share: the person's scope (an agency contact narrowed to their
/// own agency), the notice after a save, and the way a status is shown.</summary>
public abstract class ActionPageModel : ReviewPageModel
{
    private ActionScope? scope;

    [TempData]
    public string? Notice { get; set; }

    public ActionScope Scope => scope ??= ActionScope.For(Review, HttpContext);

    /// <summary>The action id from the route, or empty.</summary>
    protected Guid RouteId(string name) => Guid.TryParse(RouteData.Values[name]?.ToString(), out var id) ? id : Guid.Empty;

    public static TagColour StatusColour(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => TagColour.Grey,
        ActionStatus.InProgress => TagColour.Blue,
        ActionStatus.Completed => TagColour.Green,
        _ => TagColour.Orange,
    };
}
