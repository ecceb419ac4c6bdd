using System.Collections.Concurrent;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Lantern.Web.Tests.Security;

/// <summary>Cookies are always Secure only when Lantern is published at an https address: start-up says so when it is not.</summary>
public sealed class StartupWarningTests
{
    private const string Warning = "Lantern:PublicUrl is not an https address";

    [Theory]
    [InlineData("http://lantern.testshire.example", "Production", true)]
    [InlineData("http://lantern.testshire.example", "Staging", true)]
    [InlineData("https://lantern.testshire.example", "Production", false)]
    [InlineData("http://localhost:5080", "Development", false)]
    public async Task Start_PublicUrl_WarnsWhenNotHttpsOutsideDevelopment(string publicUrl, string environment, bool warns)
    {
        var log = new CapturedLog();
        await using var factory = new LoggingFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), publicUrl, environment, log);

        factory.StartServer();

        var warnings = log.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains(Warning, StringComparison.Ordinal)).ToList();
        Assert.Equal(warns ? 1 : 0, warnings.Count);
        Assert.All(warnings, w => Assert.DoesNotContain("testshire", w.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "http://0.0.0.0:6123", "http://localhost:6123")]
    [InlineData(null, "http://[::]:6123;https://*:6124", "http://localhost:6123")]
    [InlineData(null, "http://127.0.0.1:6125/", "http://127.0.0.1:6125")]
    [InlineData(null, null, "http://localhost:5080")]
    [InlineData("https://lantern.testshire.example/", "http://0.0.0.0:6123", "https://lantern.testshire.example")]
    public void PublicUrlFor_NotConfigured_IsTheFirstAddressListenedOn(string? configured, string? listening, string expected) =>
        Assert.Equal(expected, Lantern.Web.Hosting.LanternOptions.PublicUrlFor(configured, listening));

    [Fact]
    public async Task Start_NoPublicUrl_PrintsTheSetupLinkAtTheAddressListenedOn()
    {
        var log = new CapturedLog();
        await using var factory = new LoggingFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), null, "Production", log,
            new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:6123" });

        factory.StartServer();

        Assert.StartsWith("http://localhost:6123/setup/", factory.Console.LinkContaining("/setup/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_LogSettingsAtInformationOutsideDevelopment_LogNoDatabaseCommands()
    {
        // As if appsettings.json were not found: everything at Information, Entity Framework included.
        var log = new CapturedLog();
        await using var factory = new LoggingFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), "https://lantern.testshire.example", "Production", log,
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information", ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information" });
        factory.StartServer();
        var (partnershipId, agencyId, _) = await factory.PartnershipAsync();
        var person = await factory.PersonAsync(partnershipId, agencyId, Lantern.Core.Organisation.PartnershipRoles.BusinessUnit, "Logan Quiet");

        var browser = await factory.SignInAsync(person);
        await browser.GetAsync("/reviews");
        await factory.Anonymous().GetAsync("/health");

        Assert.Contains(log.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && e.Level == LogLevel.Information);
        var commands = log.Entries.Where(e => e.Level >= LogLevel.Information && e.Category.StartsWith("Microsoft.EntityFrameworkCore.Database", StringComparison.Ordinal)).ToList();
        Assert.True(commands.Count == 0, "Logged at Information or above: " + string.Join(" | ", commands.Take(3).Select(c => c.Message)));
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Information && e.Message.Contains("SELECT", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(log.Entries, e => e.Message.Contains("Logan Quiet", StringComparison.Ordinal) || e.Message.Contains(person.Email, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class LoggingFactory(TestDatabase database, string? publicUrl, string environment, CapturedLog log, IDictionary<string, string?>? more = null)
        : LanternFactory(database, new Dictionary<string, string?>(more ?? new Dictionary<string, string?>()) { ["Lantern:PublicUrl"] = publicUrl })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        }
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
