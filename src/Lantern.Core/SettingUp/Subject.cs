namespace Lantern.Core.SettingUp;

public enum SubjectKind
{
    Child,
    Adult,
}

public enum HarmKind
{
    Death,
    SeriousHarm,
}

/// <summary>The subject's legal or care status at the time of the incident.</summary>
public enum LegalStatus
{
    None,
    ChildInNeed,
    ChildProtectionPlan,
    LookedAfter,
    CareLeaver,
    AdultSafeguardingEnquiry,
    Other,
    NotKnown,
}

public static class SubjectNames
{
    public static string DisplayName(this SubjectKind kind) => kind switch
    {
        SubjectKind.Child => "A child or young person",
        SubjectKind.Adult => "An adult",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string DisplayName(this HarmKind harm) => harm switch
    {
        HarmKind.Death => "Died",
        HarmKind.SeriousHarm => "Seriously harmed",
        _ => throw new ArgumentOutOfRangeException(nameof(harm), harm, null),
    };

    public static string DisplayName(this LegalStatus status) => status switch
    {
        LegalStatus.None => "None",
        LegalStatus.ChildInNeed => "Child in need",
        LegalStatus.ChildProtectionPlan => "Child protection plan",
        LegalStatus.LookedAfter => "Looked after by the local authority",
        LegalStatus.CareLeaver => "Care leaver",
        LegalStatus.AdultSafeguardingEnquiry => "Adult safeguarding enquiry",
        LegalStatus.Other => "Other",
        LegalStatus.NotKnown => "Not known",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
