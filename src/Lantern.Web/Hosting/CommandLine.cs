namespace Lantern.Web.Hosting;

/// <summary>
/// What Lantern was asked to do on its command line: serve (the default, optionally with --demo),
/// "audit verify", which checks the audit trail's hash chain and exits 0 when intact, 1 when broken and
/// 2 when the database or the audit key cannot be read, or "check-disclosure" (<see cref="CheckDisclosureCommand"/>),
/// which needs neither the web host nor the database; <see cref="CheckDisclosure"/> holds its arguments.
/// </summary>
public sealed record CommandLine(string[] HostArgs, bool Demo, bool VerifyAudit, string[]? CheckDisclosure = null)
{
    private const string NoDatabase = "There is no Lantern database here yet. Start Lantern once to create it.";

    public static CommandLine Parse(string[] args)
    {
        if (args.Length >= 1 && args[0] == CheckDisclosureCommand.Verb)
        {
            return new CommandLine([], false, false, args[1..]);
        }

        var verify = args.Length >= 2 && args[0] == "audit" && args[1] == "verify";
        var rest = verify ? args[2..] : args;
        var demo = rest.Contains("--demo", StringComparer.Ordinal);
        return new CommandLine(rest.Where(a => a != "--demo").ToArray(), demo, verify);
    }

    /// <summary>Before serving: reads the audit key, or makes one for a database that holds nothing yet. A missing key
    /// for a database that already has a trail stops Lantern here, said plainly and without a stack trace: the
    /// person starting it has a file to restore, not a bug to report.</summary>
    public static async Task<bool> AuditKeyReadyAsync(IServiceProvider services, TextWriter error)
    {
        try
        {
            services.GetRequiredService<Core.Audit.AuditKey>();
            return true;
        }
        catch (AuditKeyMissingException missing)
        {
            await error.WriteLineAsync(missing.Message);
            return false;
        }
    }

    public static async Task<int> VerifyAuditAsync(IServiceProvider services, TextWriter output)
    {
        try
        {
            // Checked before anything asks for the key, so that checking never makes a new one.
            if (services.GetService<AuditKeyFile>() is { Exists: false } keyFile)
            {
                await output.WriteLineAsync(keyFile.Probe() switch
                {
                    DatabaseContents.None => NoDatabase,
                    DatabaseContents.Empty => $"The audit key file {keyFile.FilePath} is missing. The database holds nothing yet, so start Lantern once and it will make one.",
                    _ => new AuditKeyMissingException(keyFile.FilePath).Message,
                });
                return 2;
            }

            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            if ((await db.Database.GetAppliedMigrationsAsync()).FirstOrDefault() is null)
            {
                await output.WriteLineAsync(NoDatabase);
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
