using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Information.Import;
using Lantern.Core.Organisation;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Lantern.Web.Pages.Information.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Benchmarks;

/// <summary>
/// Importing an agency's chronology of many rows from CSV, as an upload does: read, checked row by row, matched
/// against the people register and stored as a new version in one transaction. Reported beside a bare parse of
/// the same file (decode and split into cells), measured in the same run.
/// </summary>
public static class ImportBenchmark
{
    private static readonly string[] Types = [.. EventTypes.All.Select(t => t.Name)];

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var r) ? r : 100_000;
        var provider = args.Length > 2 && Enum.TryParse<DatabaseProvider>(args[2], true, out var p) ? p : DatabaseProvider.Sqlite;
        const int runs = 5;

        var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new LanternFactory(database, new Dictionary<string, string?>());
        factory.StartServer();
        if (provider == DatabaseProvider.Sqlite)
        {
            // As Lantern's migrator leaves a real database (the test helper does not).
            await using var setup = factory.CreateDbContext();
            await setup.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        var (partnership, agency, type) = await factory.PartnershipAsync("Benchmarkshire Partnership");
        var businessUnit = await factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "Ben Mark");
        var file = Csv(rows);
        Console.WriteLine($"Lantern chronology import benchmark: {provider}, {rows:N0} rows, {file.Length / 1024.0 / 1024.0:N1} MB CSV, {Environment.ProcessorCount} cores");

        // Warm up both paths once on a small file so JIT time is not counted.
        ChronologyFileReader.Read(Csv(100), "warm.csv", new ImportLimits());
        await ImportAsync(factory, partnership, type, businessUnit, agency, Csv(100));

        var parse = new List<double>();
        var import = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var read = ChronologyFileReader.Read(file, "chronology.csv", new ImportLimits());
            parse.Add(clock.Elapsed.TotalMilliseconds);
            if (read.Table!.Rows.Count != rows)
            {
                throw new InvalidOperationException("The file did not parse as expected.");
            }

            import.Add(await ImportAsync(factory, partnership, type, businessUnit, agency, file));
        }

        var bestParse = parse.Min();
        var bestImport = import.Min();
        Console.WriteLine($"| Bare parse (decode + split into cells) | {bestParse:N0} ms | 1.0 |");
        Console.WriteLine($"| Import: read, check, match names, store (one transaction) | {bestImport:N0} ms | {bestImport / bestParse:N1} |");
        var sorted = import.Order().ToList();
        Console.WriteLine($"Import median of {runs}: {sorted[runs / 2]:N0} ms");
        Console.WriteLine($"Runs (ms): parse {string.Join(", ", parse.Select(x => x.ToString("N0", CultureInfo.InvariantCulture)))}; import {string.Join(", ", import.Select(x => x.ToString("N0", CultureInfo.InvariantCulture)))}");
        return bestImport <= 5_000 || rows != 100_000 ? 0 : 1;
    }

    private static async Task<double> ImportAsync(LanternFactory factory, Guid partnership, Guid type, Lantern.Testing.Web.Person businessUnit, Guid agency, byte[] file)
    {
        var reviewId = await factory.ReviewAsync(partnership, type, businessUnit.Id, "Child B");
        await using (var db = factory.CreateDbContext())
        {
            for (var i = 0; i < 20; i++)
            {
                db.People.Add(new Core.Information.Person
                {
                    Id = Guid.NewGuid(),
                    ReviewId = reviewId,
                    RealName = $"Firstname{i} Surname{i}",
                    Aliases = [$"Nick{i}", $"Firstname{i}"],
                    Pseudonym = $"Person {i}",
                    CreatedAt = DateTime.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        using var scope = factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<ChronologySubmissionService>();
        var clock = Stopwatch.StartNew();
        var outcome = await service.UploadAsync(new UploadChronologyOptions(reviewId, partnership, agency, "chronology.csv", file),
            new AuditActor(businessUnit.Id, agency, partnership, "127.0.0.1"));
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (outcome.Applied is null)
        {
            throw new InvalidOperationException($"The import was not applied: {outcome.Status} {string.Join("; ", outcome.Result.Errors)}");
        }

        return elapsed;
    }

    /// <summary>A fictional chronology: realistic lengths, quoted commas, a name from the register in some rows.</summary>
    private static byte[] Csv(int rows)
    {
        var text = new StringBuilder(rows * 220);
        text.Append("Date,Time,Date precision,Event type,Description,People involved,Author role,Source record reference\r\n");
        var start = new DateOnly(2015, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var date = start.AddDays(i % 3000);
            text.Append(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append(',')
                .Append(i % 3 == 0 ? "" : $"{9 + (i % 8):00}:{i % 60:00}").Append(',')
                .Append(i % 10 == 0 ? "approximate" : "day").Append(',')
                .Append(Types[i % Types.Length]).Append(',')
                .Append("\"Planned contact with the family, as agreed at the last review. Nick").Append(i % 20)
                .Append(" was seen; the home was warm and there was food in the cupboards. Advice given on safe sleep.\"").Append(',')
                .Append("\"Firstname").Append((i + 7) % 20).Append(" Surname").Append((i + 7) % 20).Append(", Baby\"").Append(',')
                .Append("Health visitor").Append(',')
                .Append("REF-").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
