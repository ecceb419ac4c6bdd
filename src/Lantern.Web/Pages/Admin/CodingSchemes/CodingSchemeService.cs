namespace Lantern.Web.Pages.Admin.CodingSchemes;

public sealed record AddCodingSchemeOptions(Guid PartnershipId, string? Name, CodingSchemePurpose? Purpose, string? Outline);

public sealed record PublishCodingSchemeVersionOptions(Guid PartnershipId, string Key, string? Outline, Guid Version);

public sealed record RetireCodingSchemeOptions(Guid PartnershipId, string Key, Guid Version);

/// <summary>A partnership's own coding schemes. Adding one makes version 1; a new version is a new row and the
/// old one is kept (marked superseded), so codes already applied keep their names. Lantern's defaults are not
/// stored and cannot be changed here.</summary>
public sealed class CodingSchemeService(LanternDbContext db, TimeProvider time, AuditRecorder recorder)
{
    public async Task<WriteResult> AddCodingSchemeAsync(AddCodingSchemeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var errors = new List<(string, string)>();
        var name = options.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add(("Name", "Enter a name for the coding scheme"));
        }
        else if (name.Length > CodingScheme.NameMaxLength)
        {
            errors.Add(("Name", $"The name must be {CodingScheme.NameMaxLength} characters or fewer"));
        }

        var existing = await db.CodingSchemes.AsNoTracking().Where(s => s.PartnershipId == options.PartnershipId)
            .Select(s => new { s.Key, s.Name }).ToListAsync(cancellationToken);
        if (name.Length > 0 && existing.Select(s => s.Name).Concat(DefaultCodingSchemes.All.Select(s => s.Name))
                .Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(("Name", "There is already a coding scheme with this name"));
        }

        if (options.Purpose is not { } purpose || !Enum.IsDefined(purpose))
        {
            errors.Add(("Purpose", "Select what the scheme is for"));
        }

        var keys = existing.Select(s => s.Key).Concat(DefaultCodingSchemes.All.Select(s => s.Key)).ToHashSet(StringComparer.Ordinal);
        var scheme = Read(CodingSchemeOutline.UniqueKey(name, keys), name, 1, options.Outline, errors);
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var row = new StoredCodingScheme(Guid.NewGuid(), options.PartnershipId, options.Purpose!.Value, scheme!, audit.UserId!.Value, time.GetUtcNow().UtcDateTime);
        db.CodingSchemes.Add(row);
        Audit(audit, AuditActions.CodingSchemeAdded, row);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> PublishCodingSchemeVersionAsync(PublishCodingSchemeVersionOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var latest = await LatestAsync(options.PartnershipId, options.Key, cancellationToken);
        if (latest is null || latest.IsRetired)
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        var scheme = Read(latest.Key, latest.Name, latest.SchemeVersion + 1, options.Outline, errors);
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        // The old row's token guards against two people publishing at once; the unique index catches the rest.
        db.Entry(latest).Property(s => s.Version).OriginalValue = options.Version;
        var next = new StoredCodingScheme(Guid.NewGuid(), options.PartnershipId, latest.Purpose, scheme!, audit.UserId!.Value, time.GetUtcNow().UtcDateTime);
        latest.SupersedeBy(next, next.CreatedAt);
        db.CodingSchemes.Add(next);
        Audit(audit, AuditActions.CodingSchemeVersionPublished, next);
        return await SaveAsync(cancellationToken);
    }

    public async Task<WriteResult> RetireCodingSchemeAsync(RetireCodingSchemeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var latest = await LatestAsync(options.PartnershipId, options.Key, cancellationToken);
        if (latest is null || latest.IsRetired)
        {
            return WriteResult.Missing;
        }

        db.Entry(latest).Property(s => s.Version).OriginalValue = options.Version;
        latest.Retire();
        Audit(audit, AuditActions.CodingSchemeRetired, latest);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>The latest version of a partnership's scheme, tracked; null for an unknown key or a default.</summary>
    public Task<StoredCodingScheme?> LatestAsync(Guid partnershipId, string key, CancellationToken cancellationToken) =>
        db.CodingSchemes.Where(s => s.PartnershipId == partnershipId && s.Key == key && s.SupersededAt == null).SingleOrDefaultAsync(cancellationToken);

    private static CodingScheme? Read(string key, string name, int version, string? outline, List<(string, string)> errors)
    {
        if ((outline?.Length ?? 0) > CodingSchemeOutline.MaxLength)
        {
            errors.Add(("Outline", $"The codes must be {CodingSchemeOutline.MaxLength:N0} characters or fewer"));
            return null;
        }

        var parsed = CodingSchemeOutline.Parse(outline);
        errors.AddRange(parsed.Errors.Select(e => ("Outline", e)));
        if (parsed.Errors.Count > 0)
        {
            return null;
        }

        if (parsed.Codes.Count == 0)
        {
            errors.Add(("Outline", "Enter the codes, one a line, each starting with a hyphen"));
            return null;
        }

        var scheme = new CodingScheme(key, name.Length == 0 ? "-" : name, version, parsed.Codes);
        errors.AddRange(scheme.Check().Select(p => ("Outline", p)));
        return scheme;
    }

    private async Task<WriteResult> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await db.SaveOrConflictAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else published the same version number first.
            return WriteResult.Stale;
        }
    }

    private void Audit(AuditActor audit, string action, StoredCodingScheme row) =>
        recorder.AuditPartnership(audit, action, row.PartnershipId, nameof(StoredCodingScheme), row.Id);
}
