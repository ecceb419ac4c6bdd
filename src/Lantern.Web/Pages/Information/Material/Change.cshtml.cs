namespace Lantern.Web.Pages.Information.Material;

/// <summary>Changes an item added to the index of material by hand. Items for documents and chronologies are
/// kept by Lantern, so they have no change page.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.MaterialViewed)]
public sealed class ChangeModel(MaterialService material, LanternDbContext db) : ItemFormModel(db)
{
    private readonly LanternDbContext db = db;

    public MaterialItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid itemId)
    {
        if (await FindAsync(itemId) is not { } item)
        {
            return NotFound();
        }

        Input = MaterialItemInput.From(item);
        await LoadOwnersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid itemId)
    {
        if (await FindAsync(itemId) is null)
        {
            return NotFound();
        }

        if (ReadInput() is { } options)
        {
            var result = await material.ChangeItemAsync(new ChangeMaterialOptions(itemId, Input.Version, options), HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Notice"] = "Item changed";
                return Redirect(Link.MaterialItem(Review.Id, itemId));
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Conflict)
            {
                ModelState.Clear();
                Input = MaterialItemInput.From((await FindAsync(itemId))!);
                ModelState.AddModelError(string.Empty, "Someone else changed this item while you were editing it. Your changes were not saved. Check the details below and make your changes again");
                Response.StatusCode = StatusCodes.Status409Conflict;
                await LoadOwnersAsync();
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadOwnersAsync();
        return Page();
    }

    private async Task<MaterialItem?> FindAsync(Guid itemId)
    {
        var item = await db.MaterialItems.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == itemId && i.ReviewId == Review.Id && i.DocumentId == null && i.SubmissionId == null, HttpContext.RequestAborted);
        if (item is not null)
        {
            Item = item;
        }

        return item;
    }
}
