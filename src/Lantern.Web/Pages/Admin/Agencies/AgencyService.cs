namespace Lantern.Web.Pages.Admin.Agencies;

public sealed record AddAgencyOptions(Guid PartnershipId, string Name, AgencyType Type);

public sealed record ChangeAgencyOptions(Guid PartnershipId, Guid AgencyId, string Name, AgencyType Type, bool IsActive, Guid Version);

/// <summary>The agencies of a partnership. Names are unique within the partnership, ignoring case.</summary>
public sealed class AgencyService(LanternDbContext db, AuditRecorder recorder)
{
    public Task<List<Agency>> ListAsync(Guid partnershipId, bool activeOnly, CancellationToken cancellationToken = default) =>
        db.Agencies.AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId && (!activeOnly || a.IsActive))
            .OrderBy(a => a.Name)
            .ToListAsync(cancellationToken);

    public Task<Agency?> FindAsync(Guid partnershipId, Guid agencyId, CancellationToken cancellationToken = default) =>
        db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId && a.PartnershipId == partnershipId, cancellationToken);

    public async Task<WriteResult> AddAgencyAsync(AddAgencyOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (await NameTakenAsync(options.PartnershipId, options.Name, null, cancellationToken))
        {
            return WriteResult.Refused("Name", "There is already an agency with this name");
        }

        var agency = new Agency(Guid.NewGuid(), options.PartnershipId, options.Name, options.Type);
        db.Agencies.Add(agency);
        recorder.AuditPartnership(audit, AuditActions.AgencyCreated, options.PartnershipId, "Agency", agency.Id);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    public async Task<WriteResult> ChangeAgencyAsync(ChangeAgencyOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == options.AgencyId && a.PartnershipId == options.PartnershipId, cancellationToken);
        if (agency is null)
        {
            return WriteResult.Missing;
        }

        if (await NameTakenAsync(options.PartnershipId, options.Name, agency.Id, cancellationToken))
        {
            return WriteResult.Refused("Name", "There is already an agency with this name");
        }

        db.Entry(agency).Property(a => a.Version).OriginalValue = options.Version;
        agency.Change(options.Name, options.Type, options.IsActive);
        recorder.AuditPartnership(audit, AuditActions.AgencyChanged, options.PartnershipId, "Agency", agency.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private Task<bool> NameTakenAsync(Guid partnershipId, string name, Guid? except, CancellationToken cancellationToken)
    {
        var lower = name.Trim().ToLower();
        return db.Agencies.AnyAsync(a => a.PartnershipId == partnershipId && a.Id != except && a.Name.ToLower() == lower, cancellationToken);
    }
}
