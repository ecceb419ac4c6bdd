namespace Lantern.Core.Information;

/// <summary>
/// The rules one person's entry in the register must meet, wherever it comes from: the form that adds or changes
/// them and a file of people uploaded at once. Kept here so the two cannot drift apart; each returns the message
/// to show, or null when the rule is met.
/// </summary>
public static class PersonRules
{
    public const string NameMissing = "Enter the person's real name, or 'Not known'";
    public const string NameTooLong = "Real name must be 120 characters or fewer";
    public const string RelationshipMissing = "Enter their relationship to the child or adult, such as mother or older brother";
    public const string RelationshipTooLong = "Relationship must be 120 characters or fewer";
    public const string RoleMissing = "Enter the professional's role, such as social worker or health visitor";
    public const string RoleTooLong = "Role must be 120 characters or fewer";
    public const string AgencyMissing = "Select the professional's agency";
    public const string PseudonymTooLong = "Pseudonym must be 60 characters or fewer";
    public const string NotesTooLong = "Notes must be 2,000 characters or fewer";
    public const string BornInTheFuture = "Date of birth must be today or in the past";
    public const string AddressTooLong = "Address must be 300 characters or fewer";

    /// <summary>The other names as entered, spaces tidied and blanks left out.</summary>
    public static List<string> SplitAliases(string? text, params char[] separators) =>
        (text ?? string.Empty)
            .Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Pseudonyms.Normalise)
            .ToList();

    /// <summary>What is wrong with a person's other names, or null.</summary>
    public static string? AliasProblem(string? realName, IReadOnlyList<string> aliases)
    {
        // Names are matched whatever their capitals, accents and notes in brackets, so a second spelling differing
        // only in those adds nothing: say so rather than dropping it quietly.
        var repeated = aliases.GroupBy(a => Folding.Fold(NameText.WithoutNotes(a)), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        var sameAsName = aliases.FirstOrDefault(a => Folding.Same(NameText.WithoutNotes(a), NameText.WithoutNotes(realName ?? string.Empty)));
        var common = aliases.FirstOrDefault(NameWords.IsCommonWord);
        if (repeated is not null)
        {
            return $"Other names lists '{string.Join("' and '", repeated.Distinct(StringComparer.Ordinal))}' more than once (capitals, accents and notes in brackets do not matter when names are matched): keep one";
        }

        if (common is not null)
        {
            return CommonWordProblem(common);
        }

        if (sameAsName is not null)
        {
            return $"Other names repeats their full name '{sameAsName}': list only the other names they are known by";
        }

        if (aliases.Count > Person.MaxAliases)
        {
            return $"Enter {Person.MaxAliases} other names or fewer";
        }

        return aliases.Any(a => a.Length > Person.AliasMaxLength) ? "Each other name must be 120 characters or fewer" : null;
    }

    /// <summary>A word for someone's place in the family or case ("Mum", "the baby") cannot be anyone's other name.</summary>
    public static string? CommonWordProblem(string alias) =>
        NameWords.IsCommonWord(alias)
            ? $"'{alias}' is a word for someone's place in the family or case, not their name: it would link every entry that uses it to this one person. Add the names they are called by instead"
            : null;

    /// <summary>A family or household member needs their relationship to the subject.</summary>
    public static string? RelationshipProblem(PersonCategory category, string? relationship) =>
        category == PersonCategory.FamilyOrHousehold && string.IsNullOrWhiteSpace(relationship) ? RelationshipMissing : null;

    /// <summary>A professional needs their role.</summary>
    public static string? RoleProblem(PersonCategory category, string? role) =>
        category == PersonCategory.Professional && string.IsNullOrWhiteSpace(role) ? RoleMissing : null;

    /// <summary>A date of birth cannot be after today.</summary>
    public static string? DateOfBirthProblem(DateOnly? born, DateOnly today) => born > today ? BornInTheFuture : null;

    /// <summary>The same person already in the register: their real name (accents and capitals aside) and date of
    /// birth agree. "Not known" is nobody's name, so it never matches.</summary>
    public static bool SamePerson(string realName, DateOnly? born, string otherRealName, DateOnly? otherBorn) =>
        born == otherBorn && !IsUnknownName(realName) && Folding.Same(realName, otherRealName);

    private static bool IsUnknownName(string name) => Folding.Fold(name).Trim('.', ' ') is "" or "not known" or "unknown" or "n/k" or "nk";
}
