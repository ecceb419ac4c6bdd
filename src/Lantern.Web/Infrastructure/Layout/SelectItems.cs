using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Infrastructure.Layout;

/// <summary>Option lists shared by several forms.</summary>
public static class SelectItems
{
    public static IReadOnlyList<SelectListItem> AgencyTypes() =>
        [new SelectListItem("Choose a type", string.Empty), .. Enum.GetValues<AgencyType>().Select(t => new SelectListItem(t.DisplayName(), t.ToString()))];
}
