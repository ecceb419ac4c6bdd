using System.ComponentModel.DataAnnotations;
using Lantern.Core;
using Lantern.Core.Information;
using Lantern.Web.Components;
using Lantern.Web.Infrastructure.Validation;

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
    [Required(ErrorMessage = "Enter the person's real name, or 'Not known'")]
    [StringLength(Person.NameMaxLength, ErrorMessage = "Real name must be 120 characters or fewer")]
    public string? RealName { get; set; }

    [Display(Name = "Other names", Order = 3)]
    [StringLength(Person.MaxAliases * (Person.AliasMaxLength + 2), ErrorMessage = "Other names must be 2,440 characters or fewer")]
    public string? Aliases { get; set; }

    [Display(Order = 4)]
    public DateInputModel DateOfBirth { get; set; } = new();

    [Display(Name = "Relationship", Order = 5)]
    [StringLength(Person.RoleMaxLength, ErrorMessage = "Relationship must be 120 characters or fewer")]
    public string? Relationship { get; set; }

    [Display(Order = 6)]
    public Guid? AgencyId { get; set; }

    [Display(Name = "Role", Order = 7)]
    [StringLength(Person.RoleMaxLength, ErrorMessage = "Role must be 120 characters or fewer")]
    public string? ProfessionalRole { get; set; }

    [Display(Name = "Pseudonym", Order = 8)]
    [StringLength(Person.PseudonymMaxLength, ErrorMessage = "Pseudonym must be 60 characters or fewer")]
    public string? Pseudonym { get; set; }

    [Display(Name = "Notes", Order = 9)]
    [StringLength(Person.NotesMaxLength, ErrorMessage = "Notes must be 2,000 characters or fewer")]
    public string? Notes { get; set; }

    public Guid Version { get; set; }

    public static PersonInput From(Person person) => new()
    {
        Category = person.Category,
        RealName = person.RealName,
        Aliases = string.Join('\n', person.Aliases),
        DateOfBirth = DateInputModel.From(person.DateOfBirth),
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
        var aliases = (Aliases ?? string.Empty)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Pseudonyms.Normalise)
            .ToList();

        // Names are matched whatever their capitals, so a second spelling differing only in case adds nothing: say
        // so rather than dropping it quietly.
        var repeated = aliases.GroupBy(a => Folding.Fold(NameText.WithoutNotes(a)), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        var sameAsName = aliases.FirstOrDefault(a => Folding.Same(NameText.WithoutNotes(a), NameText.WithoutNotes(RealName ?? string.Empty)));
        var common = aliases.FirstOrDefault(NameWords.IsCommonWord);
        if (repeated is not null)
        {
            modelState.AddModelError("Input.Aliases", $"Other names lists '{string.Join("' and '", repeated.Distinct(StringComparer.Ordinal))}' more than once (capitals, accents and notes in brackets do not matter when names are matched): keep one");
        }
        else if (common is not null)
        {
            modelState.AddModelError("Input.Aliases", PeopleService.AliasProblem(common)!);
        }
        else if (sameAsName is not null)
        {
            modelState.AddModelError("Input.Aliases", $"Other names repeats their full name '{sameAsName}': list only the other names they are known by");
        }
        else if (aliases.Count > Person.MaxAliases)
        {
            modelState.AddModelError("Input.Aliases", $"Enter {Person.MaxAliases} other names or fewer");
        }
        else if (aliases.Any(a => a.Length > Person.AliasMaxLength))
        {
            modelState.AddModelError("Input.Aliases", "Each other name must be 120 characters or fewer");
        }

        if (Category == PersonCategory.FamilyOrHousehold && string.IsNullOrWhiteSpace(Relationship))
        {
            modelState.AddModelError("Input.Relationship", "Enter their relationship to the child or adult, such as mother or older brother");
        }

        if (Category == PersonCategory.Professional && string.IsNullOrWhiteSpace(ProfessionalRole))
        {
            modelState.AddModelError("Input.ProfessionalRole", "Enter the professional's role, such as social worker or health visitor");
        }

        if (Category == PersonCategory.Professional && AgencyId is null)
        {
            modelState.AddModelError("Input.AgencyId", "Select the professional's agency");
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        return new PersonDetails(Category!.Value, RealName!, aliases, born, Relationship, AgencyId, ProfessionalRole, Pseudonym, Notes);
    }
}
