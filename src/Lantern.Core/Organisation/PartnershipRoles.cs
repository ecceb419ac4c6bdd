namespace Lantern.Core.Organisation;

/// <summary>What a person does for the partnership as a whole. A person may hold several.</summary>
[Flags]
public enum PartnershipRoles
{
    None = 0,

    /// <summary>Manages accounts, agencies and settings. Sees no review content by this role alone.</summary>
    Administrator = 1,

    /// <summary>The business unit: sets up and manages reviews.</summary>
    BusinessUnit = 2,

    /// <summary>Decides whether to review and signs off.</summary>
    Chair = 4,

    /// <summary>A board member or safeguarding partner who sees board-level summaries.</summary>
    Partner = 8,
}

public static class PartnershipRoleNames
{
    public static readonly IReadOnlyList<PartnershipRoles> All =
        [PartnershipRoles.Administrator, PartnershipRoles.BusinessUnit, PartnershipRoles.Chair, PartnershipRoles.Partner];

    public static string DisplayName(this PartnershipRoles role) => role switch
    {
        PartnershipRoles.Administrator => "Administrator",
        PartnershipRoles.BusinessUnit => "Business unit",
        PartnershipRoles.Chair => "Chair",
        PartnershipRoles.Partner => "Partner",
        PartnershipRoles.None => "No partnership role",
        _ => string.Join(", ", All.Where(r => role.HasFlag(r)).Select(r => r.DisplayName())),
    };

    public static string Description(this PartnershipRoles role) => role switch
    {
        PartnershipRoles.Administrator => "Manages accounts, agencies and settings. Does not see reviews through this role.",
        PartnershipRoles.BusinessUnit => "Sets up and manages reviews, and gives people roles on them.",
        PartnershipRoles.Chair => "Makes decisions about reviews and sees every review in the partnership.",
        PartnershipRoles.Partner => "A board member who sees summaries prepared for the board.",
        _ => string.Empty,
    };
}
