using Lantern.Core.Audit;
using Lantern.Data;
using Lantern.Data.Postgres;
using Lantern.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantern.Testing;

/// <summary>
/// A fresh, fully migrated database for one test. SQLite copies a migrated template file; PostgreSQL clones
/// a migrated template database on the throwaway server that scripts/test.sh starts (LANTERN_TEST_POSTGRES).
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LANTERN_TEST_POSTGRES";

    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => SqliteTestDatabase.CreateAsync(),
        DatabaseProvider.Postgres => PostgresTestDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    /// <summary>The key data tests seal with, and the one LanternFactory gives each Lantern unless a test asks it not to.</summary>
    public static readonly AuditKey TestKey = new(Enumerable.Range(1, AuditKey.Length).Select(i => (byte)i).ToArray());

    /// <param name="anchor">The anchor outside the database this context moves on and verifies against; none by default.</param>
    public LanternDbContext CreateContext(AuditKey? key = null, AuditAnchorFile? anchor = null) => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteLanternDbContext(new DbContextOptionsBuilder<SqliteLanternDbContext>().UseSqlite(ConnectionString).Options, key ?? TestKey, anchor),
        _ => new PostgresLanternDbContext(new DbContextOptionsBuilder<PostgresLanternDbContext>().UseNpgsql(ConnectionString).Options, key ?? TestKey, anchor),
    };

    public DatabaseOptions Options(string backupDirectory) =>
        new() { Provider = Provider, ConnectionString = ConnectionString, BackupDirectory = backupDirectory };

    /// <summary>Lets a test act as someone with direct database access, who can switch the triggers off.</summary>
    public abstract Task DisableAuditTriggersAsync(LanternDbContext db);

    public abstract ValueTask DisposeAsync();
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "lantern-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    private SqliteTestDatabase(string file)
    {
        File = file;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
    }

    public string File { get; }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString { get; }

    /// <summary>An empty database file with no migrations applied.</summary>
    public static SqliteTestDatabase CreateEmpty()
    {
        Directory.CreateDirectory(Folder);
        return new SqliteTestDatabase(Path.Combine(Folder, $"{Guid.NewGuid():N}.db"));
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var template = await Template.Value;
        var database = CreateEmpty();
        System.IO.File.Copy(template, database.File);
        return database;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var template = CreateEmpty();
        await using var db = template.CreateContext();
        await db.Database.MigrateAsync();
        return template.File;
    }

    public override async Task DisableAuditTriggersAsync(LanternDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync("""DROP TRIGGER "AuditEvents_NoUpdate";""");
        await db.Database.ExecuteSqlRawAsync("""DROP TRIGGER "AuditEvents_NoDelete";""");
    }

    public override ValueTask DisposeAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                System.IO.File.Delete(File + suffix);
            }
            catch (IOException)
            {
                // A file still open elsewhere goes with the temporary folder.
            }
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresTestDatabase : TestDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static readonly SemaphoreSlim CloneLock = new(1, 1);
    private readonly string name;

    private PostgresTestDatabase(string name)
    {
        this.name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(Server()) { Database = name }.ToString();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString { get; }

    public static string Server() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The PostgreSQL tests need a throwaway server: run ./scripts/test.sh, which starts one and sets {PostgresVariable}.");

    public static async Task<TestDatabase> CreateAsync()
    {
        var template = await Template.Value;
        var name = $"lantern_test_{Guid.NewGuid():N}";

        // PostgreSQL copies a template only while nobody else is copying it.
        await CloneLock.WaitAsync();
        try
        {
            await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        }
        finally
        {
            CloneLock.Release();
        }

        return new PostgresTestDatabase(name);
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var name = $"lantern_template_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        var template = new PostgresTestDatabase(name);
        await using (var db = template.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        NpgsqlConnection.ClearAllPools();
        return name;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server()) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task DisableAuditTriggersAsync(LanternDbContext db) =>
        await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "AuditEvents" DISABLE TRIGGER USER;""");

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }
}
