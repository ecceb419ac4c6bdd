using Lantern.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lantern.Data.Postgres;

/// <summary>The scale-out store: several app instances can share one PostgreSQL database.</summary>
public sealed class PostgresLanternDbContext(DbContextOptions<PostgresLanternDbContext> options, AuditKey auditKey, AuditAnchorFile? auditAnchorFile = null)
    : LanternDbContext(options, auditKey, auditAnchorFile)
{
    /// <summary>An arbitrary key that names the audit chain's transaction-scoped advisory lock.</summary>
    private const long AuditChainLockKey = 0x4C616E7465726E; // "Lantern"

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditChainLockKey})", cancellationToken);
}

/// <summary>Lets `../shared/tools/ef` build migrations without a running server.</summary>
public sealed class PostgresLanternDbContextFactory : IDesignTimeDbContextFactory<PostgresLanternDbContext>
{
    public PostgresLanternDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLanternDbContext>().UseNpgsql("Host=127.0.0.1;Database=lantern_design").Options, AuditKey.Create());
}
