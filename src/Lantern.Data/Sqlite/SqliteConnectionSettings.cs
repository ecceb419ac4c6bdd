using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lantern.Data.Sqlite;

/// <summary>
/// Per-connection SQLite settings. In WAL mode, synchronous=NORMAL syncs the log at checkpoints rather than on
/// every commit: the database cannot be corrupted by a crash, and only the last moments before a power cut
/// could be lost (the change and its audit event together, never one without the other). Every page view is
/// an audited commit, so this is what makes SQLite fast enough for a partnership's daily use.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
