using CsvHelper;

namespace Lantern.Web.Pages.Audit;

public sealed record AuditFilter(Guid? ReviewId, Guid? UserId, DateOnly? From, DateOnly? To);

public sealed record AuditRow(
    long Sequence,
    DateTime OccurredAt,
    string Action,
    Guid? UserId,
    string? UserName,
    string? AgencyName,
    string? IpAddress,
    Guid? ReviewId,
    string? ReviewTitle,
    string? EntityType,
    Guid? EntityId);

/// <summary>Reading, exporting and checking the audit trail. Every read is itself audited.</summary>
public sealed class AuditTrailService(LanternDbContext db, AuditRecorder recorder)
{
    public const int PageSize = 50;

    /// <summary>Shown instead of a name for someone who is not in the partnership viewing the trail.</summary>
    public const string OutsiderName = "Someone outside your partnership";

    /// <summary>The partnership's events matching the filter, newest first. Events with no partnership (such
    /// as a failed sign-in for an unknown email) are not shown: they belong to no partnership.</summary>
    public IQueryable<AuditRow> Query(Guid partnershipId, AuditFilter filter, bool oldestFirst = false)
    {
        var events = db.AuditEvents.AsNoTracking().Where(e => e.PartnershipId == partnershipId);
        if (filter.ReviewId is { } reviewId)
        {
            events = events.Where(e => e.ReviewId == reviewId);
        }

        if (filter.UserId is { } userId)
        {
            events = events.Where(e => e.UserId == userId);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.OccurredAt < end);
        }

        events = oldestFirst ? events.OrderBy(e => e.Sequence) : events.OrderByDescending(e => e.Sequence);
        // Names and titles come only from this partnership's own records: an event about someone or
        // something elsewhere (such as a refused probe from another partnership) shows no name.
        var people = db.Users.Where(u => u.PartnershipId == partnershipId);
        var agencies = db.Agencies.Where(a => a.PartnershipId == partnershipId);
        var reviews = db.Reviews.Where(r => r.PartnershipId == partnershipId);
        return from e in events
               join u in people on e.UserId equals (Guid?)u.Id into matchedPeople
               from u in matchedPeople.DefaultIfEmpty()
               join a in agencies on e.AgencyId equals (Guid?)a.Id into matchedAgencies
               from a in matchedAgencies.DefaultIfEmpty()
               join r in reviews on e.ReviewId equals (Guid?)r.Id into matchedReviews
               from r in matchedReviews.DefaultIfEmpty()
               select new AuditRow(e.Sequence, e.OccurredAt, e.Action, e.UserId,
                   u != null ? u.DisplayName : e.UserId != null ? OutsiderName : null,
                   a.Name, e.IpAddress, r != null ? e.ReviewId : null, r.WorkingTitle, e.EntityType, r != null || e.ReviewId == null ? e.EntityId : null);
    }

    public async Task<PagedResult<AuditRow>> PageAsync(Guid partnershipId, AuditFilter filter, int page, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var result = await Query(partnershipId, filter).ToPageAsync(page, PageSize, cancellationToken);
        await RecordAsync(AuditActions.AuditTrailViewed, audit, filter.ReviewId, partnershipId, cancellationToken);
        return result;
    }

    /// <summary>Writes one review's whole trail as CSV, oldest first. Cells that a spreadsheet would run as a
    /// formula are escaped.</summary>
    public async Task ExportReviewAsync(Guid partnershipId, Guid reviewId, Stream output, AuditActor audit, CancellationToken cancellationToken = default)
    {
        await RecordAsync(AuditActions.AuditTrailExported, audit, reviewId, partnershipId, cancellationToken);
        await using var writer = new StreamWriter(output, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CsvFiles.Configuration());
        foreach (var header in new[] { "Sequence", "Time (UTC)", "Event", "What happened", "Person", "Person id", "Agency", "Address", "Review", "Review id", "Record type", "Record id" })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        var rows = Query(partnershipId, new AuditFilter(reviewId, null, null, null), oldestFirst: true).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteField(row.Sequence);
            csv.WriteField(row.OccurredAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            csv.WriteField(row.Action);
            csv.WriteField(AuditActions.Describe(row.Action));
            csv.WriteField(row.UserName);
            csv.WriteField(row.UserId?.ToString());
            csv.WriteField(row.AgencyName);
            csv.WriteField(row.IpAddress);
            csv.WriteField(row.ReviewTitle);
            csv.WriteField(row.ReviewId?.ToString());
            csv.WriteField(row.EntityType);
            csv.WriteField(row.EntityId?.ToString());
            await csv.NextRecordAsync();
        }
    }

    public async Task<AuditVerification> VerifyAsync(AuditActor audit, CancellationToken cancellationToken = default)
    {
        var result = await AuditTrail.VerifyAsync(db, cancellationToken);
        await RecordAsync(AuditActions.AuditTrailVerified, audit, null, audit.PartnershipId, cancellationToken);
        return result;
    }

    private async Task RecordAsync(string action, AuditActor audit, Guid? reviewId, Guid? partnershipId, CancellationToken cancellationToken)
    {
        recorder.Audit(audit, action, new AuditSubject(reviewId is null ? null : "Review", reviewId, reviewId, partnershipId));
        await db.SaveChangesAsync(cancellationToken);
    }
}
