using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>
/// One test's walk through Lantern. Each person in it gets their own browser context (<see cref="OpenAsync"/>);
/// every page they reach is scanned with axe and saved as a numbered full-page screenshot, and any browser
/// console error (a Content-Security-Policy violation, a script error, a failed load) fails the test.
/// </summary>
public sealed partial class Journey(IBrowser browser, Uri baseAddress, string test) : IAsyncDisposable
{
    private readonly List<LanternPage> pages = [];
    private int step;

    public string Test { get; } = test;

    public Uri BaseAddress { get; } = baseAddress;

    /// <summary>Starts the journey of the calling test method, named after it.</summary>
    public static Journey Start(BrowserFixture browser, Uri baseAddress, [CallerMemberName] string test = "") =>
        new(browser.Browser, baseAddress, test);

    /// <summary>LANTERN_SCREENSHOTS when set, else screenshots/ beside the test assembly (under bin/, not committed).</summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("LANTERN_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>A new browser window with no cookies, for <paramref name="who"/> (used in screenshot names).</summary>
    public async Task<LanternPage> OpenAsync(string who)
    {
        if (pages.Count == 0)
        {
            Directory.CreateDirectory(ScreenshotFolder);
            foreach (var old in Directory.EnumerateFiles(ScreenshotFolder, $"{Test}-*.png"))
            {
                File.Delete(old);
            }
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
        });
        context.SetDefaultTimeout(15_000);
        var page = new LanternPage(this, context, await context.NewPageAsync(), who);
        pages.Add(page);
        return page;
    }

    internal string NextScreenshotPath(string who, string name) =>
        Path.Combine(ScreenshotFolder, $"{Test}-{Interlocked.Increment(ref step).ToString("00", CultureInfo.InvariantCulture)}-{Slug(who)}-{Slug(name)}.png");

    private static string Slug(string text) => NotSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    public async ValueTask DisposeAsync()
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }
}

/// <summary>A person's browser window on Lantern, and what it has met so far.</summary>
public sealed partial class LanternPage
{
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(15);
    private readonly Journey journey;
    private readonly string who;
    private readonly ConcurrentQueue<string> consoleErrors = new();
    private readonly ConcurrentDictionary<string, int> refusedDocuments = new();
    private int lastDocumentStatus;

    internal LanternPage(Journey journey, IBrowserContext context, IPage page, string who)
    {
        this.journey = journey;
        this.who = who;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsExpectedRefusal(message))
            {
                consoleErrors.Enqueue($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => consoleErrors.Enqueue($"Uncaught: {error}");
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                Volatile.Write(ref lastDocumentStatus, response.Status);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The path of the page shown, such as /reviews (without any query).</summary>
    public string Path => new Uri(Page.Url).AbsolutePath;

    public ILocator Heading => Page.Locator("h1");

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    public ILocator ErrorSummary => Page.Locator(".govuk-error-summary");

    /// <summary>The entries of the error summary, as a person reads them.</summary>
    public async Task<IReadOnlyList<string>> ErrorsAsync() =>
        (await Page.Locator(".govuk-error-summary__list li").AllInnerTextsAsync()).Select(e => e.Trim()).ToList();

    /// <summary>Opens <paramref name="path"/> as if typed into the address bar, then checks the page.</summary>
    public async Task GotoAsync(string path, string step, int expectedStatus = 200)
    {
        if (expectedStatus >= 400)
        {
            refusedDocuments[new Uri(journey.BaseAddress, path).AbsolutePath] = expectedStatus;
        }

        var response = await Page.GotoAsync(path);
        Assert.True(response is not null, $"Opening {path} gave no response.");
        Assert.True(expectedStatus == response.Status, $"Opening {path} answered {response.Status}, expected {expectedStatus}.");
        await CheckAsync(step);
    }

    /// <summary>Clicks something that loads a new page (a link, a form's button), waits for that page to
    /// finish loading, then checks it.</summary>
    public async Task ClickAsync(ILocator target, string step, int expectedStatus = 200)
    {
        // A form refused on purpose (a 409 conflict page) is posted back to the page it is on: Chromium logs the status.
        if (expectedStatus >= 400)
        {
            refusedDocuments[Path] = expectedStatus;
        }

        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage page) => loaded.TrySetResult();
        Page.Load += OnLoad;
        try
        {
            Volatile.Write(ref lastDocumentStatus, 0);
            await target.ClickAsync();
            try
            {
                await loaded.Task.WaitAsync(LoadTimeout);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"Clicking {target} on {Path} did not load a page within {LoadTimeout.TotalSeconds} s.");
            }
        }
        finally
        {
            Page.Load -= OnLoad;
        }

        var status = Volatile.Read(ref lastDocumentStatus);
        Assert.True(expectedStatus == status, $"After clicking {target} the page {Path} answered {status}, expected {expectedStatus}.");
        await CheckAsync(step);
    }

    /// <summary>What every page must pass: no console errors so far, no axe violations; and a screenshot.</summary>
    public async Task CheckAsync(string step)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = journey.NextScreenshotPath(who, step), FullPage = true });
        AssertNoConsoleErrors();
        await AssertFormsHaveTokensAsync();
        await Page.AssertAccessibleAsync();
    }

    /// <summary>A form posted without its antiforgery token is refused with 400: every post form must carry exactly one.</summary>
    public async Task AssertFormsHaveTokensAsync()
    {
        var wrong = await Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('form')]
                .filter(f => f.method === 'post' && f.querySelectorAll('input[name="__RequestVerificationToken"]').length !== 1)
                .map(f => f.getAttribute('action') ?? '(this page)')
            """);
        Assert.True(wrong.Length == 0, $"Forms on {Path} that post without exactly one antiforgery token: {string.Join(", ", wrong)}");
    }

    public void AssertNoConsoleErrors() =>
        Assert.True(consoleErrors.IsEmpty, $"The browser reported errors on {Path}:{Environment.NewLine}{string.Join(Environment.NewLine, consoleErrors)}");

    /// <summary>Chromium logs a refused page's status (403, 404) as a failed resource load: expected there only.</summary>
    private bool IsExpectedRefusal(IConsoleMessage message)
    {
        const string prefix = "Failed to load resource: the server responded with a status of ";
        if (!message.Text.StartsWith(prefix, StringComparison.Ordinal) || message.Location is not { Length: > 0 } location)
        {
            return false;
        }

        var address = LineAndColumn().Replace(location, string.Empty);
        return Uri.TryCreate(address, UriKind.Absolute, out var url) && refusedDocuments.TryGetValue(url.AbsolutePath, out var status) &&
               message.Text.AsSpan(prefix.Length).StartsWith(status.ToString(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@":\d+:\d+$")]
    private static partial Regex LineAndColumn();
}
