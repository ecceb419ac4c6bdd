using System.Diagnostics;
using System.Globalization;
using System.Net;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;

namespace Lantern.Benchmarks;

/// <summary>
/// The merged chronology's pages for a review with 5,000 entries (issue 4: the table in at most 300 ms of server
/// time). One client asks for each page in turn, so each time is one request's own: the server's work plus a
/// loopback round trip, an upper bound on server time. /health is measured the same way in the same run.
/// </summary>
public static class ChronologyPageBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var r) ? r : 60;
        var entries = args.Length > 2 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var e) ? e : 5_000;
        var provider = args.Length > 3 && Enum.TryParse<DatabaseProvider>(args[3], true, out var p) ? p : DatabaseProvider.Sqlite;

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
        var businessUnit = await factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "Ben Mark");
        var lead = await factory.PersonAsync(partnership, agency, PartnershipRoles.None, "Lea Reviewer");
        var reviewId = await factory.ReviewAsync(partnership, type, businessUnit.Id, "Child B");
        await factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, businessUnit.Id);
        await factory.ManyEntriesAsync(partnership, reviewId, businessUnit.Id, entries);

        var cookies = await HttpBenchmark.SessionCookiesAsync(factory, lead);
        using var handler = new SocketsHttpHandler { UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var root = $"/reviews/{reviewId}/information/chronology";
        Console.WriteLine($"Lantern chronology benchmark: {provider}, {entries:N0} entries, {requests} requests per page one at a time, {Environment.ProcessorCount} cores");
        var health = await TimeAsync(client, "/health", null, requests);
        var rows = new List<(string Name, Times Times)>
        {
            ("GET /health (baseline)", health),
            ("GET chronology table, first page", await TimeAsync(client, root, cookies, requests)),
            ("GET chronology table, page 60, newest first", await TimeAsync(client, root + "?order=newest&page=60", cookies, requests)),
            ("GET chronology table, filtered by words and period", await TimeAsync(client, root + "?text=practitioners&From.Day=1&From.Month=1&From.Year=2022&To.Day=31&To.Month=12&To.Year=2022", cookies, requests)),
            ("GET likely duplicates (detection over every entry)", await TimeAsync(client, root + "/duplicates", cookies, requests)),
            ("GET timeline picture (every entry drawn)", await TimeAsync(client, root + "/timeline", cookies, requests)),
            ("GET meeting continuity", await TimeAsync(client, root + "/meetings", cookies, requests)),
        };
        Console.WriteLine();
        Console.WriteLine("| Page | Median ms | 95th percentile ms | Median ratio to /health |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, times) in rows)
        {
            Console.WriteLine($"| {name} | {times.Median:F1} | {times.P95:F1} | {times.Median / health.Median:F1} |");
        }

        return 0;
    }

    internal sealed record Times(double Median, double P95);

    internal static async Task<Times> TimeAsync(HttpClient client, string path, string? cookies, int requests)
    {
        for (var i = 0; i < 5; i++)
        {
            await SendAsync(client, path, cookies);
        }

        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            await SendAsync(client, path, cookies);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new Times(times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
    }

    private static async Task SendAsync(HttpClient client, string path, string? cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }

        using var response = await client.SendAsync(request);
        await response.Content.CopyToAsync(Stream.Null);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}; the benchmark measures only successful pages.");
        }
    }
}
