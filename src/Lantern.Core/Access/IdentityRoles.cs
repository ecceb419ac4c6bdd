using Lantern.Core.Reviews;

namespace Lantern.Core.Access;

/// <summary>
/// The review roles that may see the real identities behind a review's pseudonyms, set per review by the
/// business unit. The business unit and chair always may. Held as a bit per <see cref="ReviewRole"/>.
/// </summary>
public readonly record struct IdentityRoles(int Bits)
{
    /// <summary>Lead reviewers only: everyone else on the review works with pseudonyms until the business
    /// unit decides otherwise. Observers and partners never see real identities by default.</summary>
    public static readonly IdentityRoles Default = Of(ReviewRole.LeadReviewer);

    public static IdentityRoles Of(params IEnumerable<ReviewRole> roles) =>
        new(roles.Aggregate(0, (bits, role) => bits | (1 << (int)role)));

    public bool Includes(ReviewRole role) => (Bits & (1 << (int)role)) != 0;

    public IReadOnlyList<ReviewRole> Roles => ReviewRoleNames.All.Where(Includes).ToList();
}
