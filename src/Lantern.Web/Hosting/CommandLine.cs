using Lantern.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Hosting;

/// <summary>
/// What Lantern was asked to do on its command line: serve (the default, optionally with --demo), or
/// "audit verify", which checks the audit trail's hash chain and exits 0 when intact, 1 when broken and
/// 2 when the database cannot be read.
/// </summary>
public sealed record CommandLine(string[] HostArgs, bool Demo, bool VerifyAudit)
{
    public static CommandLine Parse(string[] args)
    {
        var verify = args.Length >= 2 && args[0] == "audit" && args[1] == "verify";
        var rest = verify ? args[2..] : args;
        var demo = rest.Contains("--demo", StringComparer.Ordinal);
        return new CommandLine(rest.Where(a => a != "--demo").ToArray(), demo, verify);
    }

    public static async Task<int> VerifyAuditAsync(IServiceProvider services, TextWriter output)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        try
        {
            if ((await db.Database.GetAppliedMigrationsAsync()).FirstOrDefault() is null)
            {
                await output.WriteLineAsync("There is no Lantern database here yet. Start Lantern once to create it.");
                return 2;
            }

            var result = await AuditTrail.VerifyAsync(db);
            await output.WriteLineAsync(result.Message);
            if (!result.IsIntact && result.FirstBrokenEventId is { } id)
            {
                await output.WriteLineAsync($"First broken event: number {result.FirstBrokenSequence}, id {id}.");
            }

            return result.IsIntact ? 0 : 1;
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            await output.WriteLineAsync($"The audit trail could not be read: {e.Message}");
            return 2;
        }
    }
}
