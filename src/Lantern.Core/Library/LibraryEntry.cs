namespace Lantern.Core.Library;

/// <summary>The child's (or adult's) age at the time of the incident, in the bands findings are compared by.</summary>
public enum AgeBand
{
    UnderOne,
    OneToFour,
    FiveToTen,
    ElevenToFifteen,
    SixteenToSeventeen,
    EighteenToTwentyFour,
    TwentyFiveToSixtyFour,
    SixtyFiveAndOver,
}

/// <summary>The kind of harm a review looked at, beyond whether it was a death or serious harm. A review may have more than one.</summary>
public enum HarmType
{
    PhysicalAbuse,
    Neglect,
    SexualAbuse,
    EmotionalAbuse,
    Exploitation,
    SuddenUnexpectedDeathInInfancy,
    Suicide,
    Other,
}

/// <summary>Which facet of the library a value belongs to: what the search's counts and filters are grouped by.</summary>
public enum LibraryFacet
{
    Nation,
    ReviewType,
    Method,
    IncidentYear,
    PublishedYear,
    AgeBand,
    Sex,
    Outcome,
    HarmType,
    Theme,
    Agency,
    Pattern,
    Factor,
    Practice,
    RecommendationKind,
    ActionStatus,
}

/// <summary>
/// One finding in the partnership's library (issue 19): its published wording only (pseudonymised, never the
/// restricted text) with what it is compared by, kept as one row per finding for the database's own full-text search
/// (SQLite FTS5, PostgreSQL text search) and one <see cref="LibraryFacetValue"/> per facet value for the counts.
/// A finding from a past review or an exchange has no review or finding in this Lantern, only its stable key.
/// </summary>
public sealed class LibraryEntry
{
    public const int TitleMaxLength = 500;
    public const int TextMaxLength = 20_000;
    public const int KeyMaxLength = 200;

    public Guid Id { get; set; }

    /// <summary>The partnership whose library it is in (a collator's, for exchanged findings).</summary>
    public Guid PartnershipId { get; set; }

    /// <summary>The identifier it keeps across exchanges: "{partnership key}/{review key}/{finding number}".</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The exchange format version or local revision the row came from; a newer one replaces it.</summary>
    public int Revision { get; set; }

    public Guid? ReviewId { get; set; }
    public Guid? FindingId { get; set; }

    /// <summary>The review as published ("Child L"), never a real name.</summary>
    public string ReviewLabel { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>The finding's published text, run through the pseudonymiser.</summary>
    public string Text { get; set; } = string.Empty;

    public bool IsGoodPractice { get; set; }
    public int? IncidentYear { get; set; }
    public int? PublishedYear { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<LibraryFacetValue> Facets { get; set; } = [];
}

/// <summary>One value of one facet of a library entry ("Theme" = "domestic-abuse"): what the search counts and filters by.</summary>
public sealed class LibraryFacetValue
{
    public const int ValueMaxLength = 200;

    public Guid EntryId { get; set; }
    public LibraryFacet Facet { get; set; }
    public string Value { get; set; } = string.Empty;
}

public static class AgeBands
{
    public static readonly IReadOnlyList<AgeBand> All = Enum.GetValues<AgeBand>();

    /// <summary>The band for someone born on <paramref name="born"/> on the day of <paramref name="incident"/>;
    /// null when either is unknown or the birth is after the incident.</summary>
    public static AgeBand? From(DateOnly? born, DateOnly? incident)
    {
        if (born is not { } b || incident is not { } i || b > i)
        {
            return null;
        }

        // Someone born on 29 February has their birthday on 1 March in other years.
        var birthday = b is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(i.Year) ? new DateOnly(i.Year, 3, 1) : b.AddYears(i.Year - b.Year);
        var years = i.Year - b.Year - (i < birthday ? 1 : 0);
        return years switch
        {
            < 1 => AgeBand.UnderOne,
            < 5 => AgeBand.OneToFour,
            < 11 => AgeBand.FiveToTen,
            < 16 => AgeBand.ElevenToFifteen,
            < 18 => AgeBand.SixteenToSeventeen,
            < 25 => AgeBand.EighteenToTwentyFour,
            < 65 => AgeBand.TwentyFiveToSixtyFour,
            _ => AgeBand.SixtyFiveAndOver,
        };
    }

    public static string DisplayName(this AgeBand band) => band switch
    {
        AgeBand.UnderOne => "Under 1",
        AgeBand.OneToFour => "1 to 4",
        AgeBand.FiveToTen => "5 to 10",
        AgeBand.ElevenToFifteen => "11 to 15",
        AgeBand.SixteenToSeventeen => "16 or 17",
        AgeBand.EighteenToTwentyFour => "18 to 24",
        AgeBand.TwentyFiveToSixtyFour => "25 to 64",
        AgeBand.SixtyFiveAndOver => "65 and over",
        _ => band.ToString(),
    };
}

public static class HarmTypes
{
    public static readonly IReadOnlyList<HarmType> All = Enum.GetValues<HarmType>();

    public static string DisplayName(this HarmType harm) => harm switch
    {
        HarmType.PhysicalAbuse => "Physical abuse",
        HarmType.Neglect => "Neglect",
        HarmType.SexualAbuse => "Sexual abuse",
        HarmType.EmotionalAbuse => "Emotional abuse",
        HarmType.Exploitation => "Exploitation",
        HarmType.SuddenUnexpectedDeathInInfancy => "Sudden unexpected death in infancy",
        HarmType.Suicide => "Suicide",
        HarmType.Other => "Other",
        _ => harm.ToString(),
    };
}

/// <summary>A circumstance of the family's life that findings are compared by, in a versioned list: a theme keeps
/// its key and meaning once published; a later version only adds themes or retires them.</summary>
public sealed record ContextTheme(string Key, string Name, string Meaning, int AddedInVersion, int? RetiredInVersion = null);

public static class ContextThemes
{
    public const int CurrentVersion = 1;

    public static readonly IReadOnlyList<ContextTheme> All =
    [
        new("domestic-abuse", "Domestic abuse", "Violence, coercion or control between adults in the household, or by a former partner.", 1),
        new("parental-mental-health", "Parental mental health", "A parent or carer's mental illness or distress affected the care the child had.", 1),
        new("substance-misuse", "Substance misuse", "Alcohol or drug use by a parent, carer or the young person themselves.", 1),
        new("parental-learning-disability", "Parental learning disability", "A parent or carer with a learning disability or difficulty, and the support they had.", 1),
        new("child-disability", "Disability of the child", "The child's disability or complex health needs shaped how services saw and met them.", 1),
        new("housing-and-poverty", "Housing and poverty", "Insecure or poor housing, debt, or not enough money for the basics.", 1),
        new("moves-between-areas", "Moves between areas", "The family moved between councils, health areas or schools, and information had to follow them.", 1),
        new("not-brought", "Not brought to appointments", "Appointments, visits or school missed, and what services made of it.", 1),
        new("extra-familial-harm", "Harm outside the family", "Risk to a young person from peers, adults or places outside the home.", 1),
        new("online-harm", "Online harm", "Contact, grooming or abuse that happened through phones, apps or the internet.", 1),
        new("male-carers", "Fathers and male carers", "Men in the household or the child's life whom services knew little about.", 1),
        new("language-and-culture", "Language and culture", "Interpreting, faith, culture or immigration status and how services worked with them.", 1),
        new("transition-to-adulthood", "Moving to adult services", "A young person turning 18 and the hand-over between children's and adults' services.", 1),
    ];

    /// <summary>The themes a coder may choose from in <paramref name="version"/>.</summary>
    public static IReadOnlyList<ContextTheme> InVersion(int version) =>
        [.. All.Where(t => t.AddedInVersion <= version && (t.RetiredInVersion is null || t.RetiredInVersion > version))];

    /// <summary>The theme with <paramref name="key"/> in any version, so an old code keeps its meaning.</summary>
    public static ContextTheme? Find(string? key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));
}
