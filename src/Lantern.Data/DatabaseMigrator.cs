using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Lantern.Data;

/// <summary>
/// Brings the database up to date at start. For SQLite, an existing database is first copied aside (with
/// VACUUM INTO, a consistent snapshot even while in WAL mode), so a migration that goes wrong loses nothing,
/// with the audit chain's anchor (keys/audit-chain.head) beside it.
/// </summary>
public sealed class DatabaseMigrator(LanternDbContext db, DatabaseOptions options, TimeProvider time, ILogger<DatabaseMigrator> logger)
{
    /// <returns>The backup file written, if any.</returns>
    public async Task<string?> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        string? backup = null;
        if (pending.Count > 0 && db.Provider == DatabaseProvider.Sqlite)
        {
            backup = await BackUpSqliteAsync(pending[0], cancellationToken);
        }

        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migration(s), first {Migration}", pending.Count, pending[0]);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers carry on while one request writes. The setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return backup;
    }

    private async Task<string?> BackUpSqliteAsync(string firstPending, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var builder = new SqliteConnectionStringBuilder(connection.ConnectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.Mode == SqliteOpenMode.Memory || !File.Exists(builder.DataSource))
        {
            return null;
        }

        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        if (!applied.Any())
        {
            return null;
        }

        Directory.CreateDirectory(options.BackupDirectory);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var target = Path.GetFullPath(Path.Combine(options.BackupDirectory, $"lantern-{stamp}-before-{firstPending}.db"));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $target";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$target";
            parameter.Value = target;
            command.Parameters.Add(parameter);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // The anchor goes with the copy, so restoring the two together gives a trail that reaches its anchor again.
        db.AuditAnchorFile?.CopyTo(Path.ChangeExtension(target, AuditAnchorFile.FileName));
        logger.LogInformation("Copied the database aside before migrating, to {Backup}", target);
        return target;
    }
}
