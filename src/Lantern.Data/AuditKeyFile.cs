using Lantern.Core.Audit;
using Lantern.Data.Postgres;
using Lantern.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lantern.Data;

/// <summary>
/// keys/audit-chain.key, the secret the audit chain is sealed with. A new key cannot check a trail sealed with
/// the old one, so a missing file is made afresh only for a database that holds nothing yet; otherwise Lantern
/// stops and says to restore the file, rather than carry on with a trail nobody can check.
/// </summary>
public sealed class AuditKeyFile(string path, DatabaseOptions database)
{
    public const string FileName = "audit-chain.key";

    public string FilePath { get; } = Path.GetFullPath(path);

    public bool Exists => File.Exists(FilePath);

    /// <summary>At start: reads the key, or makes one when the database is new or holds nothing.</summary>
    /// <exception cref="AuditKeyMissingException">The file is missing and the database holds audit events or records.</exception>
    public AuditKey LoadOrCreateForNewDatabase()
    {
        if (AuditKey.Load(FilePath) is { } key)
        {
            return key;
        }

        if (Probe() == DatabaseContents.HoldsRecords)
        {
            throw new AuditKeyMissingException(FilePath);
        }

        return AuditKey.CreateFile(FilePath);
    }

    /// <summary>What the database holds, read without the key.</summary>
    public DatabaseContents Probe()
    {
        // Only reads; the throwaway key is never used to seal anything.
        using var db = OpenWithoutKey();
        if (!db.GetService<IRelationalDatabaseCreator>().Exists() || !db.Database.GetAppliedMigrations().Any())
        {
            return DatabaseContents.None;
        }

        return db.AuditEvents.Any() || db.AuditChainHeads.Any() || AuditTrail.HoldsRecords(db)
            ? DatabaseContents.HoldsRecords
            : DatabaseContents.Empty;
    }

    private LanternDbContext OpenWithoutKey() => database.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteLanternDbContext(new DbContextOptionsBuilder<SqliteLanternDbContext>().UseSqlite(database.ConnectionString).Options, AuditKey.Create()),
        DatabaseProvider.Postgres => new PostgresLanternDbContext(new DbContextOptionsBuilder<PostgresLanternDbContext>().UseNpgsql(database.ConnectionString).Options, AuditKey.Create()),
        _ => throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not {database.Provider}."),
    };
}

public enum DatabaseContents
{
    /// <summary>No database, or one no migration has been applied to.</summary>
    None,

    /// <summary>Lantern's tables, with no audit event, account, partnership or review in them.</summary>
    Empty,

    HoldsRecords,
}

/// <summary>The audit key file is missing but the database already has a trail sealed with it.</summary>
public sealed class AuditKeyMissingException(string path) : Exception(
    $"The audit key file {path} is missing, but the database already holds audit events or accounts, so its trail was sealed with that key. " +
    "Restore the file from your backup of Lantern's keys folder (the copy made with this database), then start Lantern again. " +
    "Lantern will not make a new key, because the trail could never be checked with it.")
{
    public string KeyPath { get; } = path;
}
