namespace Lantern.Web.Pages.SettingUp.Family;

/// <summary>The form for one family member in the contact plan, used to add them and to change them.</summary>
public sealed class FamilyMemberInput
{
    public static IReadOnlyList<GovUkOption> ParentalResponsibilityOptions { get; } =
    [
        new("yes", "Yes"),
        new("no", "No"),
        new("unknown", "Not known"),
    ];

    public static IReadOnlyList<GovUkOption> InterpreterOptions { get; } =
    [
        new("True", "Yes"),
        new("False", "No"),
    ];

    public static IReadOnlyList<GovUkOption> ChannelOptions { get; } =
        Enum.GetValues<ContactChannel>().Select(c => new GovUkOption(c.ToString(), c.DisplayName())).ToList();

    [Display(Name = "Name", Order = 1)]
    [Required(ErrorMessage = "Enter the family member's name")]
    [StringLength(FamilyMember.NameMaxLength, ErrorMessage = "Name must be 120 characters or fewer")]
    public string? Name { get; set; }

    [Display(Name = "Relationship", Order = 2)]
    [Required(ErrorMessage = "Enter their relationship to the child or adult")]
    [StringLength(FamilyMember.NameMaxLength, ErrorMessage = "Relationship must be 120 characters or fewer")]
    public string? Relationship { get; set; }

    [Display(Order = 3)]
    [Required(ErrorMessage = "Select whether they have parental responsibility, or Not known")]
    [RegularExpression("^(yes|no|unknown)$", ErrorMessage = "Select whether they have parental responsibility, or Not known")]
    public string? ParentalResponsibility { get; set; }

    [Display(Name = "Language", Order = 4)]
    [StringLength(FamilyMember.NameMaxLength, ErrorMessage = "Language must be 120 characters or fewer")]
    public string? Language { get; set; }

    [Display(Order = 5)]
    public bool InterpreterNeeded { get; set; }

    [Display(Name = "Accessibility needs", Order = 6)]
    [StringLength(FamilyMember.TextMaxLength, ErrorMessage = "Accessibility needs must be 2,000 characters or fewer")]
    public string? AccessibilityNeeds { get; set; }

    [Display(Name = "Safety concerns", Order = 7)]
    [StringLength(FamilyMember.TextMaxLength, ErrorMessage = "Safety concerns must be 2,000 characters or fewer")]
    public string? SafetyConcerns { get; set; }

    [Display(Order = 8)]
    [Required(ErrorMessage = "Select how they would like to be contacted")]
    public ContactChannel? PreferredChannel { get; set; }

    public Guid Version { get; set; }

    public static FamilyMemberInput From(FamilyMember member) => new()
    {
        Name = member.Name,
        Relationship = member.Relationship,
        ParentalResponsibility = member.HasParentalResponsibility switch { true => "yes", false => "no", null => "unknown" },
        Language = member.Language,
        InterpreterNeeded = member.InterpreterNeeded,
        AccessibilityNeeds = member.AccessibilityNeeds,
        SafetyConcerns = member.SafetyConcerns,
        PreferredChannel = member.PreferredChannel,
        Version = member.Version,
    };

    /// <summary>The details to save; call only once the form is valid.</summary>
    public FamilyMemberDetails ToDetails() => new(
        Name!,
        Relationship!,
        ParentalResponsibility switch { "yes" => true, "no" => false, _ => null },
        Language,
        InterpreterNeeded,
        AccessibilityNeeds,
        SafetyConcerns,
        PreferredChannel!.Value);
}
