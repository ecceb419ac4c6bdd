using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Lantern.Core.Reports;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.ReportFiles;

/// <summary>
/// Prints an edition's web page (<see cref="ReportHtml"/>) to PDF with headless Chromium, so the PDF looks like the
/// page and carries the same text. Each report is printed from its own temporary folder, with its own Chromium
/// profile there, and the folder is deleted afterwards. Chromium is stopped if it takes longer than allowed; when it
/// is missing or fails the answer is <see cref="PdfUnavailable"/>, never an exception. A few reports are printed at
/// once at most, the rest wait their turn.
/// </summary>
public sealed class ReportPdf
{
    /// <summary>Looked for on the PATH when the configured program is not there.</summary>
    private static readonly string[] PathNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private readonly ReportFileOptions options;
    private readonly string? pathVariable;
    private readonly ILogger<ReportPdf> logger;
    private readonly SemaphoreSlim turns;

    public ReportPdf(IOptions<ReportFileOptions> options, ILogger<ReportPdf> logger)
        : this(options.Value, Environment.GetEnvironmentVariable("PATH"), logger)
    {
    }

    /// <param name="pathVariable">The PATH to look for Chromium on (tests give an empty one).</param>
    internal ReportPdf(ReportFileOptions options, string? pathVariable, ILogger<ReportPdf> logger)
    {
        this.options = options;
        this.pathVariable = pathVariable;
        this.logger = logger;
        turns = new SemaphoreSlim(Math.Max(1, options.PdfConcurrency));
    }

    /// <summary>The Chromium program that would be run, or null when there is none.</summary>
    public string? FindChromium()
    {
        var configured = options.ChromiumPath?.Trim() ?? string.Empty;
        if (configured.Length > 0 && configured.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            if (IsProgram(configured))
            {
                return Path.GetFullPath(configured);
            }
        }
        else if (configured.Length > 0 && OnPath(configured) is { } named)
        {
            return named;
        }

        return PathNames.Select(OnPath).FirstOrDefault(found => found is not null);
    }

    /// <summary>The edition as a PDF, or why there is none.</summary>
    public Task<ReportPdfResult> WriteAsync(ReportDocument document, CancellationToken cancellationToken = default) =>
        FromHtmlAsync(ReportHtml.Write(document), cancellationToken);

    /// <summary>A standalone web page printed to PDF, or why there is none.</summary>
    public async Task<ReportPdfResult> FromHtmlAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var chromium = FindChromium();
        if (chromium is null)
        {
            logger.LogWarning("No PDF made: Chromium was not found at {ChromiumPath} nor on the PATH", options.ChromiumPath);
            return PdfUnavailable.ChromiumMissing;
        }

        await turns.WaitAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory("lantern-pdf-");
        try
        {
            return await PrintAsync(chromium, folder.FullName, html, cancellationToken);
        }
        catch (Exception e) when (e is Win32Exception or IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "No PDF made: Chromium at {Chromium} could not be run", chromium);
            return PdfUnavailable.Failed(PdfUnavailableReason.ChromiumFailed);
        }
        finally
        {
            turns.Release();
            await DeleteAsync(folder);
        }
    }

    private async Task<ReportPdfResult> PrintAsync(string chromium, string folder, string html, CancellationToken cancellationToken)
    {
        var page = Path.Combine(folder, "report.html");
        var output = Path.Combine(folder, "report.pdf");
        await File.WriteAllTextAsync(page, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);

        var start = new ProcessStartInfo(chromium)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var argument in Arguments(folder, page, output))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new Win32Exception("Chromium did not start.");
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.PdfTimeoutSeconds)));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            logger.LogError("No PDF made: Chromium took longer than {Seconds} seconds and was stopped", options.PdfTimeoutSeconds);
            return PdfUnavailable.Failed(PdfUnavailableReason.TimedOut);
        }

        var bytes = File.Exists(output) ? await File.ReadAllBytesAsync(output, cancellationToken) : [];
        if (process.ExitCode != 0 || !bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            var said = await errors;
            logger.LogError(
                "No PDF made: Chromium exited with {ExitCode} and wrote {Bytes} bytes; it said: {Errors}",
                process.ExitCode, bytes.Length, said.Length > 1000 ? said[^1000..] : said);
            return PdfUnavailable.Failed(PdfUnavailableReason.ChromiumFailed);
        }

        return new PdfMade(bytes);
    }

    /// <summary>Headless, with its own throwaway profile, and nothing that reaches out to the network.</summary>
    internal static IEnumerable<string> Arguments(string folder, string page, string output) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-crash-reporter",
        "--user-data-dir=" + Path.Combine(folder, "profile"),
        "--print-to-pdf=" + output,
        "--no-pdf-header-footer",
        new Uri(page).AbsoluteUri,
    ];

    /// <summary>Chromium's helpers can hold the folder for a moment after it exits, so deleting is tried a few times.</summary>
    private async Task DeleteAsync(DirectoryInfo folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                folder.Refresh();
                if (folder.Exists)
                {
                    folder.Delete(recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (attempt == 5)
                {
                    logger.LogWarning(e, "The temporary folder {Folder} could not be deleted", folder.FullName);
                    return;
                }

                await Task.Delay(200 * attempt, CancellationToken.None);
            }
        }
    }

    private string? OnPath(string name) =>
        (pathVariable ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(IsProgram);

    private static bool IsProgram(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode Execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & Execute) != 0;
    }
}
