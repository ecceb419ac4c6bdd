namespace Lantern.Core.SettingUp;

public enum InformationRequestStatus
{
    Sent,
    Returned,
}

/// <summary>
/// A request to one agency for the minimum information the rapid review or scoping needs. The agency's
/// contact on the review sees their own agency's requests and returns the answer here.
/// </summary>
public sealed class InformationRequest : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid AgencyId { get; set; }
    public DateOnly RequestedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public string WhatIsNeeded { get; set; } = string.Empty;
    public InformationRequestStatus Status { get; set; }

    public string? InvolvementSummary { get; set; }
    public DateOnly? InvolvementFrom { get; set; }
    public DateOnly? InvolvementTo { get; set; }
    public string? KeyContacts { get; set; }
    public DateOnly? ReturnedOn { get; set; }
    public Guid? ReturnedByUserId { get; set; }

    public Guid RequestedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsOverdue(DateOnly today) => Status == InformationRequestStatus.Sent && today > DueOn;

    public void Return(string summary, DateOnly? from, DateOnly? to, string? keyContacts, DateOnly today, Guid userId)
    {
        InvolvementSummary = summary.Trim();
        InvolvementFrom = from;
        InvolvementTo = to;
        KeyContacts = keyContacts?.Trim();
        ReturnedOn = today;
        ReturnedByUserId = userId;
        Status = InformationRequestStatus.Returned;
    }
}

public enum ScopingRecommendation
{
    HoldReview,
    NoReview,
    OtherLearning,
}

/// <summary>The meeting that weighs the returned information and recommends a decision to the chair.</summary>
public sealed class ScopingMeeting : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string Attendees { get; set; } = string.Empty;
    public string Summary { get; set; } = string.Empty;
    public ScopingRecommendation Recommendation { get; set; }
    public string RecommendationReasons { get; set; } = string.Empty;

    /// <summary>The agencies that took part in the rapid review.</summary>
    public List<Guid> ParticipantAgencyIds { get; set; } = [];

    /// <summary>When the rapid review report was sent to the national panel; null until it is sent.</summary>
    public DateOnly? PanelReportSentOn { get; set; }

    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public static class ScopingNames
{
    public static string DisplayName(this ScopingRecommendation recommendation) => recommendation switch
    {
        ScopingRecommendation.HoldReview => "Hold a review",
        ScopingRecommendation.NoReview => "Do not hold a review",
        ScopingRecommendation.OtherLearning => "Learn from the case another way",
        _ => throw new ArgumentOutOfRangeException(nameof(recommendation), recommendation, null),
    };

    public static string DisplayName(this InformationRequestStatus status) => status switch
    {
        InformationRequestStatus.Sent => "Waiting for the agency",
        InformationRequestStatus.Returned => "Returned",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
