using System.Data.Common;
using Lantern.Core.Library;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteSearchTextDataTests() : SearchTextDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresSearchTextDataTests() : SearchTextDataTests(DatabaseProvider.Postgres);

/// <summary>What a person types into the library's search reaches each database's own full-text search (SQLite FTS5
/// with the Porter stemmer; PostgreSQL's English text search) without a syntax error, whatever it holds, and finds
/// the words it should, stems included.</summary>
public abstract class SearchTextDataTests(DatabaseProvider provider)
{
    private static readonly string[] Rows =
    [
        "The health visitor visited twice but the baby was not seen alone.",
        "Strategy discussions held by phone left nobody owning the decision about a medical examination.",
        "Agencies did not share what they knew when the family moved between areas.",
        "Zaniedbanie dziecka: the school's concerns about neglect were not passed on.",
    ];

    public static TheoryData<string, int> Typed => new()
    {
        { "visits", 1 },
        { "\"seen alone\"", 1 },
        { "\"alone seen\"", 0 },
        { "strategy discussion", 1 },
        { "neglect AND school", 1 },
        { "NOT neglect", 1 },
        { "neglect*", 1 },
        { "title:neglect", 0 },
        { "(health OR police)", 0 },
        { "-school neglect", 1 },
        { "'; DROP TABLE t; --", 0 },
        { "\"health visitor", 1 },
        { "zaniedbanie", 1 },
        { "إهمال", 0 },
        { "儿童", 0 },
        { "NEAR(health visitor)", 1 },
        { "^health", 1 },
        { "moved families areas", 1 },
    };

    [Theory]
    [MemberData(nameof(Typed))]
    public async Task TypedSearch_RunsOnTheDatabasesOwnFullTextSearch_WithoutErrors(string typed, int expected)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var search = SearchText.Parse(typed);
        if (provider == DatabaseProvider.Sqlite)
        {
            await ExecuteAsync(connection, "CREATE VIRTUAL TABLE search_probe USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')");
        }
        else
        {
            await ExecuteAsync(connection, "CREATE TEMP TABLE search_probe (body text, v tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED)");
        }

        foreach (var row in Rows)
        {
            await ExecuteAsync(connection, "INSERT INTO search_probe (body) VALUES (@p)", row);
        }

        var query = provider == DatabaseProvider.Sqlite
            ? "SELECT count(*) FROM search_probe WHERE search_probe MATCH @p"
            : "SELECT count(*) FROM search_probe WHERE v @@ websearch_to_tsquery('english', @p)";
        var expression = provider == DatabaseProvider.Sqlite ? search.ToFts5() : search.ToWebSearch();
        var found = expression is null ? 0 : Convert.ToInt32(await ScalarAsync(connection, query, expression), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task TenThousandCharacters_AreCut_AndStillRun()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var search = SearchText.Parse(string.Concat(Enumerable.Repeat("neglect \"health (visitor* ", 1_000)));
        Assert.True(search.WasCut);
        var sql = provider == DatabaseProvider.Sqlite
            ? "SELECT count(*) FROM (SELECT 1) WHERE @p IS NOT NULL"
            : "SELECT count(*) FROM (SELECT websearch_to_tsquery('english', @p) AS q) x WHERE q IS NOT NULL";
        Assert.Equal(1L, Convert.ToInt64(await ScalarAsync(connection, sql, provider == DatabaseProvider.Sqlite ? search.ToFts5()! : search.ToWebSearch()!), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, string? value = null)
    {
        await using var command = Command(connection, sql, value);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, string value)
    {
        await using var command = Command(connection, sql, value);
        return await command.ExecuteScalarAsync();
    }

    private static DbCommand Command(DbConnection connection, string sql, string? value)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (value is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p";
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
