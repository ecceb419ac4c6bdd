namespace Lantern.Core.Disclosure;

/// <summary>Why a stretch of text could identify the family: the rule that found it.</summary>
public enum DisclosureRule
{
    /// <summary>A registered person's name or a part of it (first name, middle name, surname), in any case, spacing or
    /// hyphenation, possessive or not, split over a line or a formatting run.</summary>
    Name,

    /// <summary>A nickname, alias or other spelling the register holds for a person.</summary>
    Alias,

    /// <summary>One letter away from a registered name of six letters or more ("Kayliegh" for "Kayleigh").</summary>
    Misspelling,

    /// <summary>A registered person's initials written in capitals ("K.M.", "KM").</summary>
    Initials,

    /// <summary>A registered person's date of birth, in any common UK form.</summary>
    DateOfBirth,

    /// <summary>A line of a registered person's address ("14 Acacia Road", or the street alone).</summary>
    Address,

    /// <summary>A detail the review team recorded as identifying: a school, nursery, GP practice, hospital, place,
    /// rare condition or other detail.</summary>
    IdentifyingDetail,

    /// <summary>A UK postcode, registered or not.</summary>
    Postcode,

    /// <summary>A ten-digit number whose check digit makes it a valid NHS number.</summary>
    NhsNumber,

    /// <summary>A National Insurance number.</summary>
    NationalInsuranceNumber,

    /// <summary>A UK phone number.</summary>
    PhoneNumber,

    /// <summary>An email address.</summary>
    EmailAddress,

    /// <summary>A date with its day, month and year.</summary>
    ExactDate,

    /// <summary>A house number and street ("14 Acacia Road").</summary>
    StreetAddress,

    /// <summary>An age given together with an exact date, which gives the date of birth away.</summary>
    AgeWithDate,
}

/// <summary>How much a hit matters. A published edition cannot be marked ready while a high-severity hit is unresolved.</summary>
public enum DisclosureSeverity
{
    Low,
    Medium,
    High,
}

/// <summary>
/// One place where the text could identify the family: where it is (the paragraph's index from 0, and the start and
/// length in the paragraph's text, see <see cref="DisclosureParagraph.Locate"/> for the run), what is written there,
/// the rule that found it and why that identifies, how much it matters, and what to write instead.
/// </summary>
public sealed record DisclosureHit(
    int Paragraph,
    int Start,
    int Length,
    string Text,
    DisclosureRule Rule,
    DisclosureSeverity Severity,
    string Suggestion,
    string Why)
{
    public int End => Start + Length;

    /// <summary>What the rule means, in a sentence a writer can act on.</summary>
    public string Explanation => DisclosureRules.Explain(Rule);
}

/// <summary>What each rule means and how much its hits matter.</summary>
public static class DisclosureRules
{
    public static DisclosureSeverity SeverityOf(DisclosureRule rule) => rule switch
    {
        DisclosureRule.ExactDate => DisclosureSeverity.Medium,
        _ => DisclosureSeverity.High,
    };

    public static string Explain(DisclosureRule rule) => rule switch
    {
        DisclosureRule.Name => "A name of someone on the review's people register. Published editions call people by their pseudonym, and professionals by their role.",
        DisclosureRule.Alias => "A nickname or other name someone on the register is known by. People who know the family know these names too.",
        DisclosureRule.Misspelling => "Close to a registered name, one letter out. A misspelt name still tells a reader who it is.",
        DisclosureRule.Initials => "The initials of someone on the register. Initials and a few facts are enough to find a family.",
        DisclosureRule.DateOfBirth => "A registered date of birth. With the area and the age it points to one child.",
        DisclosureRule.Address => "Part of a registered address. A street is enough for neighbours to know the family.",
        DisclosureRule.IdentifyingDetail => "A detail the review team recorded as identifying: a named school, nursery, surgery, hospital or place, or a rare condition. Together with the rest of the report it lets readers work out who the family is.",
        DisclosureRule.Postcode => "A postcode. A full postcode covers a few streets, sometimes a single building.",
        DisclosureRule.NhsNumber => "An NHS number: it belongs to one person.",
        DisclosureRule.NationalInsuranceNumber => "A National Insurance number: it belongs to one person.",
        DisclosureRule.PhoneNumber => "A phone number: it leads to one household or one person.",
        DisclosureRule.EmailAddress => "An email address: it leads to one person.",
        DisclosureRule.ExactDate => "An exact date. Published reports give the month and year, or the child's age, because an exact date can be matched with news and court reports.",
        DisclosureRule.StreetAddress => "A house number and street: an address.",
        DisclosureRule.AgeWithDate => "An age together with an exact date gives the date of birth away.",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
