using System.Diagnostics;
using System.Globalization;
using Lantern.Core.Actions;
using Lantern.Core.Organisation;
using Lantern.Core.Quality;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Lantern.Web.Infrastructure.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Benchmarks;

/// <summary>
/// Issue 18's figures: a partnership with 200 reviews and 5,000 improvement actions (25 a review, spread over 6
/// agencies, a quarter overdue) and every review's 18 quality markers answered. Times the partnership's action
/// tracker (first page, and filtered to overdue) and the quality-marker grid over all 200 reviews, one request at a
/// time against /health in the same run (target: at most 200 ms each); then queues and sends 1,000 due reminders
/// to the pickup folder (target: at most 5 s).
/// </summary>
public static class AfterReviewBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var r) ? r : 30;
        var provider = args.Length > 2 && Enum.TryParse<DatabaseProvider>(args[2], true, out var p) ? p : DatabaseProvider.Sqlite;

        var port = HttpBenchmark.FreePort();
        var database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?>
        {
            ["Lantern:PublicUrl"] = $"http://127.0.0.1:{port}",
            ["Database:ConnectionString"] = database.ConnectionString.Replace("Pooling=False", "Pooling=True", StringComparison.OrdinalIgnoreCase),
        };
        await using var factory = new LanternFactory(database, settings);
        factory.UseKestrel(port);
        factory.KestrelAddress = new Uri($"http://127.0.0.1:{port}");
        factory.StartServer();
        var (partnership, agency, type) = await factory.PartnershipAsync("Benchmarkshire Partnership");
        var unit = await factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "Ben Mark");
        var owners = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            owners.Add((await factory.PersonAsync(partnership, agency, PartnershipRoles.None, $"Owner {i + 1}")).Id);
        }

        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var agencies = new List<Guid> { agency };
        await using (var db = factory.CreateDbContext())
        {
            string[] names = ["Testshire Police", "Testshire NHS Trust", "Testshire Schools", "Probation", "Housing"];
            foreach (var name in names)
            {
                var a = new Agency(Guid.NewGuid(), partnership, name, AgencyType.Other);
                db.Agencies.Add(a);
                agencies.Add(a.Id);
            }

            await db.SaveChangesAsync();
        }

        var reviewIds = new List<Guid>();
        for (var i = 0; i < 200; i++)
        {
            reviewIds.Add(await factory.ReviewAsync(partnership, type, unit.Id, $"Child {(char)('A' + (i % 26))}{i + 1}"));
        }

        var random = new Random(18);
        await using (var db = factory.CreateDbContext())
        {
            var n = 0;
            foreach (var reviewId in reviewIds)
            {
                for (var k = 0; k < 25; k++, n++)
                {
                    var status = (ActionStatus)(n % 4);
                    db.ImprovementActions.Add(new ImprovementAction
                    {
                        Id = Guid.NewGuid(),
                        PartnershipId = partnership,
                        ReviewId = reviewId,
                        Source = ActionSource.Finding,
                        SourceId = Guid.NewGuid(),
                        Title = $"Action {n + 1}: make the change the finding asks for",
                        OwningAgencyId = agencies[n % agencies.Count],
                        OwnerName = $"Owner {(n % 20) + 1}",
                        OwnerUserId = owners[n % owners.Count],
                        RaisedOn = today.AddDays(-200),
                        DueOn = today.AddDays(random.Next(-60, 180)),
                        Status = status,
                        CompletedOn = status == ActionStatus.Completed ? today.AddDays(-10) : null,
                        CompletionSummary = status == ActionStatus.Completed ? "Done" : null,
                        CancelledReason = status == ActionStatus.Cancelled ? "Overtaken" : null,
                        CreatedAt = DateTime.UtcNow,
                        CreatedByUserId = unit.Id,
                    });
                }

                for (var m = 1; m <= 18; m++)
                {
                    db.MarkerAssessments.Add(new MarkerAssessment
                    {
                        Id = Guid.NewGuid(),
                        ReviewId = reviewId,
                        Marker = m,
                        Answer = (MarkerAnswer)random.Next(0, 4),
                        Comment = "Seen in the records.",
                        AssessedByUserId = unit.Id,
                        AssessedAt = DateTime.UtcNow,
                    });
                }

                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        var cookies = await HttpBenchmark.SessionCookiesAsync(factory, unit);
        using var handler = new SocketsHttpHandler { UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Console.WriteLine($"Lantern after-review benchmark: {provider}, 200 reviews, 5,000 actions, 3,600 marker answers, {requests} requests per page one at a time, {Environment.ProcessorCount} cores");
        var health = await ChronologyPageBenchmark.TimeAsync(client, "/health", null, requests);
        Console.WriteLine();
        Console.WriteLine("| Page | Median ms | 95th percentile ms | Median ratio to /health |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| GET /health (baseline) | {health.Median:F1} | {health.P95:F1} | 1.0 |");
        foreach (var (name, path) in new[]
                 {
                     ("Action tracker, first page", "/actions"),
                     ("Action tracker, overdue only", "/actions?overdue=true"),
                     ("Quality-marker grid, 200 reviews", "/quality"),
                 })
        {
            var times = await ChronologyPageBenchmark.TimeAsync(client, path, cookies, requests);
            Console.WriteLine($"| {name} | {times.Median:F1} | {times.P95:F1} | {times.Median / health.Median:F1} |");
        }

        // 1,000 due reminders: 1,000 actions due tomorrow, one owner each, queued and written to the pickup folder.
        await using (var db = factory.CreateDbContext())
        {
            await db.ImprovementActions.Where(a => a.PartnershipId == partnership).ExecuteUpdateAsync(u => u.SetProperty(a => a.DueOn, today.AddDays(60)));
            var due = await db.ImprovementActions.Where(a => a.PartnershipId == partnership && (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress))
                .OrderBy(a => a.Id).Take(1_000).Select(a => a.Id).ToListAsync();
            await db.ImprovementActions.Where(a => due.Contains(a.Id)).ExecuteUpdateAsync(u => u.SetProperty(a => a.DueOn, today.AddDays(1)));
        }

        using var scope = factory.Services.CreateScope();
        var reminders = scope.ServiceProvider.GetRequiredService<ReminderService>();
        var watch = Stopwatch.StartNew();
        var queued = await reminders.QueueAsync();
        var queuedAt = watch.Elapsed;
        var (sent, failed) = await reminders.SendAsync("benchmark");
        watch.Stop();
        Console.WriteLine();
        Console.WriteLine($"Reminders: {queued} queued in {queuedAt.TotalSeconds:F2} s; {sent} sent ({failed} failed) to the pickup folder; {watch.Elapsed.TotalSeconds:F2} s in all (target at most 5 s for 1,000)");
        return 0;
    }
}
