using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Lantern.Web.Pages.Information.People;

/// <summary>The partnership's agencies for the person form's select.</summary>
internal static class AgencyList
{
    public static async Task LoadAsync(LanternDbContext db, Guid partnershipId, ViewDataDictionary viewData, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.IsActive)
            .OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        viewData["Agencies"] = (IReadOnlyList<SelectListItem>)[new SelectListItem("Choose an agency", string.Empty), .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
    }
}
