namespace Lantern.Web.Infrastructure.Documents;

/// <summary>
/// The placeholders a letter template may use, written in a template as ((name)). Seven describe the review and the
/// people in it; the eighth, ((date)), is the date of the letter. Names match ignoring case and extra spaces.
/// </summary>
public static class LetterPlaceholders
{
    /// <summary>The family member the letter is addressed to.</summary>
    public const string FamilyMemberName = "family member name";

    /// <summary>The child or adult the review is about, by the name the family knows them by.</summary>
    public const string ChildOrAdultName = "child or adult name";

    /// <summary>The safeguarding partnership holding, or deciding about, the review.</summary>
    public const string PartnershipName = "partnership name";

    /// <summary>The kind of review, as the partnership names it.</summary>
    public const string ReviewType = "review type";

    /// <summary>The lead reviewer's name.</summary>
    public const string LeadReviewer = "lead reviewer";

    /// <summary>How to reach the partnership's business unit: a name with a phone number or email address.</summary>
    public const string BusinessUnitContact = "business unit contact";

    /// <summary>The name of the partnership's chair, who signs the letter.</summary>
    public const string ChairName = "chair name";

    /// <summary>The date of the letter, such as "1 December 2026".</summary>
    public const string Date = "date";

    /// <summary>All eight, in the order they are offered to someone editing a template.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        FamilyMemberName,
        ChildOrAdultName,
        PartnershipName,
        ReviewType,
        LeadReviewer,
        BusinessUnitContact,
        ChairName,
        Date,
    ];
}
