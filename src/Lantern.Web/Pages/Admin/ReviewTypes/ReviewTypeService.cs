namespace Lantern.Web.Pages.Admin.ReviewTypes;

public sealed record AddReviewTypeOptions(Guid PartnershipId, string Name);

public sealed record ChangeReviewTypeOptions(Guid PartnershipId, Guid TypeId, string Name, int SortOrder, bool IsActive, Guid Version);

public sealed record ReviewTypeRow(Guid Id, string Name, int SortOrder, bool IsActive, int ReviewCount, Guid Version);

/// <summary>The partnership's own list of kinds of review. A type in use can be retired but never deleted.</summary>
public sealed class ReviewTypeService(LanternDbContext db, AuditRecorder recorder)
{
    public Task<List<ReviewTypeRow>> ListAsync(Guid partnershipId, CancellationToken cancellationToken = default) =>
        db.ReviewTypes.AsNoTracking()
            .Where(t => t.PartnershipId == partnershipId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new ReviewTypeRow(t.Id, t.Name, t.SortOrder, t.IsActive, db.Reviews.Count(r => r.ReviewTypeId == t.Id), t.Version))
            .ToListAsync(cancellationToken);

    public async Task<WriteResult> AddReviewTypeAsync(AddReviewTypeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (await NameTakenAsync(options.PartnershipId, options.Name, null, cancellationToken))
        {
            return WriteResult.Refused("Name", "There is already a type of review with this name");
        }

        var last = await db.ReviewTypes.Where(t => t.PartnershipId == options.PartnershipId).MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0;
        var type = new ReviewType(Guid.NewGuid(), options.PartnershipId, options.Name, last + 10);
        db.ReviewTypes.Add(type);
        recorder.AuditPartnership(audit, AuditActions.ReviewTypeCreated, options.PartnershipId, "ReviewType", type.Id);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    public async Task<WriteResult> ChangeReviewTypeAsync(ChangeReviewTypeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var type = await db.ReviewTypes.SingleOrDefaultAsync(t => t.Id == options.TypeId && t.PartnershipId == options.PartnershipId, cancellationToken);
        if (type is null)
        {
            return WriteResult.Missing;
        }

        if (await NameTakenAsync(options.PartnershipId, options.Name, type.Id, cancellationToken))
        {
            return WriteResult.Refused("Name", "There is already a type of review with this name");
        }

        if (!options.IsActive && type.IsActive &&
            await db.ReviewTypes.CountAsync(t => t.PartnershipId == options.PartnershipId && t.IsActive, cancellationToken) == 1)
        {
            return WriteResult.Refused("IsActive", "Keep at least one type of review in use, or new reviews cannot be created");
        }

        db.Entry(type).Property(t => t.Version).OriginalValue = options.Version;
        type.Change(options.Name, options.SortOrder, options.IsActive);
        recorder.AuditPartnership(audit, AuditActions.ReviewTypeChanged, options.PartnershipId, "ReviewType", type.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private Task<bool> NameTakenAsync(Guid partnershipId, string name, Guid? except, CancellationToken cancellationToken)
    {
        var lower = name.Trim().ToLower();
        return db.ReviewTypes.AnyAsync(t => t.PartnershipId == partnershipId && t.Id != except && t.Name.ToLower() == lower, cancellationToken);
    }
}

public sealed class ReviewTypeInput
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the name of the type of review")]
    [StringLength(ReviewType.NameMaxLength, ErrorMessage = "Name must be 100 characters or fewer")]
    public string? Name { get; set; }

    [Display(Name = "Position in lists")]
    [Range(0, 100000, ErrorMessage = "Position in lists must be a whole number between 0 and 100000")]
    public int SortOrder { get; set; }

    [Display(Name = "Still in use")]
    public bool IsActive { get; set; } = true;
}
