namespace Lantern.Web.Pages.Information.Material;

/// <summary>Adds an item to the index of material by hand: notes, a draft, an email, a recording.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.MaterialViewed)]
public sealed class AddModel(MaterialService material, LanternDbContext db, TimeProvider time) : ItemFormModel(db)
{
    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Input.ItemDate = DateInputModel.From(UkTime.Today(time));
        await LoadOwnersAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ReadInput() is { } options)
        {
            var (result, itemId) = await material.AddItemAsync(options, HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Item added to the index of material";
                return Redirect(Link.MaterialItem(Review.Id, itemId!.Value));
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadOwnersAsync();
        return Page();
    }
}
