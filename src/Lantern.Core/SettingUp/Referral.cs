using Lantern.Core.Deadlines;

namespace Lantern.Core.SettingUp;

/// <summary>How a referral was assessed against the statutory criteria for a review.</summary>
public enum CriteriaRoute
{
    /// <summary>The referrer thinks the statutory criteria are met.</summary>
    StatutoryCriteriaMet,

    /// <summary>The criteria are not met, but there may be learning worth a review.</summary>
    OtherLearning,
}

/// <summary>An answer to one checklist question, stored with the referral.</summary>
public sealed class CriterionResponse
{
    public string Key { get; set; } = string.Empty;
    public CriterionAnswer Answer { get; set; }
}

/// <summary>
/// The referral that starts a review. The subject's identity (name, date of birth and the rest) is restricted:
/// only roles that need it see it, and it never appears in the review's title, a URL or a log.
/// </summary>
public sealed class Referral : IVersioned
{
    public const int NameMaxLength = 120;
    public const int ShortTextMaxLength = 200;
    public const int LongTextMaxLength = 8000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    public SubjectKind SubjectKind { get; set; }
    public string SubjectName { get; set; } = string.Empty;
    public DateOnly? SubjectDateOfBirth { get; set; }
    public string? SubjectSex { get; set; }
    public string? SubjectEthnicity { get; set; }
    public string? SubjectDisability { get; set; }
    public LegalStatus SubjectLegalStatus { get; set; }
    public string? SubjectArea { get; set; }

    public DateOnly IncidentDate { get; set; }
    public HarmKind Harm { get; set; }
    public string Circumstances { get; set; } = string.Empty;

    /// <summary>When the partnership became aware: the start of the statutory clock.</summary>
    public DateOnly AwareDate { get; set; }

    public DateOnly ReferredOn { get; set; }
    public Guid ReferringAgencyId { get; set; }
    public string ReferrerName { get; set; } = string.Empty;
    public Guid ReferredByUserId { get; set; }

    public List<Guid> OtherAgencyIds { get; set; } = [];

    /// <summary>Other areas the family has lived in. Each becomes a task to contact that area's partnership.</summary>
    public List<string> OtherAreas { get; set; } = [];

    public Jurisdiction Jurisdiction { get; set; }
    public CriteriaRoute CriteriaRoute { get; set; }
    public List<CriterionResponse> Criteria { get; set; } = [];
    public string? OtherLearningReason { get; set; }
    public string Rationale { get; set; } = string.Empty;
    public string? DelayExplanation { get; set; }

    /// <summary>The type of review the referral started as (such as a rapid review), whose deadlines still
    /// apply after the chair decides on another.</summary>
    public Guid InitialReviewTypeId { get; set; }

    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
