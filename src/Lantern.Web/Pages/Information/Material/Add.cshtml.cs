using System.ComponentModel.DataAnnotations;
using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Data;
using Lantern.Web.Components;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Access;
using Lantern.Web.Infrastructure.Validation;
using Lantern.Web.Pages.Information.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Information.Material;

/// <summary>Adds an item to the index of material by hand: notes, a draft, an email, a recording.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.MaterialViewed)]
public sealed class AddModel(MaterialService material, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    public const string OtherOwner = "other";

    public static IReadOnlyList<GovUkOption> KindOptions { get; } = MaterialNames.AddedByHand.Select(k => new GovUkOption(k.ToString(), k.DisplayName())).ToList();

    [BindProperty(Name = "Input")]
    public ItemInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Input.ItemDate = DateInputModel.From(SettingUp.Layout.UkToday(time));
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
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

        if (ModelState.IsValid && date is { } on)
        {
            var (result, itemId) = await material.AddItemAsync(
                new AddMaterialOptions(Review.Id, Review.PartnershipId, Input.Kind!.Value, Input.Title, agencyId, Input.OwnerName, on, Input.Location, Input.Sensitivity!.Value, Input.Description),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Item added to the index of material";
                return Redirect($"/reviews/{Review.Id}/information/material/{itemId}");
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId && a.IsActive).OrderBy(a => a.Name).ToListAsync(HttpContext.RequestAborted);
        Owners =
        [
            new SelectListItem("Choose an owner", string.Empty),
            .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString())),
            new SelectListItem("Someone else (say who below)", OtherOwner),
        ];
    }

    public sealed class ItemInput
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
    }
}
