using Lantern.Core.Deadlines;
using Lantern.Web.Pages.SettingUp.Tasks;

namespace Lantern.Web.Pages.SettingUp.Referrals;

/// <param name="CreateAnyway">The referrer has seen the open reviews with the same working title and still wants this one.</param>
public sealed record MakeReferralOptions(Guid PartnershipId, string WorkingTitle, Referral Referral, bool CreateAnyway = false);

/// <summary>
/// Referrals: the start of every review. Making one creates the review, gives the referrer (if they have no
/// wider role) the agency contact role so they can follow it, and creates the first tasks: contacting the
/// partnerships of other areas the family lived in, and in England notifying the national panel.
/// </summary>
public sealed class ReferralService(LanternDbContext db, SettingUpCalendars calendars, AuditRecorder recorder, TaskService tasks, Reviews.ReviewService reviews)
{
    public async Task<(WriteResult Result, Guid ReviewId)> MakeReferralAsync(MakeReferralOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A referral is made by a signed-in person.");
        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == options.PartnershipId, cancellationToken);
        var referral = options.Referral;
        referral.Jurisdiction = partnership.Jurisdiction;

        var problems = new List<FieldProblem>();
        if (ReviewTitle.Check(options.WorkingTitle) is { } titleProblem)
        {
            problems.Add(new("WorkingTitle", titleProblem));
        }
        else if (!options.CreateAnyway && await reviews.HasOpenSameTitleAsync(partnership.Id, options.WorkingTitle, cancellationToken))
        {
            problems.Add(new(Reviews.ReviewService.SameTitleField, Reviews.ReviewService.SameTitleProblem(options.WorkingTitle)));
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == referral.ReferringAgencyId && a.PartnershipId == partnership.Id && a.IsActive, cancellationToken))
        {
            problems.Add(new(nameof(Referral.ReferringAgencyId), "Select the referring agency"));
        }

        var known = await db.Agencies.Where(a => a.PartnershipId == partnership.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        if (referral.OtherAgencyIds.Any(id => !known.Contains(id)))
        {
            problems.Add(new(nameof(Referral.OtherAgencyIds), "Select agencies from the list"));
        }

        var expectedBy = await calendars.ReferralExpectedByAsync(partnership.Id, referral.IncidentDate, cancellationToken);
        problems.AddRange(ReferralRules.Check(referral, recorder.Today, expectedBy, StatutoryCriteria.For(partnership.Jurisdiction, referral.SubjectKind)));
        if (problems.Count > 0)
        {
            return (new WriteResult(false, problems.Select(p => (p.Field, p.Message)).ToList()), Guid.Empty);
        }

        var type = await InitialTypeAsync(partnership.Id, referral.SubjectKind, cancellationToken);
        var review = new Review(Guid.NewGuid(), partnership.Id, options.WorkingTitle, type, ReviewStatus.Referral, recorder.Now, userId);
        db.Reviews.Add(review);
        referral.Id = Guid.NewGuid();
        referral.ReviewId = review.Id;
        referral.ReferredByUserId = userId;
        referral.InitialReviewTypeId = type;
        referral.CreatedAt = recorder.Now;
        referral.OtherAreas = referral.OtherAreas.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        db.Referrals.Add(referral);

        var referrer = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        if ((referrer.PartnershipRoles & (PartnershipRoles.BusinessUnit | PartnershipRoles.Chair)) == 0)
        {
            db.ReviewMembers.Add(new ReviewMember(Guid.NewGuid(), review.Id, userId, ReviewRole.AgencyContact, recorder.Now, userId));
        }

        foreach (var area in referral.OtherAreas)
        {
            tasks.Add(review.Id, TaskKind.ContactOtherArea, $"Contact the safeguarding partnership for {area}",
                await calendars.TaskDueAsync(partnership.Id, partnership.Jurisdiction, TaskKind.ContactOtherArea, recorder.Today, cancellationToken));
        }

        if (partnership.Jurisdiction == Jurisdiction.England && referral.SubjectKind == SubjectKind.Child)
        {
            tasks.Add(review.Id, TaskKind.NotifyPanel, "Notify the national panel of the serious incident",
                await calendars.TaskDueAsync(partnership.Id, partnership.Jurisdiction, TaskKind.NotifyPanel, referral.AwareDate, cancellationToken));
        }

        recorder.History(review.Id, HistoryKind.Referred, $"Referred by {referrer.DisplayName}", userId);
        recorder.Audit(audit, AuditActions.ReferralMade, review.Id, partnership.Id, "Referral", referral.Id);
        await db.SaveChangesAsync(cancellationToken);
        return (WriteResult.Done, review.Id);
    }

    public Task<Referral?> FindAsync(Guid reviewId, CancellationToken cancellationToken = default) =>
        db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.ReviewId == reviewId, cancellationToken);

    /// <summary>The type a referral starts as, until the chair decides: a rapid review for a child where the
    /// partnership has that type, a safeguarding adults review for an adult, otherwise the first in use.</summary>
    private async Task<Guid> InitialTypeAsync(Guid partnershipId, SubjectKind subject, CancellationToken cancellationToken)
    {
        var types = await db.ReviewTypes.AsNoTracking().Where(t => t.PartnershipId == partnershipId && t.IsActive)
            .OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var preferred = subject == SubjectKind.Child ? "rapid review" : "safeguarding adults review";
        return (types.FirstOrDefault(t => t.Name.Contains(preferred, StringComparison.OrdinalIgnoreCase)) ?? types.First()).Id;
    }
}
