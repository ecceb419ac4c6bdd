using Microsoft.AspNetCore.Authorization;

namespace Lantern.Web.Infrastructure.Access;

/// <summary>The facts about one review that the access rules need.</summary>
public sealed record ReviewResource(Guid ReviewId, Guid PartnershipId, ReviewRole? ActorRole, IdentityRoles? IdentityRoles = null);

public sealed record ReviewOperation(ReviewPermission Permission) : IAuthorizationRequirement;

public sealed record PartnershipOperation(PartnershipPermission Permission) : IAuthorizationRequirement;

/// <summary>Resource-based authorization for reviews: delegates to the pure rules in Core.</summary>
public sealed class ReviewAuthorizationHandler : AuthorizationHandler<ReviewOperation, ReviewResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReviewOperation requirement, ReviewResource resource)
    {
        if (context.User.ToActor() is { } actor && AccessRules.Can(actor, resource.PartnershipId, resource.ActorRole, requirement.Permission, resource.IdentityRoles))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Partnership-wide permissions, checked against the person's own partnership.</summary>
public sealed class PartnershipAuthorizationHandler : AuthorizationHandler<PartnershipOperation>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PartnershipOperation requirement)
    {
        if (context.User.ToActor() is { } actor && AccessRules.Can(actor, actor.PartnershipId, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
