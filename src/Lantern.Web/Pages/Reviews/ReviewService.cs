namespace Lantern.Web.Pages.Reviews;

/// <param name="CreateAnyway">The person has seen the open reviews with the same working title and still wants this one.</param>
public sealed record CreateReviewOptions(Guid PartnershipId, string WorkingTitle, Guid ReviewTypeId, ReviewStatus Status, bool CreateAnyway = false);

/// <summary>What a form that creates a review shows when the working title is already in use.</summary>
public sealed record SameTitleWarning(IReadOnlyList<SameTitleReview> Reviews, bool CreateAnyway);

/// <summary>Who withdrew a review, when and why, as the review's page says it.</summary>
public sealed record WithdrawalRecord(DateTime At, string ByName, string Reason)
{
    public string Sentence => $"Withdrawn on {UkTime.UkDate(At)} by {ByName}: {Reason}";
}

public sealed record WithdrawReviewOptions(Guid ReviewId, string Reason, Guid Version);

/// <summary>Another review of the partnership with the same working title. <see cref="CanSee"/> is false when
/// the person asking has no access to it: they are told it exists, not what it is.</summary>
public sealed record SameTitleReview(Guid Id, string WorkingTitle, ReviewStatus Status, DateTime CreatedAt, bool CanSee)
{
    public bool IsWithdrawn => Status == ReviewStatus.Withdrawn;
}

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
public sealed class ReviewService(LanternDbContext db, TimeProvider time, AuditRecorder recorder)
{
    public const string SameTitleField = "WorkingTitle";

    /// <summary>The message that stops a second open review with the same working title being made without a word.</summary>
    public static string SameTitleProblem(string title) =>
        $"There is already a review called {ReviewTitle.Normalise(title)}. Change the working title, or tick the box to create it anyway";

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

        if (options.Status == ReviewStatus.Withdrawn || !Enum.IsDefined(options.Status))
        {
            return (WriteResult.Refused("Status", "Select the status of the review"), Guid.Empty);
        }

        if (!options.CreateAnyway && await HasOpenSameTitleAsync(options.PartnershipId, options.WorkingTitle, cancellationToken))
        {
            return (WriteResult.Refused(SameTitleField, SameTitleProblem(options.WorkingTitle)), Guid.Empty);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var review = new Review(Guid.NewGuid(), options.PartnershipId, options.WorkingTitle, options.ReviewTypeId, options.Status, now,
            audit.UserId ?? throw new InvalidOperationException("A review is created by a signed-in person."));
        db.Reviews.Add(review);
        recorder.AuditReview(audit, AuditActions.ReviewCreated, review.Id, review.PartnershipId);
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

        // Withdrawal has its own page, reason and audit event; a withdrawn review keeps its record unchanged.
        if (review.Status == ReviewStatus.Withdrawn)
        {
            return WriteResult.Refused("Status", "This review has been withdrawn, so its details cannot be changed");
        }

        if (options.Status == ReviewStatus.Withdrawn || !Enum.IsDefined(options.Status))
        {
            return WriteResult.Refused("Status", "Select the status of the review. To withdraw it, use Withdraw this review on the review's page");
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
        recorder.AuditReview(audit, AuditActions.ReviewDetailsChanged, review.Id, review.PartnershipId);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Withdraws a review created in error or as a duplicate: kept, with who, when and why, and left
    /// out of every list of work from then on. A second withdrawal, or one from a stale form, is a conflict.</summary>
    public async Task<WriteResult> WithdrawReviewAsync(WithdrawReviewOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A review is withdrawn by a signed-in person.");
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == options.ReviewId, cancellationToken);
        if (review is null)
        {
            return WriteResult.Missing;
        }

        var reason = options.Reason?.Trim() ?? string.Empty;
        if (reason.Length == 0)
        {
            return WriteResult.Refused("Reason", "Enter why the review is being withdrawn");
        }

        if (reason.Length > Review.WithdrawnReasonMaxLength)
        {
            return WriteResult.Refused("Reason", $"Why the review is being withdrawn must be {Review.WithdrawnReasonMaxLength:N0} characters or fewer");
        }

        if (review.Status == ReviewStatus.Withdrawn)
        {
            return WriteResult.Stale;
        }

        db.Entry(review).Property(r => r.Version).OriginalValue = options.Version;
        review.Withdraw(reason, userId, recorder.Now);
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        recorder.History(review.Id, Core.SettingUp.HistoryKind.ReviewWithdrawn, $"Review withdrawn by {name}", userId);
        recorder.Audit(audit, AuditActions.ReviewWithdrawn, review.Id, review.PartnershipId, "Review", review.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>The withdrawal of a review, or null while it stands.</summary>
    public async Task<WithdrawalRecord?> WithdrawalAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        var found = await db.Reviews.AsNoTracking()
            .Where(r => r.Id == reviewId && r.Status == ReviewStatus.Withdrawn)
            .Select(r => new
            {
                r.WithdrawnAt,
                r.WithdrawnReason,
                By = db.Users.Where(u => u.Id == r.WithdrawnByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new WithdrawalRecord(found.WithdrawnAt ?? default, found.By ?? "someone no longer known", found.WithdrawnReason ?? string.Empty);
    }

    /// <summary>The partnership's other reviews whose working title is the same as <paramref name="title"/>
    /// (see <see cref="ReviewTitle.IsSameTitle"/>), open ones first. Read in memory: a partnership has
    /// hundreds of reviews, not millions, and the rule is not one SQL can say on both providers.</summary>
    public async Task<IReadOnlyList<SameTitleReview>> SameTitleAsync(Actor actor, string title, Guid? except = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (ReviewTitle.MatchKey(title).Length == 0)
        {
            return [];
        }

        var visible = VisibleTo(actor).Select(r => r.Id);
        var all = await db.Reviews.AsNoTracking()
            .Where(r => r.PartnershipId == actor.PartnershipId && r.Id != except)
            .Select(r => new { r.Id, r.WorkingTitle, r.Status, r.CreatedAt, CanSee = visible.Contains(r.Id) })
            .ToListAsync(cancellationToken);
        return all.Where(r => ReviewTitle.IsSameTitle(r.WorkingTitle, title))
            .OrderBy(r => r.Status == ReviewStatus.Withdrawn).ThenBy(r => r.CreatedAt)
            .Select(r => new SameTitleReview(r.Id, r.WorkingTitle, r.Status, r.CreatedAt, r.CanSee))
            .ToList();
    }

    /// <summary>Whether a review that is not withdrawn already has this working title in the partnership.</summary>
    public async Task<bool> HasOpenSameTitleAsync(Guid partnershipId, string title, CancellationToken cancellationToken = default)
    {
        var titles = await db.Reviews.AsNoTracking()
            .Where(r => r.PartnershipId == partnershipId && r.Status != ReviewStatus.Withdrawn)
            .Select(r => r.WorkingTitle)
            .ToListAsync(cancellationToken);
        return titles.Any(t => ReviewTitle.IsSameTitle(t, title));
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
            visible = visible.Where(r => r.Status != ReviewStatus.Closed && r.Status != ReviewStatus.NotProceeding && r.Status != ReviewStatus.Withdrawn);
        }

        var items = visible.Select(r => new
        {
            r.Id,
            r.WorkingTitle,
            TypeName = db.ReviewTypes.Where(t => t.Id == r.ReviewTypeId).Select(t => t.Name).FirstOrDefault() ?? string.Empty,
            r.Status,
            Withdrawn = r.Status == ReviewStatus.Withdrawn,
            r.CreatedAt,
            YourRole = db.ReviewMembers.Where(m => m.ReviewId == r.Id && m.UserId == actor.UserId).Select(m => (ReviewRole?)m.Role).FirstOrDefault(),
        });
        // Withdrawn reviews are kept as records, not work: whatever the order, they come after every other review.
        var first = items.OrderBy(r => r.Withdrawn);
        var ordered = sort switch
        {
            ReviewSort.Oldest => first.ThenBy(r => r.CreatedAt).ThenBy(r => r.WorkingTitle),
            ReviewSort.Title => first.ThenBy(r => r.WorkingTitle).ThenByDescending(r => r.CreatedAt),
            ReviewSort.Type => first.ThenBy(r => r.TypeName).ThenBy(r => r.WorkingTitle),
            _ => first.ThenByDescending(r => r.CreatedAt).ThenBy(r => r.WorkingTitle),
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
