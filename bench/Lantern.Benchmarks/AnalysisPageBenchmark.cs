using System.Globalization;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Benchmarks;

/// <summary>
/// The analysis pages for a review with 60 episodes, 20 findings and 200 conversations (issue 5: each page in at
/// most 200 ms of server time), measured like <see cref="ChronologyPageBenchmark"/>: one request at a time against
/// /health in the same run. The review also has 2,000 chronology entries, three of them linked to each episode.
/// </summary>
public static class AnalysisPageBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var r) ? r : 60;
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
        Guid episode, finding, conversation, section, meeting;
        await using (var db = factory.CreateDbContext())
        {
            episode = await db.Episodes.Where(e => e.ReviewId == reviewId && e.Number == 30).Select(e => e.Id).SingleAsync();
            finding = await db.Findings.Where(f => f.ReviewId == reviewId && f.Number == 10).Select(f => f.Id).SingleAsync();
            conversation = await db.Conversations.Where(c => c.ReviewId == reviewId && c.Number == 100).Select(c => c.Id).SingleAsync();
            section = await db.NarrativeSections.Where(s => s.ReviewId == reviewId && s.Number == 6).Select(s => s.Id).SingleAsync();
            meeting = await db.Meetings.Where(m => m.ReviewId == reviewId).OrderBy(m => m.HeldOn).Skip(10).Select(m => m.Id).FirstAsync();
        }

        var cookies = await HttpBenchmark.SessionCookiesAsync(factory, lead);
        using var handler = new SocketsHttpHandler { UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var root = $"/reviews/{reviewId}/analysis";
        Console.WriteLine($"Lantern analysis benchmark: {provider}, 60 episodes, 20 findings, 200 conversations, 12 narrative sections, 24 meetings, {requests} requests per page one at a time, {Environment.ProcessorCount} cores");
        var health = await ChronologyPageBenchmark.TimeAsync(client, "/health", null, requests);
        var pages = new (string Name, string Path)[]
        {
            ("Analysis section", root),
            ("Key practice episodes (60)", root + "/episodes"),
            ("One episode", $"{root}/episodes/{episode}"),
            ("Change an episode", $"{root}/episodes/{episode}/change"),
            ("Link evidence (search over 2,000 entries)", $"{root}/episodes/{episode}/evidence?q=visit"),
            ("Findings (20)", root + "/findings"),
            ("One finding", $"{root}/findings/{finding}"),
            ("Change a finding", $"{root}/findings/{finding}/change"),
            ("Traceability", root + "/traceability"),
            ("Conversations (200)", root + "/conversations"),
            ("One conversation's notes", $"{root}/conversations/{conversation}"),
            ("Shared with the case group", root + "/shared"),
            ("Practitioners' narrative (12 sections)", root + "/narrative"),
            ("One narrative section (4 accounts, 8 sources)", $"{root}/narrative/{section}"),
            ("Meetings (24, and what is shared)", root + "/meetings"),
            ("One meeting", $"{root}/meetings/{meeting}"),
            ("Guarding against hindsight", root + "/hindsight"),
            ("Working papers (Word)", root + "/working-papers.docx"),
        };
        Console.WriteLine();
        Console.WriteLine("| Page | Median ms | 95th percentile ms | Median ratio to /health |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| GET /health (baseline) | {health.Median:F1} | {health.P95:F1} | 1.0 |");
        foreach (var (name, path) in pages)
        {
            var times = await ChronologyPageBenchmark.TimeAsync(client, path, cookies, requests);
            Console.WriteLine($"| {name} | {times.Median:F1} | {times.P95:F1} | {times.Median / health.Median:F1} |");
        }

        return 0;
    }
}
