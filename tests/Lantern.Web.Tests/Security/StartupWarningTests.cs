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

    private sealed class LoggingFactory(TestDatabase database, string publicUrl, string environment, CapturedLog log)
        : LanternFactory(database, new Dictionary<string, string?> { ["Lantern:PublicUrl"] = publicUrl })
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
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLog log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
