using Lantern.Data;
using Lantern.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lantern.Data.Tests;

public sealed class SqliteMigratorTests
{
    [Fact]
    public async Task MigrateAsync_PendingMigration_CopiesTheDatabaseAsideFirst()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        var backups = Path.Combine(Path.GetTempPath(), "lantern-tests", $"backups-{Guid.NewGuid():N}");
        Guid partnershipId;
        await using (var db = database.CreateContext())
        {
            var first = db.Database.GetMigrations().First();
            await db.GetService<IMigrator>().MigrateAsync(first);
            // The row is written as the first migration's table has it: today's model has columns it lacks.
            partnershipId = Guid.NewGuid();
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Partnerships" ("Id", "Name", "CreatedAt", "Version") VALUES ({0}, 'Before Migration', '2026-01-01 00:00:00', {1})""",
                partnershipId.ToString().ToUpperInvariant(), Guid.NewGuid().ToString().ToUpperInvariant());
        }

        string? backup;
        await using (var db = database.CreateContext())
        {
            backup = await new DatabaseMigrator(db, database.Options(backups), TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        Assert.NotNull(backup);
        Assert.True(File.Exists(backup));
        Assert.Contains("before-", Path.GetFileName(backup), StringComparison.Ordinal);
        await using var copy = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();
        await using var history = copy.CreateCommand();
        history.CommandText = """SELECT COUNT(*) FROM "__EFMigrationsHistory" """;
        Assert.Equal(1L, (long)(await history.ExecuteScalarAsync())!);
        await using var rows = copy.CreateCommand();
        rows.CommandText = """SELECT COUNT(*) FROM "Partnerships" WHERE "Id" = $id""";
        rows.Parameters.AddWithValue("$id", partnershipId.ToString().ToUpperInvariant());
        Assert.Equal(1L, (long)(await rows.ExecuteScalarAsync())!);
        Directory.Delete(backups, recursive: true);
    }

    [Fact]
    public async Task MigrateAsync_PendingMigration_CopiesTheAuditAnchorBesideTheBackup()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        var folder = Path.Combine(Path.GetTempPath(), "lantern-tests", $"migrate-{Guid.NewGuid():N}");
        var backups = Path.Combine(folder, "backups");
        using var anchor = new AuditAnchorFile(Path.Combine(folder, "keys", AuditAnchorFile.FileName), TestDatabase.TestKey, NullLogger<AuditAnchorFile>.Instance);
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }

        anchor.Record(12, new string('c', 64));
        string? backup;
        await using (var db = database.CreateContext(anchor: anchor))
        {
            backup = await new DatabaseMigrator(db, database.Options(backups), TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        }

        Assert.NotNull(backup);
        var copy = Path.ChangeExtension(backup, AuditAnchorFile.FileName);
        Assert.Equal(Path.GetDirectoryName(backup), Path.GetDirectoryName(copy));
        Assert.Equal(await File.ReadAllTextAsync(anchor.FilePath), await File.ReadAllTextAsync(copy));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task MigrateAsync_NewDatabase_CreatesItWithoutABackup()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        var backups = Path.Combine(Path.GetTempPath(), "lantern-tests", $"backups-{Guid.NewGuid():N}");
        await using var db = database.CreateContext();

        var backup = await new DatabaseMigrator(db, database.Options(backups), TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

        Assert.Null(backup);
        Assert.False(Directory.Exists(backups));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsAsyncEnumerable().FirstAsync());
    }

    [Fact]
    public async Task MigrateAsync_UpToDateDatabase_MakesNoBackup()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var backups = Path.Combine(Path.GetTempPath(), "lantern-tests", $"backups-{Guid.NewGuid():N}");
        await using var db = database.CreateContext();

        var backup = await new DatabaseMigrator(db, database.Options(backups), TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

        Assert.Null(backup);
    }
}
