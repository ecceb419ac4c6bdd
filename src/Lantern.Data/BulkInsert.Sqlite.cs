using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lantern.Data;

/// <summary>
/// One prepared single-row INSERT on SQLite, bound by position through SQLite's own interface and run once per
/// row. Values are written exactly as Microsoft.Data.Sqlite writes them for EF (a test compares the stored
/// values byte for byte), for the provider types Lantern's bulk-loaded tables use; <see cref="Supports"/> says
/// which, and any other type goes through the ordinary command path instead.
/// </summary>
internal sealed class SqliteRowWriter : IDisposable
{
    private const int Done = 101;

    private static readonly HashSet<Type> Supported =
        [typeof(string), typeof(Guid), typeof(bool), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(double), typeof(DateOnly), typeof(TimeOnly)];

    private readonly sqlite3 connection;
    private readonly sqlite3_stmt statement;
    private byte[] buffer = new byte[1024];

    public SqliteRowWriter(SqliteConnection connection, string sql)
    {
        this.connection = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(this.connection, sql, out statement));
    }

    /// <summary>Whether every provider type (after EF's value conversion) can be bound here.</summary>
    public static bool Supports(IEnumerable<Type> providerTypes) =>
        providerTypes.All(t => Supported.Contains(Nullable.GetUnderlyingType(t) ?? t));

    /// <summary>Binds the value of column <paramref name="index"/> (from 1) of the next row.</summary>
    public void Bind(int index, object? value) => Check(value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string s => BindText(index, s),
        Guid g => BindGuid(index, g),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        int i => raw.sqlite3_bind_int64(statement, index, i),
        long l => raw.sqlite3_bind_int64(statement, index, l),
        short s => raw.sqlite3_bind_int64(statement, index, s),
        byte b => raw.sqlite3_bind_int64(statement, index, b),
        double d => raw.sqlite3_bind_double(statement, index, d),
        DateOnly d => raw.sqlite3_bind_text(statement, index, d.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        TimeOnly t => raw.sqlite3_bind_text(statement, index,
            t.ToString(t.Ticks % TimeSpan.TicksPerSecond == 0 ? @"HH\:mm\:ss" : @"HH\:mm\:ss\.fffffff", CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"A {value.GetType().Name} value cannot be bulk inserted on SQLite."),
    });

    /// <summary>As UTF-8 through a buffer kept between rows (SQLite copies the bytes), so no string is made per value.</summary>
    private int BindText(int index, string value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }

        return raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, Encoding.UTF8.GetBytes(value, buffer)));
    }

    /// <summary>In the form Microsoft.Data.Sqlite writes a GUID: 36 characters, upper case.</summary>
    private int BindGuid(int index, Guid value)
    {
        Span<byte> text = stackalloc byte[36];
        value.TryFormat(text, out _);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'a' and <= (byte)'f')
            {
                text[i] -= 32;
            }
        }

        return raw.sqlite3_bind_text(statement, index, text);
    }

    /// <summary>Inserts the bound row and clears the bindings for the next.</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
        if (result != Done)
        {
            SqliteException.ThrowExceptionForRC(result, connection);
            throw new SqliteException($"The row was not inserted (SQLite result {result}).", result);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, connection);
        }
    }
}
