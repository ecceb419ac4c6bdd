using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lantern.Data;

/// <summary>
/// Inserts many rows of one entity type on the context's connection, inside its current transaction, far faster
/// than EF's SaveChanges (one statement per row, each through the change tracker). The table, columns and value
/// conversions come from the EF model. On SQLite one single-row statement is prepared once and each row is
/// bound by position straight through SQLite's own interface: Microsoft.Data.Sqlite binds parameters by name,
/// and SQLite finds a name by a linear search, which made 100,000 rows take minutes. On PostgreSQL rows go in
/// multi-row INSERT statements (100 rows each) through one prepared command. Only for plain inserts of new
/// rows: nothing is tracked and no audit event is sealed. Call <see cref="CompleteAsync"/> to write the rest.
/// </summary>
public sealed class BulkInsert<T> : IAsyncDisposable
    where T : class
{
    private const int RowsPerCommand = 100;

    private readonly DbContext db;
    private readonly StoreObjectIdentifier table;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, Func<object?, object?> Convert)[] columns;
    private readonly List<T> pending = new(RowsPerCommand);
    private readonly SqliteRowWriter? sqlite;
    private DbCommand? full;

    private BulkInsert(DbContext db, StoreObjectIdentifier table, (IProperty, RelationalTypeMapping, Func<object?, object?>)[] columns)
    {
        this.db = db;
        this.table = table;
        this.columns = columns;
        if (db.Database.GetDbConnection() is SqliteConnection connection
            && SqliteRowWriter.Supports(this.columns.Select(c => c.Property.GetTypeMapping().Converter?.ProviderClrType ?? c.Property.ClrType)))
        {
            _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
            sqlite = new SqliteRowWriter(connection, InsertText(1, (_, _) => "?"));
        }
    }

    public static BulkInsert<T> For(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null)
            .Select(p =>
            {
                var converter = p.GetTypeMapping().Converter;
                Func<object?, object?> convert = converter is null ? v => v : v => v is null ? null : converter.ConvertToProvider(v);
                return (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), convert);
            })
            .ToArray();
        return new BulkInsert<T>(db, table, columns);
    }

    public async Task AddAsync(T row, CancellationToken cancellationToken)
    {
        if (sqlite is not null)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                sqlite.Bind(c + 1, columns[c].Convert(columns[c].Property.GetGetter().GetClrValue(row)));
            }

            sqlite.Execute();
            return;
        }

        pending.Add(row);
        if (pending.Count == RowsPerCommand)
        {
            full ??= await CreateAsync(RowsPerCommand, prepare: true, cancellationToken);
            await ExecuteAsync(full, cancellationToken);
        }
    }

    /// <summary>Writes the rows still waiting for a full batch.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (pending.Count > 0)
        {
            await using var rest = await CreateAsync(pending.Count, prepare: false, cancellationToken);
            await ExecuteAsync(rest, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        sqlite?.Dispose();
        if (full is not null)
        {
            await full.DisposeAsync();
        }
    }

    private async Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var p = 0;
        foreach (var row in pending)
        {
            foreach (var (property, _, convert) in columns)
            {
                command.Parameters[p++].Value = convert(property.GetGetter().GetClrValue(row)) ?? DBNull.Value;
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        pending.Clear();
    }

    private async Task<DbCommand> CreateAsync(int rows, bool prepare, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = InsertText(rows, (n, c) =>
        {
            var name = "p" + n;
            command.Parameters.Add(columns[c].Mapping.CreateParameter(command, sql.GenerateParameterName(name), null, columns[c].Property.IsNullable));
            return sql.GenerateParameterNamePlaceholder(name);
        });
        if (prepare)
        {
            await command.PrepareAsync(cancellationToken);
        }

        return command;
    }

    /// <summary>INSERT INTO table (columns) VALUES (...), (...) with each value's placeholder from <paramref name="placeholder"/>(n, column).</summary>
    private string InsertText(int rows, Func<int, int, string> placeholder)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (");
        text.AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!))).Append(") VALUES ");
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                text.Append(c == 0 ? string.Empty : ", ").Append(placeholder(n++, c));
            }

            text.Append(')');
        }

        return text.ToString();
    }
}

/// <summary>
/// For the length of a bulk insert on SQLite, a page cache large enough (64 MB) to hold the indexes being
/// written, so random keys do not send every insert to the file; put back to SQLite's default afterwards,
/// because the connection returns to the pool. Nothing to do on PostgreSQL.
/// </summary>
public sealed class BulkInsertCache : IAsyncDisposable
{
    private readonly DbContext? db;

    private BulkInsertCache(DbContext? db) => this.db = db;

    public static async Task<BulkInsertCache> EnlargeAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return new BulkInsertCache(null);
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-65536;", cancellationToken);
        return new BulkInsertCache(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (db is not null)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-2000;");
        }
    }
}
