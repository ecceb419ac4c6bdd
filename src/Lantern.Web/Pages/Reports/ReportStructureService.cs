using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>A partnership's own report structure: saved only when it reads as a valid structure, or removed to go
/// back to Lantern's. Reports already started keep their sections; a change applies to reports started after it.</summary>
public sealed class ReportStructureService(LanternDbContext db, AuditRecorder recorder)
{
    public Task<ReportStructureSetting?> FindAsync(Guid partnershipId, CancellationToken ct) =>
        db.ReportStructures.AsNoTracking().SingleOrDefaultAsync(s => s.PartnershipId == partnershipId, ct);

    /// <summary>Saves <paramref name="json"/> as the structure, or with null goes back to Lantern's default.</summary>
    public async Task<WriteResult> SaveAsync(Guid partnershipId, string? json, Guid? token, AuditActor actor, CancellationToken ct = default)
    {
        var userId = actor.UserId ?? throw new InvalidOperationException("The structure is changed by a signed-in person.");
        var current = await db.ReportStructures.SingleOrDefaultAsync(s => s.PartnershipId == partnershipId, ct);
        if (current is not null && current.Version != token)
        {
            return WriteResult.Stale;
        }

        if (json is null)
        {
            if (current is null)
            {
                return WriteResult.Done;
            }

            db.ReportStructures.Remove(current);
            recorder.AuditPartnership(actor, AuditActions.ReportStructureChanged, partnershipId, nameof(ReportStructureSetting), partnershipId);
            return await db.SaveOrConflictAsync(ct);
        }

        var reading = ReportStructure.Parse(json);
        if (!reading.IsValid)
        {
            return new WriteResult(false, reading.Problems.Select(p => ("Input.Json", p.Message)).ToList());
        }

        var tidy = ReportStructure.ToJson(reading.Sections!);
        if (current is null)
        {
            current = new ReportStructureSetting { PartnershipId = partnershipId };
            db.ReportStructures.Add(current);
        }
        else
        {
            db.Entry(current).Property(nameof(ReportStructureSetting.Version)).OriginalValue = token!.Value;
        }

        current.Json = tidy;
        current.ChangedAt = recorder.Now;
        current.ChangedByUserId = userId;
        recorder.AuditPartnership(actor, AuditActions.ReportStructureChanged, partnershipId, nameof(ReportStructureSetting), partnershipId);
        return await db.SaveUniqueOrConflictAsync(ct);
    }
}
