using Lantern.Core.Information;

namespace Lantern.Core.Disclosure;

/// <summary>One person on the review's register, as the check needs them: every name they are known by, what else
/// of theirs could identify them, and the pseudonym that replaces them.</summary>
public sealed record DisclosurePerson(
    string RealName,
    IReadOnlyList<string> Aliases,
    string Pseudonym,
    PersonCategory Category,
    DateOnly? DateOfBirth = null,
    string? Address = null,
    string? ProfessionalRole = null)
{
    public static DisclosurePerson From(Person person) =>
        new(person.RealName, person.Aliases, person.Pseudonym, person.Category, person.DateOfBirth, person.Address, person.ProfessionalRole);
}

/// <summary>What kind of thing an identifying detail is.</summary>
public enum IdentifyingDetailKind
{
    School,
    Nursery,
    GpPractice,
    Hospital,
    Place,
    Condition,
    Other,
}

/// <summary>A detail the review team records as identifying the family (a school, a rare condition), with the words
/// that replace it in anything published ("a local primary school", "a rare genetic condition").</summary>
public sealed record IdentifyingDetail(IdentifyingDetailKind Kind, string Text, string Replacement)
{
    public const int TextMaxLength = 200;
    public const int ReplacementMaxLength = 200;

    /// <summary>The kind as written in a details file or form: "school", "GP practice", "rare condition"...</summary>
    public static IdentifyingDetailKind? KindFromWords(string? words) =>
        Folding.Fold(words).Replace("-", " ", StringComparison.Ordinal) switch
        {
            "school" or "college" or "academy" => IdentifyingDetailKind.School,
            "nursery" or "pre school" or "preschool" or "childminder" => IdentifyingDetailKind.Nursery,
            "gp practice" or "gp" or "gp surgery" or "surgery" or "practice" => IdentifyingDetailKind.GpPractice,
            "hospital" => IdentifyingDetailKind.Hospital,
            "place" or "named place" or "town" or "village" or "street" or "estate" => IdentifyingDetailKind.Place,
            "condition" or "rare condition" or "medical condition" or "diagnosis" => IdentifyingDetailKind.Condition,
            "other" or "detail" => IdentifyingDetailKind.Other,
            _ => null,
        };
}
