using Lantern.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lantern.Data.Sqlite;

/// <summary>The embedded default: one file under ./data/.</summary>
public sealed class SqliteLanternDbContext(DbContextOptions<SqliteLanternDbContext> options, AuditKey auditKey, AuditAnchorFile? auditAnchorFile = null)
    : LanternDbContext(options, auditKey, auditAnchorFile)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    // SQLite allows one writer at a time and Microsoft.Data.Sqlite begins transactions IMMEDIATE, taking the
    // write lock at once; so inside the transaction the chain's head cannot move under us.
    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Lets `../shared/tools/ef` build migrations without a running app.</summary>
public sealed class SqliteLanternDbContextFactory : IDesignTimeDbContextFactory<SqliteLanternDbContext>
{
    public SqliteLanternDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLanternDbContext>().UseSqlite("Data Source=design-time.db").Options, AuditKey.Create());
}
