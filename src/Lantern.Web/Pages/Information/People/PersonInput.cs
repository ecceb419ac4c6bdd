namespace Lantern.Web.Pages.Information.People;

/// <summary>The form for one person in the register, used to add them and to change them.</summary>
public sealed class PersonInput
{
    public static IReadOnlyList<GovUkOption> CategoryOptions { get; } =
        PersonCategoryNames.All.Select(c => new GovUkOption(c.ToString(), c.DisplayName())).ToList();

    [Display(Order = 1)]
    [Required(ErrorMessage = "Select who this person is in the case")]
    public PersonCategory? Category { get; set; }

    [Display(Name = "Real name", Order = 2)]
    [Required(ErrorMessage = PersonRules.NameMissing)]
    [StringLength(Person.NameMaxLength, ErrorMessage = PersonRules.NameTooLong)]
    public string? RealName { get; set; }

    [Display(Name = "Other names", Order = 3)]
    [StringLength(Person.MaxAliases * (Person.AliasMaxLength + 2), ErrorMessage = "Other names must be 2,440 characters or fewer")]
    public string? Aliases { get; set; }

    [Display(Order = 4)]
    public DateInputModel DateOfBirth { get; set; } = new();

    [Display(Name = "Address", Order = 4)]
    [StringLength(Person.AddressMaxLength, ErrorMessage = PersonRules.AddressTooLong)]
    public string? Address { get; set; }

    [Display(Name = "Relationship", Order = 5)]
    [StringLength(Person.RoleMaxLength, ErrorMessage = PersonRules.RelationshipTooLong)]
    public string? Relationship { get; set; }

    [Display(Order = 6)]
    public Guid? AgencyId { get; set; }

    [Display(Name = "Role", Order = 7)]
    [StringLength(Person.RoleMaxLength, ErrorMessage = PersonRules.RoleTooLong)]
    public string? ProfessionalRole { get; set; }

    [Display(Name = "Pseudonym", Order = 8)]
    [StringLength(Person.PseudonymMaxLength, ErrorMessage = PersonRules.PseudonymTooLong)]
    public string? Pseudonym { get; set; }

    [Display(Name = "Notes", Order = 9)]
    [StringLength(Person.NotesMaxLength, ErrorMessage = PersonRules.NotesTooLong)]
    public string? Notes { get; set; }

    public Guid Version { get; set; }

    public static PersonInput From(Person person) => new()
    {
        Category = person.Category,
        RealName = person.RealName,
        Aliases = string.Join('\n', person.Aliases),
        DateOfBirth = DateInputModel.From(person.DateOfBirth),
        Address = person.Address,
        Relationship = person.Relationship,
        AgencyId = person.AgencyId,
        ProfessionalRole = person.ProfessionalRole,
        Pseudonym = person.Pseudonym,
        Notes = person.Notes,
        Version = person.Version,
    };

    /// <summary>Checks what the attributes cannot and returns the details to save, or null when the form has errors.</summary>
    public PersonDetails? Read(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        var born = modelState.Read("Input.DateOfBirth", DateOfBirth, "Date of birth", required: false);

        // The rules themselves are shared with uploads of people (PersonRules), so the form and a file cannot drift apart.
        var aliases = PersonRules.SplitAliases(Aliases, '\n');
        if (PersonRules.AliasProblem(RealName, aliases) is { } aliasProblem)
        {
            modelState.AddModelError("Input.Aliases", aliasProblem);
        }

        if (Category is { } category && PersonRules.RelationshipProblem(category, Relationship) is { } relationshipProblem)
        {
            modelState.AddModelError("Input.Relationship", relationshipProblem);
        }

        if (Category is { } professional && PersonRules.RoleProblem(professional, ProfessionalRole) is { } roleProblem)
        {
            modelState.AddModelError("Input.ProfessionalRole", roleProblem);
        }

        if (Category == PersonCategory.Professional && AgencyId is null)
        {
            modelState.AddModelError("Input.AgencyId", PersonRules.AgencyMissing);
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        return new PersonDetails(Category!.Value, RealName!, aliases, born, Relationship, AgencyId, ProfessionalRole, Pseudonym, Notes, Address);
    }
}
