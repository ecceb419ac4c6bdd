namespace Lantern.Web.Pages.Information;

/// <summary>The writes both held uploads, files of people and agencies' chronologies, make the same way.</summary>
public static class HeldImports
{
    /// <summary>
    /// Throws away an upload still waiting, as of the version the person saw, saving the audit event the caller has
    /// recorded with it: the import stays as the record that it was uploaded, its rows (<typeparamref name="TRow"/>) are deleted.
    /// </summary>
    public static async Task<WriteResult> DiscardAsync<TRow>(this LanternDbContext db, IHeldImport import, Guid version, CancellationToken cancellationToken)
        where TRow : class, IHeldImportRow
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entry(import).Property(nameof(IHeldImport.Version)).OriginalValue = version;
        import.Status = ImportStatus.Discarded;
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        // The file's rows are not kept once it is thrown away.
        await db.Set<TRow>().Where(r => r.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult.Done;
    }
}
