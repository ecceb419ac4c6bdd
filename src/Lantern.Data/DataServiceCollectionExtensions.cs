using Lantern.Core.Audit;
using Lantern.Data.Postgres;
using Lantern.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="LanternDbContext"/> for the configured provider, sealing audit events with
    /// the key in <paramref name="keysFolder"/> and anchoring the chain's head beside it. The key is read when the
    /// first context is made (at start, before migrating), so a missing key stops start-up with
    /// <see cref="AuditKeyMissingException"/> unless the database holds nothing yet.</summary>
    public static IServiceCollection AddLanternData(this IServiceCollection services, DatabaseOptions options, string keysFolder)
    {
        services.AddSingleton(new AuditKeyFile(Path.Combine(keysFolder, AuditKeyFile.FileName), options));
        services.AddSingleton(sp => sp.GetRequiredService<AuditKeyFile>().LoadOrCreateForNewDatabase());
        services.AddSingleton(sp => new AuditAnchorFile(Path.Combine(keysFolder, AuditAnchorFile.FileName),
            sp.GetRequiredService<AuditKey>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AuditAnchorFile>>()));
        return services.AddLanternContext(options);
    }

    /// <summary>Registers <see cref="LanternDbContext"/> for the configured provider, sealing audit events with
    /// <paramref name="auditKey"/> and keeping no anchor outside the database.</summary>
    public static IServiceCollection AddLanternData(this IServiceCollection services, DatabaseOptions options, AuditKey auditKey)
    {
        services.AddSingleton(auditKey);
        return services.AddLanternContext(options);
    }

    private static IServiceCollection AddLanternContext(this IServiceCollection services, DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException("Database:ConnectionString is not set.");
        }

        services.AddSingleton(options);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var connectionString = PrepareSqlite(options.ConnectionString);
                services.AddDbContext<LanternDbContext, SqliteLanternDbContext>(o => Quiet(o.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSettings())));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<LanternDbContext, PostgresLanternDbContext>(o => Quiet(o.UseNpgsql(options.ConnectionString)));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not {options.Provider}.");
        }

        return services;
    }

    /// <summary>
    /// Every command EF Core runs is logged at Debug, never Information, whatever the log settings say: its text
    /// is SQL, and a log line must never carry SQL or a value a page read or wrote. (A failed command's exception
    /// still reaches the log through the error handler, without the SQL.)
    /// </summary>
    private static DbContextOptionsBuilder Quiet(DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(w => w.Log(
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted, Microsoft.Extensions.Logging.LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuting, Microsoft.Extensions.Logging.LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandCreated, Microsoft.Extensions.Logging.LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, Microsoft.Extensions.Logging.LogLevel.Debug)));

    /// <summary>Makes the folder for a SQLite file so the first start can create it.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
