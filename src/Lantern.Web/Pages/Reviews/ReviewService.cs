using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Data;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Reviews;

public sealed record CreateReviewOptions(Guid PartnershipId, string WorkingTitle, Guid ReviewTypeId, ReviewStatus Status);

/// <param name="OwnerUserId">The person in the business unit who looks after the review; null for nobody yet.</param>
public sealed record ChangeReviewDetailsOptions(Guid ReviewId, string WorkingTitle, Guid ReviewTypeId, ReviewStatus Status, Guid? OwnerUserId, Guid Version);

/// <summary>Someone who can own a review.</summary>
public sealed record OwnerChoice(Guid UserId, string DisplayName, bool InBusinessUnit);

public sealed record ReviewListItem(Guid Id, string WorkingTitle, string TypeName, ReviewStatus Status, DateTime CreatedAt, ReviewRole? YourRole);

public enum ReviewSort
{
    Newest,
    Oldest,
    Title,
    Type,
}

/// <summary>Creating reviews and changing their details; and the list of reviews a person may see.</summary>
public sealed class ReviewService(LanternDbContext db, TimeProvider time)
{
    public async Task<(WriteResult Result, Guid ReviewId)> CreateReviewAsync(CreateReviewOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (ReviewTitle.Check(options.WorkingTitle) is { } problem)
        {
            return (WriteResult.Refused("WorkingTitle", problem), Guid.Empty);
        }

        if (!await TypeIsUsableAsync(options.PartnershipId, options.ReviewTypeId, null, cancellationToken))
        {
            return (WriteResult.Refused("ReviewTypeId", "Select the type of review"), Guid.Empty);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var review = new Review(Guid.NewGuid(), options.PartnershipId, options.WorkingTitle, options.ReviewTypeId, options.Status, now,
            audit.UserId ?? throw new InvalidOperationException("A review is created by a signed-in person."));
        db.Reviews.Add(review);
        db.Audit(new AuditEvent(Guid.NewGuid(), now, audit, AuditActions.ReviewCreated, AuditSubject.ForReview(review.Id, review.PartnershipId)));
        await db.SaveChangesAsync(cancellationToken);
        return (WriteResult.Done, review.Id);
    }

    public async Task<WriteResult> ChangeReviewDetailsAsync(ChangeReviewDetailsOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == options.ReviewId, cancellationToken);
        if (review is null)
        {
            return WriteResult.Missing;
        }

        if (ReviewTitle.Check(options.WorkingTitle) is { } problem)
        {
            return WriteResult.Refused("WorkingTitle", problem);
        }

        if (!await TypeIsUsableAsync(review.PartnershipId, options.ReviewTypeId, review.ReviewTypeId, cancellationToken))
        {
            return WriteResult.Refused("ReviewTypeId", "Select the type of review");
        }

        if (options.OwnerUserId is { } owner && owner != review.OwnerUserId &&
            !await OwnerChoices(review.PartnershipId).AnyAsync(u => u.Id == owner, cancellationToken))
        {
            return WriteResult.Refused("OwnerUserId", "Select someone in the business unit as the owner, or no owner");
        }

        // Compare against the version the person started from, not the one just read.
        db.Entry(review).Property(r => r.Version).OriginalValue = options.Version;
        review.ChangeDetails(options.WorkingTitle, options.ReviewTypeId, options.Status);
        review.AssignOwner(options.OwnerUserId);
        db.Audit(new AuditEvent(Guid.NewGuid(), time.GetUtcNow().UtcDateTime, audit, AuditActions.ReviewDetailsChanged,
            AuditSubject.ForReview(review.Id, review.PartnershipId)));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>The reviews <paramref name="actor"/> may view, by the same rule the review pages apply.</summary>
    public IQueryable<Review> VisibleTo(Actor actor)
    {
        var reviews = db.Reviews.AsNoTracking().Where(r => r.PartnershipId == actor.PartnershipId);
        if (!actor.IsActive)
        {
            return reviews.Where(_ => false);
        }

        return AccessRules.SeesAllReviews(actor)
            ? reviews
            : reviews.Where(r => db.ReviewMembers.Any(m => m.ReviewId == r.Id && m.UserId == actor.UserId));
    }

    public Task<PagedResult<ReviewListItem>> ListAsync(Actor actor, ReviewSort sort, bool includeClosed, int page, CancellationToken cancellationToken = default)
    {
        var visible = VisibleTo(actor);
        if (!includeClosed)
        {
            visible = visible.Where(r => r.Status != ReviewStatus.Closed && r.Status != ReviewStatus.NotProceeding);
        }

        var items = visible.Select(r => new
        {
            r.Id,
            r.WorkingTitle,
            TypeName = db.ReviewTypes.Where(t => t.Id == r.ReviewTypeId).Select(t => t.Name).FirstOrDefault() ?? string.Empty,
            r.Status,
            r.CreatedAt,
            YourRole = db.ReviewMembers.Where(m => m.ReviewId == r.Id && m.UserId == actor.UserId).Select(m => (ReviewRole?)m.Role).FirstOrDefault(),
        });
        var ordered = sort switch
        {
            ReviewSort.Oldest => items.OrderBy(r => r.CreatedAt).ThenBy(r => r.WorkingTitle),
            ReviewSort.Title => items.OrderBy(r => r.WorkingTitle).ThenByDescending(r => r.CreatedAt),
            ReviewSort.Type => items.OrderBy(r => r.TypeName).ThenBy(r => r.WorkingTitle),
            _ => items.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.WorkingTitle),
        };
        return ordered
            .Select(r => new ReviewListItem(r.Id, r.WorkingTitle, r.TypeName, r.Status, r.CreatedAt, r.YourRole))
            .ToPageAsync(page, 20, cancellationToken);
    }

    public Task<List<ReviewType>> ActiveTypesAsync(Guid partnershipId, Guid? keep, CancellationToken cancellationToken = default) =>
        db.ReviewTypes.AsNoTracking()
            .Where(t => t.PartnershipId == partnershipId && (t.IsActive || t.Id == keep))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .ToListAsync(cancellationToken);

    /// <summary>The people who may own a review of the partnership: its business unit, with accounts enabled.
    /// Someone who owns the review already stays a choice after leaving the business unit, so saving the
    /// page does not take the review away from them.</summary>
    public async Task<IReadOnlyList<OwnerChoice>> OwnerChoicesAsync(Guid partnershipId, Guid? keep, CancellationToken cancellationToken = default)
    {
        var choices = await OwnerChoices(partnershipId)
            .OrderBy(u => u.DisplayName)
            .Select(u => new OwnerChoice(u.Id, u.DisplayName, true))
            .ToListAsync(cancellationToken);
        if (keep is { } current && choices.All(c => c.UserId != current) &&
            await db.Users.AsNoTracking().Where(u => u.Id == current && u.PartnershipId == partnershipId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) is { } name)
        {
            choices.Insert(0, new OwnerChoice(current, name, false));
        }

        return choices;
    }

    private IQueryable<LanternUser> OwnerChoices(Guid partnershipId) =>
        db.Users.AsNoTracking().Where(u => u.PartnershipId == partnershipId && !u.IsDisabled &&
                                           (u.PartnershipRoles & Core.Organisation.PartnershipRoles.BusinessUnit) != 0);

    private Task<bool> TypeIsUsableAsync(Guid partnershipId, Guid typeId, Guid? current, CancellationToken cancellationToken) =>
        db.ReviewTypes.AnyAsync(t => t.Id == typeId && t.PartnershipId == partnershipId && (t.IsActive || t.Id == current), cancellationToken);
}
