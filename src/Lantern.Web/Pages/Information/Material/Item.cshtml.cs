namespace Lantern.Web.Pages.Information.Material;

/// <summary>One item in the index of material, with its disclosure requests and the decisions on them.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.MaterialViewed)]
public sealed class ItemModel(MaterialQueries queries) : ReviewPageModel
{
    public MaterialRow Item { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid itemId)
    {
        var item = (await queries.AllAsync(Review.Viewer, HttpContext.RequestAborted)).FirstOrDefault(r => r.Id == itemId);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}
