using System.Diagnostics;
using System.Globalization;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Lantern.Web.Pages.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Benchmarks;

/// <summary>
/// The report pages for a review with 60 agreed episodes and 20 agreed findings with issues for the Board, a people
/// register of 80 (the chronology seed brings 40 of its own) and a first version drafted from them (issue 17: each report page in at most 200 ms of server
/// time), measured like <see cref="AnalysisPageBenchmark"/>: one request at a time, against /health in the same run.
/// Also the chronology downloads, which now run the disclosure-risk check over every cell (2,000 entries).
/// </summary>
public static class ReportPageBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var r) ? r : 40;
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
        var businessUnit = await factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "Ben Mark");
        var lead = await factory.PersonAsync(partnership, agency, PartnershipRoles.None, "Lea Reviewer");
        var team = await factory.PersonAsync(partnership, agency, PartnershipRoles.None, "Tam Team");
        var reviewId = await factory.ReviewAsync(partnership, type, businessUnit.Id, "Child B");
        await factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, businessUnit.Id);
        await factory.GiveRoleAsync(reviewId, team, ReviewRole.ReviewTeamMember, businessUnit.Id);
        await factory.ManyEntriesAsync(partnership, reviewId, businessUnit.Id, 2_000);
        await factory.ManyAnalysisAsync(reviewId, agency, businessUnit.Id, [lead.Id, team.Id]);
        await RegisterFamilyAsync(factory, reviewId);
        await using (var db = factory.CreateDbContext())
        {
            // Every episode and finding agreed, as they would be by the time the report is written.
            await db.Episodes.Where(e => e.ReviewId == reviewId && e.Status == EpisodeStatus.Proposed)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EpisodeStatus.AgreedByReviewTeam));
            await db.Findings.Where(f => f.ReviewId == reviewId && f.Status == EpisodeStatus.Proposed)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, EpisodeStatus.AgreedByReviewTeam));
        }

        int people;
        using (var scope = factory.Services.CreateScope())
        {
            var reports = scope.ServiceProvider.GetRequiredService<ReportService>();
            var (started, number) = await reports.StartVersionAsync(new ReportScope(reviewId, partnership, new AuditActor(lead.Id, agency, partnership, null)));
            if (!started.Succeeded || number != 1)
            {
                throw new InvalidOperationException("The benchmark could not start the first version of the report.");
            }

            people = await scope.ServiceProvider.GetRequiredService<LanternDbContext>().People.CountAsync(x => x.ReviewId == reviewId);
        }

        var cookies = await HttpBenchmark.SessionCookiesAsync(factory, lead);
        using var handler = new SocketsHttpHandler { UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var root = $"/reviews/{reviewId}/report/1";
        Console.WriteLine($"Lantern report benchmark: {provider}, 60 agreed episodes, 20 agreed findings, {people} people on the register, {requests} requests per page one at a time, {Environment.ProcessorCount} cores");
        var health = await ChronologyPageBenchmark.TimeAsync(client, "/health", null, requests);
        var pages = new (string Name, string Path)[]
        {
            ("Report version 1", root),
            ("Findings section", root + "/sections/findings"),
            ("Edition for publication (pseudonymised and checked)", root + "/editions/published"),
            ("Restricted edition", root + "/editions/restricted"),
            ("Restricted edition as DOCX", root + "/editions/restricted?handler=Download&format=docx"),
            ("Edition for publication as DOCX (refused until ready: checked again)", root + "/editions/published?handler=Download&format=docx"),
            ("Chronology CSV (2,000 entries, checked)", $"/reviews/{reviewId}/information/chronology/export.csv"),
            ("Chronology Word (2,000 entries, checked)", $"/reviews/{reviewId}/information/chronology/export.docx"),
        };
        Console.WriteLine();
        Console.WriteLine("| Page | Answer | Median ms | 95th percentile ms | Median ratio to /health |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        Console.WriteLine($"| GET /health (baseline) | 200 | {health.Median:F1} | {health.P95:F1} | 1.0 |");
        foreach (var (name, path) in pages)
        {
            var (status, median, p95) = await TimeAsync(client, path, cookies, requests);
            Console.WriteLine($"| {name} | {status} | {median:F1} | {p95:F1} | {median / health.Median:F1} |");
        }

        return 0;
    }

    /// <summary>About twenty family members and others beside the twenty practitioners the analysis seed registers.</summary>
    private static async Task RegisterFamilyAsync(LanternFactory factory, Guid reviewId)
    {
        string[] first = ["Tamsin", "Orla", "Kieran", "Bethan", "Declan", "Saoirse", "Lowri", "Callum", "Imogen", "Rhys"];
        string[] last = ["Pennock", "Vartan", "Quigley", "Esterby", "Maddox"];
        for (var i = 0; i < 20; i++)
        {
            await factory.RegisterPersonAsync(reviewId, $"{first[i % first.Length]} {last[i % last.Length]}", $"Relative {i + 1}", PersonCategory.FamilyOrHousehold,
                "Relative", aliases: i % 3 == 0 ? [first[i % first.Length][..3]] : [], dateOfBirth: new DateOnly(1980 + i, 1 + (i % 12), 1 + i));
        }
    }

    /// <summary>Like <see cref="ChronologyPageBenchmark.TimeAsync"/>, but a refusal (409) is a full answer too: the
    /// check has run. The status of the first answer is reported.</summary>
    private static async Task<(int Status, double Median, double P95)> TimeAsync(HttpClient client, string path, string cookies, int requests)
    {
        var status = 0;
        for (var i = 0; i < 3; i++)
        {
            status = await SendAsync(client, path, cookies);
        }

        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            await SendAsync(client, path, cookies);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (status, times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
    }

    private static async Task<int> SendAsync(HttpClient client, string path, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(request);
        await response.Content.CopyToAsync(Stream.Null);
        var status = (int)response.StatusCode;
        return status is 200 or 409 ? status : throw new InvalidOperationException($"{path} answered {status}.");
    }
}
