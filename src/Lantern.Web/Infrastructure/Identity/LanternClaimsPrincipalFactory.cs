using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Identity;

/// <summary>Puts the partnership, agency and roles into the session, refreshed on every request by the
/// security-stamp check, so a change an administrator makes applies at the person's next request.</summary>
public sealed class LanternClaimsPrincipalFactory(UserManager<LanternUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LanternUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LanternUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LanternClaims.PartnershipId, user.PartnershipId.ToString()));
        identity.AddClaim(new Claim(LanternClaims.AgencyId, user.AgencyId.ToString()));
        identity.AddClaim(new Claim(LanternClaims.Roles, ((int)user.PartnershipRoles).ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(LanternClaims.DisplayName, user.DisplayName));
        if (!user.IsDisabled)
        {
            identity.AddClaim(new Claim(LanternClaims.Active, "true"));
        }

        return identity;
    }
}
