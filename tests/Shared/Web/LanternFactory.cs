using System.Collections.Concurrent;
using Lantern.Data;
using Lantern.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lantern.Testing.Web;

/// <summary>Captures what Lantern prints at start (setup and invitation links).</summary>
public sealed class CapturedConsole : IStartupConsole
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public void WriteLine(string line) => Lines.Enqueue(line);

    public string? LinkContaining(string path) =>
        Lines.Select(l => l.Trim()).LastOrDefault(l => l.Contains(path, StringComparison.Ordinal))?.Split(' ').Last();
}

/// <summary>The test host has no network, so requests get an address from the documentation range
/// (192.0.2.0/24), as a real client's would be recorded.</summary>
public sealed class ClientAddressFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public static readonly System.Net.IPAddress Address = System.Net.IPAddress.Parse("192.0.2.44");

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(async (Microsoft.AspNetCore.Http.HttpContext context, Func<Task> following) =>
        {
            context.Connection.RemoteIpAddress ??= Address;
            await following();
        });
        next(app);
    };
}

/// <summary>
/// Lantern in a test host, on its own SQLite database (or PostgreSQL when asked), with a clock the test can
/// move, start-up output captured, and mail written to a folder the test can read.
/// </summary>
public class LanternFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase database;
    private readonly Dictionary<string, string?> settings;
    private readonly bool ownsDatabase;

    /// <param name="ownsDatabase">False to keep the database when this Lantern stops, to start another on it.</param>
    /// <param name="withTestAuditKey">Puts <see cref="TestDatabase.TestKey"/> in the keys folder, as a restored backup
    /// would: Lantern refuses to start without its key on a database that already holds records, and seeds made
    /// with <see cref="TestDatabase.CreateContext"/> are sealed with it. False to start with no key at all.</param>
    public LanternFactory(TestDatabase database, IDictionary<string, string?>? settings = null, bool ownsDatabase = true, bool withTestAuditKey = true)
    {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        DataDirectory = Path.Combine(Path.GetTempPath(), "lantern-tests", $"data-{Guid.NewGuid():N}");
        if (withTestAuditKey)
        {
            var keys = Directory.CreateDirectory(Path.Combine(DataDirectory, "keys"));
            File.WriteAllText(Path.Combine(keys.FullName, AuditKeyFile.FileName), Convert.ToBase64String(TestDatabase.TestKey.Value));
        }

        this.settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Lantern:DataDirectory"] = DataDirectory,
            ["Lantern:PublicUrl"] = "https://localhost",
            ["Lantern:SignInAttemptsPerMinute"] = "10000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }

        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public FakeClock Clock { get; } = new();

    public CapturedConsole Console { get; } = new();

    public string DataDirectory { get; }

    public TestDatabase Database => database;

    public string MailFolder => Path.Combine(DataDirectory, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(WebProjectFolder());
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IStartupConsole>();
            services.AddSingleton<IStartupConsole>(Console);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddressFilter>();
        });
    }

    /// <summary>A context on this Lantern's database that seals audit events with this Lantern's own key and moves
    /// its anchor on, as Lantern's own contexts do.</summary>
    public LanternDbContext CreateDbContext() =>
        database.CreateContext(Services.GetRequiredService<Lantern.Core.Audit.AuditKey>(), Services.GetRequiredService<AuditAnchorFile>());

    public string AuditKeyPath => Path.Combine(DataDirectory, "keys", AuditKeyFile.FileName);

    public string AuditAnchorPath => Path.Combine(DataDirectory, "keys", AuditAnchorFile.FileName);

    /// <summary>Set when Lantern is served on a real port (UseKestrel): clients then talk to it over sockets.</summary>
    public Uri? KestrelAddress { get; set; }

    /// <summary>A client that keeps cookies and follows no redirects, as the tests' Browserless expects.</summary>
    public HttpClient CreateBrowserClient() => KestrelAddress is { } address
        ? new HttpClient(new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = address }
        : CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress, HandleCookies = true });

    /// <summary>src/Lantern.Web in this checkout, found from wherever the tests or benchmarks run.</summary>
    public static string WebProjectFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Lantern.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Lantern.slnx was not found above " + AppContext.BaseDirectory), "src", "Lantern.Web");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temporary folder's own clean-up.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
