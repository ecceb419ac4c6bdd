using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lantern.Data;

/// <summary>
/// Inserts many rows of one entity type in multi-row INSERT statements (100 rows each) through one prepared
/// command, on the context's connection and inside its current transaction. The table, columns, parameter
/// types and value conversions all come from the EF model, so it works unchanged on SQLite and PostgreSQL.
/// EF's SaveChanges sends one statement per row on SQLite, far too slow for an agency's chronology of
/// 100,000 rows. Only for plain inserts of new rows: nothing is tracked and no audit event is sealed.
/// Call <see cref="CompleteAsync"/> to write the last partial batch.
/// </summary>
public sealed class BulkInsert<T> : IAsyncDisposable
    where T : class
{
    public const int RowsPerStatement = 100;

    private readonly DbContext db;
    private readonly StoreObjectIdentifier table;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, Func<object?, object?> Convert)[] columns;
    private readonly List<T> pending = new(RowsPerStatement);
    private DbCommand? full;

    private BulkInsert(DbContext db, StoreObjectIdentifier table, (IProperty, RelationalTypeMapping, Func<object?, object?>)[] columns)
    {
        this.db = db;
        this.table = table;
        this.columns = columns;
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
        pending.Add(row);
        if (pending.Count == RowsPerStatement)
        {
            full ??= await CreateAsync(RowsPerStatement, prepare: true, cancellationToken);
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
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (");
        text.AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!))).Append(") VALUES ");
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = "p" + n++;
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, sql.GenerateParameterName(name), null, columns[c].Property.IsNullable));
                text.Append(c == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        if (prepare)
        {
            await command.PrepareAsync(cancellationToken);
        }

        return command;
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
