namespace Lantern.Web.Pages.Reviews.Members;

public sealed record AddMemberOptions(Guid ReviewId, Guid UserId, ReviewRole Role);

public sealed record ChangeMemberOptions(Guid ReviewId, Guid MemberId, ReviewRole Role, Guid Version);

public sealed record RemoveMemberOptions(Guid ReviewId, Guid MemberId, Guid Version);

public sealed record MemberRow(Guid Id, Guid UserId, string Name, string Agency, ReviewRole Role, bool IsDisabled, Guid Version);

public sealed record MemberCandidate(Guid UserId, string Name, string Agency);

/// <summary>Who has which role on a review. Only people in the review's own partnership can be given one.</summary>
public sealed class MemberService(LanternDbContext db, AuditRecorder recorder)
{
    public Task<MemberRow?> FindAsync(Guid reviewId, Guid memberId, CancellationToken cancellationToken = default) =>
        (from m in db.ReviewMembers.AsNoTracking()
         join u in db.Users on m.UserId equals u.Id
         join a in db.Agencies on u.AgencyId equals a.Id
         where m.ReviewId == reviewId && m.Id == memberId
         select new MemberRow(m.Id, u.Id, u.DisplayName, a.Name, m.Role, u.IsDisabled, m.Version))
        .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Lead reviewers first, then the review team, case group, agency contacts and observers.</summary>
    public async Task<List<MemberRow>> ListAsync(Guid reviewId, CancellationToken cancellationToken = default) =>
        (await (from m in db.ReviewMembers.AsNoTracking()
                join u in db.Users on m.UserId equals u.Id
                join a in db.Agencies on u.AgencyId equals a.Id
                where m.ReviewId == reviewId
                select new MemberRow(m.Id, u.Id, u.DisplayName, a.Name, m.Role, u.IsDisabled, m.Version))
            .ToListAsync(cancellationToken))
        .OrderBy(m => m.Role)
        .ThenBy(m => m.Name, StringComparer.CurrentCulture)
        .ToList();

    /// <summary>Enabled people in the partnership who have no role on the review yet.</summary>
    public Task<List<MemberCandidate>> CandidatesAsync(Guid reviewId, Guid partnershipId, CancellationToken cancellationToken = default) =>
        (from u in db.Users.AsNoTracking()
         join a in db.Agencies on u.AgencyId equals a.Id
         where u.PartnershipId == partnershipId && !u.IsDisabled &&
               !db.ReviewMembers.Any(m => m.ReviewId == reviewId && m.UserId == u.Id)
         orderby u.DisplayName
         select new MemberCandidate(u.Id, u.DisplayName, a.Name))
        .ToListAsync(cancellationToken);

    public async Task<WriteResult> AddMemberAsync(AddMemberOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var review = await db.Reviews.AsNoTracking().Where(r => r.Id == options.ReviewId).Select(r => new { r.PartnershipId }).SingleOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            return WriteResult.Missing;
        }

        var person = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == options.UserId && u.PartnershipId == review.PartnershipId, cancellationToken);
        if (person is null || person.IsDisabled)
        {
            return WriteResult.Refused("UserId", "Select a person from your partnership");
        }

        if (await db.ReviewMembers.AnyAsync(m => m.ReviewId == options.ReviewId && m.UserId == options.UserId, cancellationToken))
        {
            return WriteResult.Refused("UserId", "This person already has a role on this review. Change their role instead");
        }

        var now = recorder.Now;
        var member = new ReviewMember(Guid.NewGuid(), options.ReviewId, options.UserId, options.Role, now,
            audit.UserId ?? throw new InvalidOperationException("Roles are given by a signed-in person."));
        db.ReviewMembers.Add(member);
        Audit(audit, AuditActions.ReviewMemberAdded, member, review.PartnershipId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people gave the same person a role at the same moment: the first one stands.
            db.Entry(member).State = EntityState.Detached;
            if (await db.ReviewMembers.AsNoTracking().AnyAsync(m => m.ReviewId == options.ReviewId && m.UserId == options.UserId, cancellationToken))
            {
                return WriteResult.Refused("UserId", "This person already has a role on this review. Change their role instead");
            }

            throw;
        }

        return WriteResult.Done;
    }

    public async Task<WriteResult> ChangeMemberAsync(ChangeMemberOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var member = await db.ReviewMembers.SingleOrDefaultAsync(m => m.Id == options.MemberId && m.ReviewId == options.ReviewId, cancellationToken);
        if (member is null)
        {
            return WriteResult.Missing;
        }

        db.Entry(member).Property(m => m.Version).OriginalValue = options.Version;
        member.ChangeRole(options.Role);
        var partnershipId = await db.Reviews.Where(r => r.Id == options.ReviewId).Select(r => r.PartnershipId).SingleAsync(cancellationToken);
        Audit(audit, AuditActions.ReviewMemberChanged, member, partnershipId);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> RemoveMemberAsync(RemoveMemberOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var member = await db.ReviewMembers.SingleOrDefaultAsync(m => m.Id == options.MemberId && m.ReviewId == options.ReviewId, cancellationToken);
        if (member is null)
        {
            return WriteResult.Missing;
        }

        db.Entry(member).Property(m => m.Version).OriginalValue = options.Version;
        db.ReviewMembers.Remove(member);
        var partnershipId = await db.Reviews.Where(r => r.Id == options.ReviewId).Select(r => r.PartnershipId).SingleAsync(cancellationToken);
        Audit(audit, AuditActions.ReviewMemberRemoved, member, partnershipId);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private void Audit(AuditActor audit, string action, ReviewMember member, Guid partnershipId) =>
        recorder.Audit(audit, action, member.ReviewId, partnershipId, "ReviewMember", member.Id);
}
