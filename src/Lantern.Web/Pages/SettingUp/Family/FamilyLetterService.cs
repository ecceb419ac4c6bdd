using Lantern.Web.Infrastructure.Documents;
using Lantern.Web.Pages.Admin.Letters;

namespace Lantern.Web.Pages.SettingUp.Family;

/// <param name="WriterName">The person producing the letter: the business unit contact when the review has no owner.</param>
public sealed record ProduceLetterOptions(Guid ReviewId, Guid PartnershipId, Guid MemberId, Guid TemplateId, string WriterName);

/// <summary>A letter ready to download. The file name holds only the date, never a name.</summary>
public sealed record LetterFile(byte[] Bytes, string FileName, IReadOnlyList<string> MissingPlaceholders);

/// <summary>
/// Letters to a family member from the partnership's templates, filled in from the review: who the letter is for,
/// the child or adult it is about, the partnership, the type of review, the lead reviewer, the business unit
/// contact, the chair and the date.
/// </summary>
public sealed class FamilyLetterService(LanternDbContext db, LetterTemplateService templates, AuditRecorder recorder)
{
    /// <summary>The document's title in Word's File > Info: deliberately not the family member's name.</summary>
    public const string DocumentTitle = "Letter to a family member";

    public DateOnly Today => recorder.Today;

    /// <summary>The value of every placeholder for a letter to <paramref name="memberId"/>, or null when they are
    /// not in this review's contact plan. Values that are not known yet are blank.</summary>
    public async Task<IReadOnlyDictionary<string, string?>?> ValuesAsync(Guid reviewId, Guid partnershipId, Guid memberId, string writerName, CancellationToken cancellationToken = default)
    {
        var memberName = await db.FamilyMembers.Where(m => m.Id == memberId && m.ReviewId == reviewId).Select(m => m.Name).SingleOrDefaultAsync(cancellationToken);
        var review = await db.Reviews.AsNoTracking().Where(r => r.Id == reviewId && r.PartnershipId == partnershipId)
            .Select(r => new
            {
                r.OwnerUserId,
                TypeName = db.ReviewTypes.Where(t => t.Id == r.ReviewTypeId).Select(t => t.Name).FirstOrDefault(),
                PartnershipName = db.Partnerships.Where(p => p.Id == r.PartnershipId).Select(p => p.Name).FirstOrDefault(),
                SubjectName = db.Referrals.Where(f => f.ReviewId == r.Id).Select(f => f.SubjectName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (memberName is null || review is null)
        {
            return null;
        }

        var leads = await (from m in db.ReviewMembers
                           join u in db.Users on m.UserId equals u.Id
                           where m.ReviewId == reviewId && m.Role == ReviewRole.LeadReviewer && !u.IsDisabled
                           orderby u.DisplayName
                           select u.DisplayName).ToListAsync(cancellationToken);
        var owner = review.OwnerUserId is { } ownerId
            ? await db.Users.Where(u => u.Id == ownerId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;

        // Roles are flags, so the chair is found among the partnership's people rather than in the query.
        var people = await db.Users.AsNoTracking().Where(u => u.PartnershipId == partnershipId && !u.IsDisabled)
            .Select(u => new { u.DisplayName, u.PartnershipRoles }).ToListAsync(cancellationToken);
        var chair = people.Where(p => p.PartnershipRoles.HasFlag(PartnershipRoles.Chair)).Select(p => p.DisplayName).Order(StringComparer.Ordinal).FirstOrDefault();

        return new Dictionary<string, string?>
        {
            [LetterPlaceholders.FamilyMemberName] = memberName,
            [LetterPlaceholders.ChildOrAdultName] = review.SubjectName,
            [LetterPlaceholders.PartnershipName] = review.PartnershipName,
            [LetterPlaceholders.ReviewType] = review.TypeName,
            [LetterPlaceholders.LeadReviewer] = string.Join(" and ", leads),
            [LetterPlaceholders.BusinessUnitContact] = owner ?? writerName,
            [LetterPlaceholders.ChairName] = chair,
        };
    }

    /// <summary>The letter as a Word document, with its download recorded in the audit trail; null when the letter
    /// or the family member is not this partnership's or this review's. Producing a letter does not log it as sent.</summary>
    public async Task<LetterFile?> ProduceLetterAsync(ProduceLetterOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var template = await templates.FindAsync(options.PartnershipId, options.TemplateId, cancellationToken);
        var values = await ValuesAsync(options.ReviewId, options.PartnershipId, options.MemberId, options.WriterName, cancellationToken);
        if (template is not { IsActive: true } || values is null)
        {
            return null;
        }

        var today = recorder.Today;
        var letter = LetterRendering.Render(DocumentTitle, template.Body, values, today);
        recorder.Audit(audit, AuditActions.LetterProduced, options.ReviewId, options.PartnershipId, "FamilyMember", options.MemberId);
        await db.SaveChangesAsync(cancellationToken);
        return new LetterFile(letter.Bytes, $"letter-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.docx", letter.MissingPlaceholders);
    }
}
