using Lantern.Web.Pages.Setup;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Hosting;

/// <summary>Receives the one-time links printed at start. The console by default; tests capture them.</summary>
public interface IStartupConsole
{
    void WriteLine(string line);
}

public sealed class StandardOutputConsole : IStartupConsole
{
    public void WriteLine(string line) => Console.Out.WriteLine(line);
}

/// <summary>
/// Runs before Lantern takes requests: brings the database up to date, loads the training partnership when
/// asked, and while there is no administrator prints a one-time setup link. Links go to the console, not
/// the log, so they never end up in log files.
/// </summary>
public sealed class StartupTasks(
    IServiceScopeFactory scopes,
    IOptions<LanternOptions> options,
    IStartupConsole console,
    IHostEnvironment environment,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.RequiresHttps && !environment.IsDevelopment())
        {
            // Cookies are then Secure only on requests that arrive over HTTPS. The line names no address.
            logger.LogWarning("Lantern:PublicUrl is not an https address, so session cookies are not always marked Secure. Serve Lantern over HTTPS and give its https address in Lantern:PublicUrl");
        }

        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);

        var publicUrl = options.Value.PublicUrl.TrimEnd('/');
        if (options.Value.Demo)
        {
            var demo = services.GetRequiredService<DemoData>();
            var invitations = await demo.LoadAsync(cancellationToken);
            if (invitations.Count > 0)
            {
                console.WriteLine("");
                console.WriteLine("Lantern training data: Northmoor Safeguarding Children Partnership (fictional).");
                console.WriteLine("Each link below lets you set a password and authenticator for one training account. Links work once and expire in 7 days.");
                foreach (var (name, role, token) in invitations)
                {
                    console.WriteLine($"  {name} ({role}): {publicUrl}/account/invitation/{token}");
                }

                console.WriteLine("");
            }
        }

        var setup = services.GetRequiredService<SetupService>();
        if (!await setup.AdministratorExistsAsync(cancellationToken))
        {
            var token = await setup.IssueSetupLinkAsync(cancellationToken);
            console.WriteLine("");
            console.WriteLine("Lantern has no administrator yet. Open this link to create one (it works once and expires in 24 hours):");
            console.WriteLine($"  {publicUrl}/setup/{token}");
            console.WriteLine("");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
