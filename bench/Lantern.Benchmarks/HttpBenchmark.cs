using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lantern.Benchmarks;

/// <summary>
/// Lantern on Kestrel with a real port, loaded by concurrent clients in the same process. Every figure is
/// reported beside /health, measured in the same run, so the ratio says what a signed-in, access-checked,
/// audited page costs compared with the cheapest request the server can answer.
/// </summary>
public static class HttpBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var s) ? s : 5;
        var clients = args.Length > 2 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var c) ? c : 16;
        var provider = args.Length > 3 && Enum.TryParse<DatabaseProvider>(args[3], true, out var p) ? p : DatabaseProvider.Sqlite;

        var port = FreePort();
        var database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?>
        {
            ["Lantern:PublicUrl"] = $"http://127.0.0.1:{port}",

            // As in production: pooled connections (the test helper turns SQLite pooling off to delete files).
            ["Database:ConnectionString"] = database.ConnectionString.Replace("Pooling=False", "Pooling=True", StringComparison.OrdinalIgnoreCase),
        };
        await using var factory = new LanternFactory(database, settings);
        factory.UseKestrel(port);
        factory.KestrelAddress = new Uri($"http://127.0.0.1:{port}");
        factory.StartServer();
        var (partnership, agency, type) = await factory.PartnershipAsync("Benchmarkshire Partnership");
        var businessUnit = await factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "Ben Mark");
        var lead = await factory.PersonAsync(partnership, agency, PartnershipRoles.None, "Lea Reviewer");
        Guid reviewId = Guid.Empty;
        for (var i = 0; i < 50; i++)
        {
            reviewId = await factory.ReviewAsync(partnership, type, businessUnit.Id, $"Child {i}");
            await factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, businessUnit.Id);
        }

        var cookies = await SessionCookiesAsync(factory, lead);
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        Console.WriteLine($"Lantern HTTP benchmark: {provider}, {clients} clients, {seconds} s per endpoint, {Environment.ProcessorCount} cores");
        var health = await LoadAsync(baseAddress, "/health", null, clients, seconds);
        var rows = new List<(string Name, double Rate)>
        {
            ("GET /health (baseline)", health),
            ("GET /account/sign-in (anonymous page)", await LoadAsync(baseAddress, "/account/sign-in", null, clients, seconds)),
            ("GET /lib/lantern.css (static file)", await LoadAsync(baseAddress, "/lib/lantern.css", null, clients, seconds)),
            ("GET /account (signed in, not audited)", await LoadAsync(baseAddress, "/account", cookies, clients, seconds)),
            ("GET /reviews (signed in, 50 reviews, audited)", await LoadAsync(baseAddress, "/reviews", cookies, clients, seconds)),
            ("GET /reviews/{id} (access check, audited view)", await LoadAsync(baseAddress, $"/reviews/{reviewId}", cookies, clients, seconds)),
        };
        Console.WriteLine();
        Console.WriteLine("| Endpoint | Requests/s | Ratio to /health |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, rate) in rows)
        {
            Console.WriteLine($"| {name} | {rate:F0} | {rate / health:F3} |");
        }

        return 0;
    }

    internal static async Task<string> SessionCookiesAsync(LanternFactory factory, Person person)
    {
        var browser = await factory.SignInAsync(person);
        var probe = await browser.Client.GetAsync("/reviews");
        if (probe.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException("The benchmark session was not accepted.");
        }

        // The sign-in client keeps its cookies in a container; the load clients send them as a header.
        var handlerField = typeof(HttpMessageInvoker).GetField("_handler", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
        var handler = (SocketsHttpHandler)handlerField!.GetValue(browser.Client)!;
        return handler.CookieContainer.GetCookieHeader(browser.Client.BaseAddress!);
    }

    private static async Task<double> LoadAsync(Uri baseAddress, string path, string? cookies, int clients, int seconds)
    {
        using var handler = new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        for (var i = 0; i < 20; i++)
        {
            await SendAsync(client, path, cookies);
        }

        var stop = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        var counts = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var n = 0;
            while (stop.Elapsed < deadline)
            {
                await SendAsync(client, path, cookies);
                n++;
            }

            return n;
        }));
        return counts.Sum() / stop.Elapsed.TotalSeconds;
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

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
