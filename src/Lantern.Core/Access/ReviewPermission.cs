namespace Lantern.Core.Access;

/// <summary>What someone may do with one review.</summary>
public enum ReviewPermission
{
    /// <summary>See the review's overview and that it exists.</summary>
    View,

    /// <summary>See who has which role on the review.</summary>
    ViewMembers,

    /// <summary>Give people roles on the review, change or remove them.</summary>
    ManageMembers,

    /// <summary>Change the working title, type and status.</summary>
    EditDetails,
}

/// <summary>What someone may do across their partnership.</summary>
public enum PartnershipPermission
{
    /// <summary>Open the list of reviews (which shows only reviews the person may view).</summary>
    ListReviews,

    CreateReview,
    ManageUsers,
    ManageAgencies,
    ManageReviewTypes,

    /// <summary>Filter the partnership's audit trail (by review too) and export one review's trail. The trail
    /// names reviews only by their working title, a pseudonym, and records only by id.</summary>
    ViewAuditTrail,

    /// <summary>Check the audit trail's hash chain.</summary>
    VerifyAuditTrail,
}
