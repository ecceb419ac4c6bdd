namespace Lantern.Web.Pages.Admin.Agencies;

public sealed class AgencyInput : IValidatableObject
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the name of the agency")]
    [StringLength(Agency.NameMaxLength, ErrorMessage = "Name must be 120 characters or fewer")]
    public string? Name { get; set; }

    [Display(Name = "Type")]
    [Required(ErrorMessage = "Select the type of agency")]
    public AgencyType? Type { get; set; }

    [Display(Name = "Still in use")]
    public bool IsActive { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Type is { } type && !Enum.IsDefined(type))
        {
            yield return new ValidationResult("Select the type of agency", [nameof(Type)]);
        }
    }
}
