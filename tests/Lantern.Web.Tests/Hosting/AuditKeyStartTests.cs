using System.Diagnostics;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Lantern.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Hosting;

/// <summary>The audit key is made once, for a database with nothing in it, and never again behind anyone's back.</summary>
public sealed class AuditKeyStartTests
{
    [Fact]
    public async Task Start_NewDatabaseWithNoKey_MakesAPrivateKeyAndAnchorsTheFirstEvents()
    {
        await using var factory = new LanternFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), withTestAuditKey: false);

        factory.StartServer();

        Assert.True(File.Exists(factory.AuditKeyPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(factory.AuditKeyPath));
        }

        Assert.NotNull(factory.Console.LinkContaining("/setup/"));
        factory.Services.GetRequiredService<AuditAnchorFile>().Flush();
        var anchor = Core.Audit.AuditAnchor.Parse(await File.ReadAllTextAsync(factory.AuditAnchorPath));
        Assert.NotNull(anchor);
        Assert.True(anchor.Sequence >= 1);
    }

    [Fact]
    public async Task Start_KeyMissingButTheDatabaseHoldsEvents_ExitsWithAMessageNamingTheFileAndMakesNoKey()
    {
        // The real program, as someone who lost data/keys would start it, on a database that has a trail.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, _) = Seed.Partnership(db);
            Seed.User(db, partnership, agency, Core.Organisation.PartnershipRoles.Administrator);
            db.Audit(Seed.Event(Core.Audit.AuditActions.SetupCompleted));
            await db.SaveChangesAsync();
        }

        var data = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lantern-tests", $"data-{Guid.NewGuid():N}")).FullName;
        var keyPath = Path.Combine(data, "keys", AuditKeyFile.FileName);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "Lantern.Web.dll"), $"--Lantern:DataDirectory={data}",
                     $"--Database:ConnectionString={database.ConnectionString}", "--Urls=http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(argument);
        }

        using var lantern = Process.Start(start)!;
        var error = lantern.StandardError.ReadToEndAsync();
        var output = lantern.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await lantern.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            lantern.Kill(entireProcessTree: true);
            Assert.Fail("Lantern started without its audit key: " + await output);
        }

        Assert.Equal(2, lantern.ExitCode);
        var message = (await error).Trim();
        Assert.StartsWith($"The audit key file {keyPath} is missing, but the database already holds audit events or accounts, so its trail was sealed with that key", message, StringComparison.Ordinal);
        Assert.Contains("Restore the file from your backup", message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
        Assert.False(File.Exists(keyPath));
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task VerifyCommand_KeyMissingAndTheDatabaseHoldsEvents_ExitsTwoNamingTheFileAndMakesNoKey()
    {
        await using var factory = new LanternFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        factory.StartServer();
        File.Delete(factory.AuditKeyPath);
        var output = new StringWriter();

        var code = await CommandLine.VerifyAuditAsync(factory.Services, output);

        Assert.Equal(2, code);
        Assert.Contains($"The audit key file {factory.AuditKeyPath} is missing", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Restore the file from your backup", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(factory.AuditKeyPath));
    }
}
