using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Admin.Users;

/// <summary>A person's name, agency and partnership roles, as entered by an administrator. The Order values keep
/// the error summary in the forms' field order, since inherited properties would otherwise come last.</summary>
public class UserInput
{
    [Display(Name = "Full name", Order = 1)]
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(LanternUser.DisplayNameMaxLength, ErrorMessage = "Full name must be 100 characters or fewer")]
    public string? DisplayName { get; set; }

    [Display(Name = "Agency", Order = 3)]
    [Required(ErrorMessage = "Select the person's agency")]
    public Guid? AgencyId { get; set; }

    [Display(Name = "Partnership roles", Order = 4)]
    public List<PartnershipRoles> Roles { get; set; } = [];

    public PartnershipRoles CombinedRoles() =>
        Roles.Where(r => PartnershipRoleNames.All.Contains(r)).Aggregate(PartnershipRoles.None, (all, r) => all | r);

    public static IReadOnlyList<GovUkOption> RoleOptions { get; } =
        PartnershipRoleNames.All.Select(r => new GovUkOption(r.ToString(), r.DisplayName(), r.Description())).ToList();

    public static IReadOnlyList<SelectListItem> AgencyItems(IEnumerable<Agency> agencies) =>
        [new SelectListItem("Choose an agency", string.Empty), .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
}

public sealed class InviteInput : UserInput
{
    [Display(Name = "Email address", Order = 2)]
    [Required(ErrorMessage = "Enter the person's email address")]
    [StringLength(LanternUser.EmailMaxLength, ErrorMessage = "Email address must be 254 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
    public string? Email { get; set; }
}
