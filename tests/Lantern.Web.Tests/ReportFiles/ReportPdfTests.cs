using System.Diagnostics;
using Lantern.Core.Reports;
using Lantern.Web.Infrastructure.ReportFiles;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lantern.Web.Tests.ReportFiles;

public sealed class ReportPdfTests : IDisposable
{
    private readonly DirectoryInfo scratch = Directory.CreateTempSubdirectory("lantern-pdf-tests-");

    public void Dispose() => scratch.Delete(recursive: true);

    [Fact]
    public async Task WriteAsync_NoChromiumAnywhere_GivesTheInstallMessage()
    {
        var pdf = Printer("/nowhere/chromium", path: string.Empty);

        var result = await pdf.WriteAsync(ReportFixtures.Restricted());

        var unavailable = Assert.IsType<PdfUnavailable>(result);
        Assert.Equal(PdfUnavailableReason.ChromiumMissing, unavailable.Reason);
        Assert.Equal(
            "PDF downloads need Chromium, which is not installed on this server. Ask your administrator to install it (see the README).",
            unavailable.Message);
    }

    [Fact]
    public void FindChromium_ConfiguredProgramMissing_LooksOnThePath()
    {
        var bin = scratch.CreateSubdirectory("bin");
        var chrome = FakeChromium(bin, "google-chrome", "exit 0");

        Assert.Equal(chrome, Printer("/nowhere/chromium", path: $"/nowhere:{bin.FullName}").FindChromium());
        Assert.Equal(chrome, Printer("google-chrome", path: bin.FullName).FindChromium());
    }

    [Fact]
    public void FindChromium_FileThatCannotBeRun_IsNotChromium()
    {
        var notes = Path.Combine(scratch.FullName, "chromium");
        File.WriteAllText(notes, "not a program");

        Assert.Null(Printer(notes, path: scratch.FullName).FindChromium());
    }

    [Fact]
    public async Task WriteAsync_FakeChromium_GetsThePageAndFlagsAndTheFolderIsDeleted()
    {
        var seen = scratch.CreateSubdirectory("seen");
        var chromium = FakeChromium(scratch, "chromium", $$"""
            for a in "$@"; do
              case "$a" in
                --print-to-pdf=*) out="${a#--print-to-pdf=}" ;;
                file://*) page="${a#file://}" ;;
              esac
            done
            printf '%s\n' "$@" > "{{seen.FullName}}/arguments"
            cp "$page" "{{seen.FullName}}/page.html"
            printf '%%PDF-1.7 made by a stand-in' > "$out"
            """);

        var result = await Printer(chromium, path: string.Empty).WriteAsync(ReportFixtures.Restricted());

        var made = Assert.IsType<PdfMade>(result);
        Assert.Equal("%PDF-1.7 made by a stand-in", System.Text.Encoding.ASCII.GetString(made.Bytes));
        Assert.Equal(ReportHtml.Write(ReportFixtures.Restricted()), File.ReadAllText(Path.Combine(seen.FullName, "page.html")));
        var arguments = File.ReadAllLines(Path.Combine(seen.FullName, "arguments"));
        Assert.Superset(
            new HashSet<string> { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--no-pdf-header-footer" },
            arguments.ToHashSet());
        var page = new Uri(arguments[^1]).LocalPath;
        Assert.StartsWith("file:///", arguments[^1], StringComparison.Ordinal);
        Assert.Contains(arguments, a => a == "--user-data-dir=" + Path.Combine(Path.GetDirectoryName(page)!, "profile"));
        Assert.False(Directory.Exists(Path.GetDirectoryName(page)), "the temporary folder is left behind");
    }

    [Fact]
    public async Task WriteAsync_ChromiumFails_GivesAPlainMessageNotAnError()
    {
        var chromium = FakeChromium(scratch, "chromium", "echo 'crashpad: cannot open display' >&2\nexit 3");

        var result = await Printer(chromium, path: string.Empty).WriteAsync(ReportFixtures.Published());

        var unavailable = Assert.IsType<PdfUnavailable>(result);
        Assert.Equal((PdfUnavailableReason.ChromiumFailed, PdfUnavailable.ChromiumFailedMessage), (unavailable.Reason, unavailable.Message));
    }

    [Fact]
    public async Task WriteAsync_ChromiumSucceedsButWritesNoPdf_IsAFailure()
    {
        var chromium = FakeChromium(scratch, "chromium", "echo 'printed nothing'");

        var result = await Printer(chromium, path: string.Empty).WriteAsync(ReportFixtures.Published());

        Assert.Equal(PdfUnavailableReason.ChromiumFailed, Assert.IsType<PdfUnavailable>(result).Reason);
    }

    [Fact]
    public async Task WriteAsync_ChromiumHangs_IsStoppedAtTheTimeLimit()
    {
        var chromium = FakeChromium(scratch, "chromium", "sleep 30");
        var clock = Stopwatch.StartNew();

        var result = await Printer(chromium, path: string.Empty, timeoutSeconds: 1).WriteAsync(ReportFixtures.Published());

        Assert.Equal(PdfUnavailableReason.TimedOut, Assert.IsType<PdfUnavailable>(result).Reason);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
    }

    [ChromiumFact]
    public async Task WriteAsync_RealChromium_PrintsEveryParagraphWithTheMarkingOnEveryPage()
    {
        // Long enough to run over several pages, so a paragraph or table is split by a page break somewhere.
        var report = ReportFixtures.Restricted() with
        {
            Blocks = [.. Enumerable.Range(0, 4).SelectMany(_ => ReportFixtures.Blocks())],
        };
        var pdf = new ReportPdf(Microsoft.Extensions.Options.Options.Create(new ReportFileOptions()), NullLogger<ReportPdf>.Instance);

        var made = Assert.IsType<PdfMade>(await pdf.WriteAsync(report));

        var pages = ReportText.FromPdf(made.Bytes);
        var marking = ReportText.Squeezed(ReportFixtures.Marking);
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.Contains(marking, ReportText.Squeezed(page), StringComparison.Ordinal));
        Assert.All(ReportText.TopLines(made.Bytes), top =>
        {
            Assert.Equal(marking, ReportText.Squeezed(top.TopLine));
            Assert.True(top.Clearance > 0, $"text runs into the marking by {-top.Clearance:N1}pt");
        });

        // The marking repeated on each page can fall inside a paragraph that runs over a page break, so it is taken
        // out before looking for the paragraphs (and looked for on its own above).
        // A table cell that wraps is read across the row, line by line, so a cell's words are looked for one by one.
        var text = ReportText.Squeezed(string.Concat(pages)).Replace(marking, string.Empty, StringComparison.Ordinal);
        var cells = report.Blocks.OfType<ReportTable>().SelectMany(t => t.Header.Concat(t.Rows.SelectMany(r => r))).ToHashSet();
        Assert.All(
            ReportDocuments.Paragraphs(report).Where(p => p != ReportFixtures.Marking && !cells.Contains(p)),
            paragraph => Assert.Contains(ReportText.Squeezed(paragraph), text, StringComparison.Ordinal));
        Assert.All(
            cells.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(ReportText.Squeezed).Where(w => w.Length > 0),
            word => Assert.Contains(word, text, StringComparison.Ordinal));
    }

    private ReportPdf Printer(string chromium, string path, int timeoutSeconds = 20) =>
        new(new ReportFileOptions { ChromiumPath = chromium, PdfTimeoutSeconds = timeoutSeconds }, path, NullLogger<ReportPdf>.Instance);

    private static string FakeChromium(DirectoryInfo folder, string name, string script)
    {
        var file = Path.Combine(folder.FullName, name);
        File.WriteAllText(file, "#!/bin/sh\n" + script.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return file;
    }
}

/// <summary>A test that needs a real Chromium; skipped, saying so, on a machine without one.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        var pdf = new ReportPdf(Microsoft.Extensions.Options.Options.Create(new ReportFileOptions()), NullLogger<ReportPdf>.Instance);
        if (pdf.FindChromium() is null)
        {
            Skip = "Chromium is not installed here (looked at /usr/bin/chromium and on the PATH).";
        }
    }
}
