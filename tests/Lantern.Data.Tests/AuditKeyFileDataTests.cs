using Lantern.Core.Audit;
using Lantern.Testing;
using Npgsql;

namespace Lantern.Data.Tests;

public sealed class SqliteAuditKeyFileDataTests() : AuditKeyFileDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresAuditKeyFileDataTests() : AuditKeyFileDataTests(DatabaseProvider.Postgres);

/// <summary>A new key is made only for a database with nothing in it; otherwise start-up stops and says what to restore.</summary>
public abstract class AuditKeyFileDataTests(DatabaseProvider provider) : IDisposable
{
    private readonly string keyPath = Path.Combine(Path.GetTempPath(), "lantern-tests", $"keys-{Guid.NewGuid():N}", AuditKeyFile.FileName);

    public void Dispose()
    {
        if (Directory.Exists(Path.GetDirectoryName(keyPath)))
        {
            Directory.Delete(Path.GetDirectoryName(keyPath)!, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public void LoadOrCreateForNewDatabase_NoDatabaseYet_MakesAKey()
    {
        var absent = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(Path.GetTempPath(), "lantern-tests", $"absent-{Guid.NewGuid():N}.db")};Pooling=False"
            : new NpgsqlConnectionStringBuilder(PostgresTestDatabase.Server()) { Database = $"lantern_absent_{Guid.NewGuid():N}" }.ToString();
        var file = new AuditKeyFile(keyPath, new DatabaseOptions { Provider = provider, ConnectionString = absent });

        var key = file.LoadOrCreateForNewDatabase();

        Assert.Equal(key.Value, AuditKey.Load(keyPath)!.Value);
    }

    [Fact]
    public async Task LoadOrCreateForNewDatabase_MigratedButEmpty_MakesAKey()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = new AuditKeyFile(keyPath, database.Options(Path.GetTempPath()));

        var key = file.LoadOrCreateForNewDatabase();

        Assert.Equal(DatabaseContents.Empty, file.Probe());
        Assert.Equal(key.Value, AuditKey.Load(keyPath)!.Value);
    }

    [Fact]
    public async Task LoadOrCreateForNewDatabase_KeyMissingAndTheDatabaseHoldsEvents_RefusesNamingTheFile()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            db.Audit(Seed.Event(AuditActions.SetupLinkIssued));
            await db.SaveChangesAsync();
        }

        var file = new AuditKeyFile(keyPath, database.Options(Path.GetTempPath()));

        var refusal = Assert.Throws<AuditKeyMissingException>(file.LoadOrCreateForNewDatabase);

        Assert.Equal(Path.GetFullPath(keyPath), refusal.KeyPath);
        Assert.Contains($"The audit key file {Path.GetFullPath(keyPath)} is missing", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Restore the file from your backup", refusal.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(keyPath));
    }

    [Fact]
    public async Task LoadOrCreateForNewDatabase_KeyMissingAndTheDatabaseHoldsAnAccountButNoEvents_Refuses()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, _) = Seed.Partnership(db);
            Seed.User(db, partnership, agency);
            await db.SaveChangesAsync();
        }

        var file = new AuditKeyFile(keyPath, database.Options(Path.GetTempPath()));

        Assert.Throws<AuditKeyMissingException>(file.LoadOrCreateForNewDatabase);
        Assert.False(File.Exists(keyPath));
    }

    [Fact]
    public async Task LoadOrCreateForNewDatabase_KeyPresent_ReadsItWhateverTheDatabaseHolds()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            db.Audit(Seed.Event());
            await db.SaveChangesAsync();
        }

        var made = AuditKey.CreateFile(keyPath);
        var file = new AuditKeyFile(keyPath, database.Options(Path.GetTempPath()));

        Assert.Equal(made.Value, file.LoadOrCreateForNewDatabase().Value);
    }
}
