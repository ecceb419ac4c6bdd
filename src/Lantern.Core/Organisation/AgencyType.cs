namespace Lantern.Core.Organisation;

/// <summary>The kinds of agency that take part in reviews. Health is split because each health body
/// holds its own records and answers for them separately.</summary>
public enum AgencyType
{
    ChildrensSocialCare,
    AdultSocialCare,
    Police,
    HealthIntegratedCareBoard,
    HealthHospitalTrust,
    HealthGpPractice,
    HealthHealthVisiting,
    HealthSchoolNursing,
    Education,
    Probation,
    Housing,
    VoluntarySector,
    Other,
}

public static class AgencyTypeNames
{
    public static string DisplayName(this AgencyType type) => type switch
    {
        AgencyType.ChildrensSocialCare => "Children's social care",
        AgencyType.AdultSocialCare => "Adult social care",
        AgencyType.Police => "Police",
        AgencyType.HealthIntegratedCareBoard => "Health: integrated care board",
        AgencyType.HealthHospitalTrust => "Health: hospital trust",
        AgencyType.HealthGpPractice => "Health: GP practice",
        AgencyType.HealthHealthVisiting => "Health: health visiting",
        AgencyType.HealthSchoolNursing => "Health: school nursing",
        AgencyType.Education => "Education",
        AgencyType.Probation => "Probation",
        AgencyType.Housing => "Housing",
        AgencyType.VoluntarySector => "Voluntary sector",
        AgencyType.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
