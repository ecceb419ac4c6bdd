using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.SettingUp.Plan;

/// <summary>The milestone form, shared by adding and changing one.</summary>
public class MilestoneInput
{
    [Display(Order = 1)]
    [Required(ErrorMessage = "Enter the name of the milestone")]
    [StringLength(Milestone.NameMaxLength, ErrorMessage = "The name must be 160 characters or fewer")]
    public string? Name { get; set; }

    [Display(Order = 2)]
    public Guid? OwnerUserId { get; set; }

    [Display(Order = 3)]
    public DateInputModel DueOn { get; set; } = new();

    public static IReadOnlyList<SelectListItem> OwnerItems(IEnumerable<MilestoneOwnerChoice> owners) =>
        [new("No owner yet", string.Empty), .. owners.Select(o => new SelectListItem(o.Name, o.Id.ToString()))];
}
