using Lantern.Core.Organisation;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Data;

/// <summary>A person's account. Each person belongs to one partnership and one agency in it.</summary>
public sealed class LanternUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;
    public const int EmailMaxLength = 254;

    public string DisplayName { get; set; } = string.Empty;
    public Guid PartnershipId { get; set; }
    public Guid AgencyId { get; set; }
    public PartnershipRoles PartnershipRoles { get; set; }

    /// <summary>A disabled person is signed out at their next request and cannot sign in again.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Changes only when an administrator edits the name, agency or roles. Identity's concurrency stamp
    /// also changes on every sign-in attempt, so it cannot tell an administrator that someone else edited.</summary>
    public Guid ProfileVersion { get; set; } = Guid.NewGuid();

    /// <summary>True once the person has chosen a password and set up their authenticator.</summary>
    public bool IsActivated => PasswordHash is not null && TwoFactorEnabled;
}
