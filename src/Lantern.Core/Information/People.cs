namespace Lantern.Core.Information;

/// <summary>Where a person stands in the case.</summary>
public enum PersonCategory
{
    /// <summary>The child or adult the review is about.</summary>
    Subject,

    /// <summary>Family and household members (parents, siblings, partners, lodgers).</summary>
    FamilyOrHousehold,

    /// <summary>Practitioners and managers, with their agency and role.</summary>
    Professional,

    /// <summary>Anyone else who appears in the records (neighbours, friends, members of the public).</summary>
    Other,
}

/// <summary>
/// Someone who appears in the review's records. The real name, aliases, date of birth and address are restricted
/// to the roles that may see real identities; everyone else, and anything published, uses the pseudonym.
/// </summary>
public sealed class Person : IVersioned
{
    public const int NameMaxLength = 120;
    public const int PseudonymMaxLength = 60;
    public const int AliasMaxLength = 120;
    public const int MaxAliases = 20;
    public const int RoleMaxLength = 120;
    public const int NotesMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public PersonCategory Category { get; set; }

    /// <summary>The real name. Restricted.</summary>
    public string RealName { get; set; } = string.Empty;

    /// <summary>Known aliases, nicknames and spelling variants, used to match names in chronology text. Restricted.</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Restricted.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Restricted. The address agencies knew the person at, as written (one line or several), so it can
    /// be recognised and replaced in entries shown with pseudonyms.</summary>
    public string? Address { get; set; }

    public const int AddressMaxLength = 300;

    /// <summary>For family and household: the relationship to the subject ("Mother", "Sibling", "Mother's partner").</summary>
    public string? Relationship { get; set; }

    /// <summary>For professionals: their agency.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>For professionals: their role ("Social worker", "Health visitor").</summary>
    public string? ProfessionalRole { get; set; }

    /// <summary>The name used in anything published: unique within the review.</summary>
    public string Pseudonym { get; set; } = string.Empty;

    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A person linked to a chronology entry, found by matching their name or a variant in the entry's
/// text or confirmed by a reviewer.</summary>
public sealed class EntryPerson
{
    public const int MatchedTextMaxLength = 120;

    public Guid EntryId { get; set; }
    public Guid PersonId { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>The words in the entry that matched (null when a reviewer linked the person by hand).</summary>
    public string? MatchedText { get; set; }
}
