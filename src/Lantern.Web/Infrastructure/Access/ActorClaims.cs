using System.Security.Claims;
using Lantern.Web.Infrastructure.Identity;

namespace Lantern.Web.Infrastructure.Access;

public static class ActorClaims
{
    /// <summary>The access rules' view of a signed-in person, or null for anyone not fully signed in.</summary>
    public static Actor? ToActor(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true ||
            !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ||
            !Guid.TryParse(principal.FindFirstValue(LanternClaims.PartnershipId), out var partnershipId) ||
            !Guid.TryParse(principal.FindFirstValue(LanternClaims.AgencyId), out var agencyId) ||
            !int.TryParse(principal.FindFirstValue(LanternClaims.Roles), NumberStyles.Integer, CultureInfo.InvariantCulture, out var roles))
        {
            return null;
        }

        var isActive = principal.HasClaim(LanternClaims.Active, "true") &&
                       principal.HasClaim(LanternClaims.AuthenticationMethod, LanternClaims.MultiFactor);
        return new Actor(userId, partnershipId, agencyId, (PartnershipRoles)roles, isActive);
    }

    public static Actor RequireActor(this ClaimsPrincipal principal) =>
        principal.ToActor() ?? throw new InvalidOperationException("This page needs a signed-in person.");

    public static string DisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(LanternClaims.DisplayName) ?? string.Empty;

    /// <summary>Who is acting, for the audit trail: the signed-in person (if any) and their address.</summary>
    public static AuditActor AuditActor(this HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        var ip = address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
        var actor = context.User.ToActor();
        return actor is null
            ? new AuditActor(null, null, null, ip)
            : new AuditActor(actor.UserId, actor.AgencyId, actor.PartnershipId, ip);
    }
}
