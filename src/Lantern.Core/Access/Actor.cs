using Lantern.Core.Organisation;

namespace Lantern.Core.Access;

/// <summary>The signed-in person as the access rules see them.</summary>
public sealed record Actor(Guid UserId, Guid PartnershipId, Guid AgencyId, PartnershipRoles Roles, bool IsActive)
{
    public bool Has(PartnershipRoles role) => (Roles & role) == role && role != PartnershipRoles.None;
}
