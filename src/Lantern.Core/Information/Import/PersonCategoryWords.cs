using System.Globalization;

namespace Lantern.Core.Information.Import;

/// <summary>What a file's "who they are in the case" cell says: the category, and the relationship or role its
/// words give when they are one ("Mother" is family with the relationship Mother).</summary>
public sealed record CategoryReading(PersonCategory Category, string? Relationship, string? Role);

/// <summary>
/// Reads the words agencies use for someone's place in a case. Lantern's own names are accepted ("subject",
/// "family or household", "professional", "other"), and so are the relationships and roles agencies write
/// instead: "child" or "young person" is the subject, "mum" or "maternal grandmother" family, "social worker" or
/// "GP" a professional, "neighbour" someone else. Words not known at all are left for a person to decide.
/// </summary>
public static class PersonCategoryWords
{
    private static readonly Dictionary<string, PersonCategory> Categories = new (PersonCategory Category, string[] Words)[]
    {
        (PersonCategory.Subject,
        [
            "subject", "the subject", "child", "the child", "subject child", "child subject", "young person", "the young person", "adult",
            "the adult", "adult at risk", "index child", "subject of the review", "the child or adult the review is about",
        ]),
        (PersonCategory.FamilyOrHousehold,
        [
            "family", "family member", "household", "household member", "family or household", "family or household member",
            "family/household", "familyorhousehold", "relative", "family and household",
        ]),
        (PersonCategory.Professional, ["professional", "practitioner", "worker", "staff", "agency", "agency worker"]),
        (PersonCategory.Other, ["other", "others", "someone else", "other person"]),
    }.SelectMany(c => c.Words.Select(w => (Word: w, c.Category))).ToDictionary(p => p.Word, p => p.Category, StringComparer.Ordinal);

    /// <summary>Relationships kept as the person's relationship: family unless listed as someone else.</summary>
    private static readonly HashSet<string> OtherRelationships = new(StringComparer.Ordinal)
    {
        "neighbour", "neighbor", "friend", "family friend", "friend of the family", "member of the public", "acquaintance", "witness",
        "landlord", "landlady", "associate", "peer",
    };

    private static readonly HashSet<string> FamilyWords = new(StringComparer.Ordinal)
    {
        "mum", "mom", "dad", "son", "daughter", "wife", "husband", "partner", "boyfriend", "girlfriend", "ex-partner", "twin", "baby",
        "lodger", "stepson", "stepdaughter", "kinship carer", "special guardian", "nan", "nana", "grandad", "granddad", "grandma", "grandpa",
    };

    private static readonly string[] FamilyStems = ["mother", "father", "sister", "brother", "sibling", "parent", "grand", "cousin", "niece", "nephew", "aunt", "uncle", "step"];

    private static readonly string[] ProfessionalStems =
    [
        "worker", "officer", "nurse", "teacher", "visitor", "doctor", "manager", "midwife", "consultant", "practitioner", "therapist",
        "psychologist", "psychiatrist", "paediatrician", "pediatrician", "police", "clinician", "adviser", "advisor", "coordinator",
        "co-ordinator", "headteacher", "head", "lead", "senco", "detective", "constable", "sergeant", "inspector", "paramedic", "gp",
        "dsl", "iro", "chair", "mentor", "counsellor", "solicitor", "probation", "surgeon", "registrar", "dentist", "pharmacist",
    ];

    /// <summary>How the cell's words place the person, or null when they are not words Lantern knows.</summary>
    public static CategoryReading? Read(string? text)
    {
        var words = Key(text);
        if (words.Length == 0)
        {
            return null;
        }

        if (Categories.TryGetValue(words, out var category) ||
            (char.IsLetter(words[0]) && Enum.TryParse(words, ignoreCase: true, out category) && Enum.IsDefined(category)))
        {
            return new CategoryReading(category, null, null);
        }

        var written = Tidy(text!);
        if (OtherRelationships.Contains(words))
        {
            return new CategoryReading(PersonCategory.Other, written, null);
        }

        var parts = words.Split([' ', '/', '\''], StringSplitOptions.RemoveEmptyEntries);

        // A role is looked for first: "family support worker" and "step-down coordinator" are professionals.
        if (parts.Any(p => ProfessionalStems.Contains(p)) || parts.Any(p => ProfessionalStems.Any(s => s.Length > 4 && p.EndsWith(s, StringComparison.Ordinal))))
        {
            return new CategoryReading(PersonCategory.Professional, null, written);
        }

        if (FamilyWords.Contains(words) || parts.Any(p => FamilyWords.Contains(p)) || parts.Any(p => FamilyStems.Any(s => p.Contains(s, StringComparison.Ordinal))))
        {
            return new CategoryReading(PersonCategory.FamilyOrHousehold, written, null);
        }

        return null;
    }

    /// <summary>Whether the relationship words are ones that place someone outside the family ("neighbour").</summary>
    public static bool IsOtherRelationship(string? relationship) => OtherRelationships.Contains(Key(relationship));

    /// <summary>Folded, with curly apostrophes and full stops made plain: "Mother’s partner" and "mother's partner" agree.</summary>
    private static string Key(string? text) =>
        Folding.Fold(text).Replace('\u2019', '\'').Replace(".", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>The words as written, spaces tidied and the first letter a capital, to keep as the relationship or role.</summary>
    private static string Tidy(string text)
    {
        var value = Pseudonyms.Normalise(text);
        return value.Length == 0 ? value : char.ToUpper(value[0], CultureInfo.InvariantCulture) + value[1..];
    }
}
