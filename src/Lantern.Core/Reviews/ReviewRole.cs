namespace Lantern.Core.Reviews;

/// <summary>The part a person plays in one review. Given per review by the business unit.</summary>
public enum ReviewRole
{
    LeadReviewer,
    ReviewTeamMember,
    CaseGroupMember,
    AgencyContact,

    /// <summary>Quality assurance: reads, never changes.</summary>
    Observer,
}

public static class ReviewRoleNames
{
    public static readonly IReadOnlyList<ReviewRole> All = Enum.GetValues<ReviewRole>();

    public static string DisplayName(this ReviewRole role) => role switch
    {
        ReviewRole.LeadReviewer => "Lead reviewer",
        ReviewRole.ReviewTeamMember => "Review team member",
        ReviewRole.CaseGroupMember => "Case group member",
        ReviewRole.AgencyContact => "Agency contact",
        ReviewRole.Observer => "Observer",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Description(this ReviewRole role) => role switch
    {
        ReviewRole.LeadReviewer => "Leads the review and writes its analysis and report.",
        ReviewRole.ReviewTeamMember => "A senior manager from an agency who works through the analysis with the lead reviewers.",
        ReviewRole.CaseGroupMember => "A practitioner or manager who worked with the family and contributes their view.",
        ReviewRole.AgencyContact => "The single point of contact who supplies their agency's information.",
        ReviewRole.Observer => "Quality assurance. Can read the review but not change it.",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
