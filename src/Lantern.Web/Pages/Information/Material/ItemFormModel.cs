using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Information.Material;

/// <summary>What the pages that add and change an item added by hand share: the form, the owners to choose from
/// and reading the answers into the service's options.</summary>
public abstract class ItemFormModel(LanternDbContext db) : ReviewPageModel
{
    public const string OtherOwner = "other";

    public static IReadOnlyList<GovUkOption> KindOptions { get; } = MaterialNames.AddedByHand.Select(k => new GovUkOption(k.ToString(), k.DisplayName())).ToList();

    [BindProperty(Name = "Input")]
    public MaterialItemInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    /// <summary>The answers as the service's options, or null with the model state's errors set.</summary>
    protected AddMaterialOptions? ReadInput()
    {
        var date = ModelState.Read("Input.ItemDate", Input.ItemDate, "The date of the item", required: true);
        Guid? agencyId = null;
        if (Input.Owner is { Length: > 0 } owner && owner != OtherOwner)
        {
            if (Guid.TryParse(owner, out var id))
            {
                agencyId = id;
            }
            else
            {
                ModelState.AddModelError("Input.Owner", "Select the agency that owns the item");
            }
        }

        return ModelState.IsValid && date is { } on
            ? new AddMaterialOptions(Review.Id, Review.PartnershipId, Input.Kind!.Value, Input.Title, agencyId, Input.OwnerName, on, Input.Location, Input.Sensitivity!.Value, Input.Description)
            : null;
    }

    protected async Task LoadOwnersAsync()
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId && a.IsActive).OrderBy(a => a.Name).ToListAsync(HttpContext.RequestAborted);
        Owners =
        [
            new SelectListItem("Choose an owner", string.Empty),
            .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString())),
            new SelectListItem("Someone else (say who below)", OtherOwner),
        ];
    }
}

public sealed class MaterialItemInput
{
    [Display(Order = 1)]
    [Required(ErrorMessage = "Select the type of item")]
    public MaterialKind? Kind { get; set; }

    [Display(Name = "Title", Order = 2)]
    public string? Title { get; set; }

    [Display(Name = "Owner", Order = 3)]
    [Required(ErrorMessage = "Select who owns the item")]
    public string? Owner { get; set; }

    [Display(Name = "Owner's name", Order = 4)]
    public string? OwnerName { get; set; }

    [Display(Order = 5)]
    public DateInputModel ItemDate { get; set; } = new();

    [Display(Name = "Where the original is held", Order = 6)]
    public string? Location { get; set; }

    [Display(Order = 7)]
    [Required(ErrorMessage = "Select how sensitive the item is")]
    public Sensitivity? Sensitivity { get; set; }

    [Display(Name = "Description", Order = 8)]
    public string? Description { get; set; }

    /// <summary>The item's version when the change form was opened (not used when adding).</summary>
    public Guid Version { get; set; }

    public static MaterialItemInput From(MaterialItem item) => new()
    {
        Kind = item.Kind,
        Title = item.Title,
        Owner = item.OwnerAgencyId?.ToString() ?? ItemFormModel.OtherOwner,
        OwnerName = item.OwnerName,
        ItemDate = DateInputModel.From(item.ItemDate),
        Location = item.Location,
        Sensitivity = item.Sensitivity,
        Description = item.Description,
        Version = item.Version,
    };
}
