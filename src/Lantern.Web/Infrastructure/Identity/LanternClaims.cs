namespace Lantern.Web.Infrastructure.Identity;

/// <summary>Claims Lantern adds to a session. None holds personal data beyond the person's display name.</summary>
public static class LanternClaims
{
    public const string PartnershipId = "lantern:partnership";
    public const string AgencyId = "lantern:agency";
    public const string Roles = "lantern:roles";
    public const string DisplayName = "lantern:name";

    /// <summary>Present only while the account is enabled.</summary>
    public const string Active = "lantern:active";

    /// <summary>The id of the server-side sign-in session the cookie belongs to.</summary>
    public const string Session = "lantern:session";

    /// <summary>Authentication method reference: "mfa" once the second factor has been checked.</summary>
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";
}
