using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using Lantern.Core.Information.Import;
using Lantern.Web.Hosting;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Lantern.Web.Tests.Hosting;

/// <summary>"check-disclosure": the disclosure check from the command line, on temporary files.</summary>
public sealed class CheckDisclosureCommandTests : IDisposable
{
    private const string People = """
        Real name,Other names,Who they are in the case,Relationship,Agency,Professional role,Pseudonym,Date of birth,Address,Notes
        Tamsin Oakroyd,Tams,Child,,,,Child T,03/05/2016,"5 Heronsgate Walk, Fallowby, FB2 6RD",Fictional
        Carla Oakroyd,,Mother,,,,Mother,11/01/1989,"5 Heronsgate Walk, Fallowby, FB2 6RD",
        Idris Penhallow,,Professional,,Fallowby Children's Services,Social worker,Social worker 1,,,
        """;

    private const string Details = """
        Kind,Detail,Replacement
        School,Wickham Brook Primary School,her primary school
        """;

    private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lantern-tests", $"disclosure-{Guid.NewGuid():N}")).FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await CheckDisclosureCommand.RunAsync(args, output, error, new DateOnly(2026, 12, 7));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Run_DraftWithNamesAndADate_WritesACsvLinePerHitAndExitsOne()
    {
        var draft = File("draft.md", "# Draft\n\nTams, \"the quiet one\", was seen at Wickham Brook Primary on 12/03/2024.\n\nCarla\nOakroyd, her mother, agreed.");

        var (code, output, error) = await RunAsync("--people", File("people.csv", People), "--details", File("details.csv", Details), draft);

        Assert.Equal(1, code);
        var rows = CsvParser.Parse(output, ',');
        Assert.Equal(CheckDisclosureCommand.Header, rows[0]);
        Assert.Equal(["2", "0", "4", "Tams", "Alias", "High", "Child T"], rows[1]);
        Assert.Equal(["Wickham Brook Primary", "IdentifyingDetail", "High", "her primary school"], rows[2][3..]);
        Assert.Equal(["12/03/2024", "ExactDate", "Medium", "March 2024"], rows[3][3..]);
        Assert.Equal(["3", "0", "13", "Carla\nOakroyd", "Name", "High", "Mother"], rows[4]);
        Assert.Equal(5, rows.Count);
        Assert.Contains("4 possible disclosure risks (3 high, 1 medium) in 2 paragraphs of draft.md", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OnlyMediumHits_ExitsZero()
    {
        var (code, output, error) = await RunAsync("--people", File("people.csv", People), File("draft.txt", "The meeting was on 12/03/2024."));

        Assert.Equal(0, code);
        Assert.Equal(2, CsvParser.Parse(output, ',').Count);
        Assert.Contains("1 medium", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoHits_ExitsZeroWithOnlyTheHeader()
    {
        var (code, output, error) = await RunAsync("--people=" + File("people.csv", People), File("draft.txt", "Child T was seen by Social worker 1."));

        Assert.Equal(0, code);
        Assert.Single(CsvParser.Parse(output, ','));
        Assert.Contains("No disclosure risks found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TextASpreadsheetWouldRunAsAFormula_IsEscaped()
    {
        var (_, output, _) = await RunAsync("--people", File("people.csv", People), File("draft.txt", "Ring +44 7700 900123 first."));

        Assert.Equal("'+44 7700 900123", CsvParser.Parse(output, ',')[1][3]);
    }

    [Fact]
    public async Task Run_WordDocument_ReadsItsRuns()
    {
        var path = Path.Combine(folder, "draft.docx");
        using (var word = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Run(new W.Text("Seen by Idris Pen")), new W.Run(new W.RunProperties(new W.Bold()), new W.Text("hallow")), new W.Run(new W.Text(" ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))));
        }

        var (code, output, _) = await RunAsync("--people", File("people.csv", People), path);

        Assert.Equal(1, code);
        Assert.Equal(["1", "8", "15", "Idris Penhallow", "Name", "High", "Social worker 1"], CsvParser.Parse(output, ',')[1]);
    }

    [Theory]
    [InlineData]
    [InlineData("draft.md")]
    [InlineData("--people")]
    [InlineData("--people", "people.csv")]
    [InlineData("--people", "people.csv", "--colour", "draft.md")]
    [InlineData("--people", "people.csv", "draft.md", "other.md")]
    [InlineData("--people", "missing.csv", "draft.md")]
    [InlineData("--people", "people.csv", "--details", "missing.csv", "draft.md")]
    [InlineData("--people", "people.csv", "missing.md")]
    [InlineData("--people", "people.csv", "draft.pdf")]
    [InlineData("--people", "people.csv", "fake.docx")]
    [InlineData("--people", "faulty.csv", "draft.md")]
    public async Task Run_BadArgumentsOrFiles_ExitsTwoWithAPlainMessage(params string[] args)
    {
        File("people.csv", People);
        File("faulty.csv", "Real name,Date of birth\n,31/02/2020\n");
        File("draft.md", "Tams was seen.");
        File("other.md", "Nothing here.");
        File("draft.pdf", "%PDF-1.7");
        File("fake.docx", "This is text with a Word name.");

        var (code, output, error) = await RunAsync(args.Select(a => a.Contains('.') ? Path.Combine(folder, a) : a).ToArray());

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CheckDisclosure_TakesTheVerbsArgumentsAndNothingForTheHost()
    {
        var command = CommandLine.Parse(["check-disclosure", "--people", "p.csv", "d.md"]);

        Assert.Equal(["--people", "p.csv", "d.md"], command.CheckDisclosure!);
        Assert.Empty(command.HostArgs);
        Assert.Null(CommandLine.Parse(["--demo"]).CheckDisclosure);
    }

    [Fact]
    public async Task Program_CheckDisclosure_RunsWithoutTheWebHostOrADatabase()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "Lantern.Web.dll"), "check-disclosure", "--people",
                     File("people.csv", People), File("draft.md", "Carla Oakroyd lives at 5 Heronsgate Walk.")])
        {
            start.ArgumentList.Add(argument);
        }

        using var lantern = Process.Start(start)!;
        var output = await lantern.StandardOutput.ReadToEndAsync();
        var error = await lantern.StandardError.ReadToEndAsync();
        await lantern.WaitForExitAsync();

        Assert.Equal(1, lantern.ExitCode);
        Assert.StartsWith("paragraph,start,length,text,rule,severity,suggestion", output, StringComparison.Ordinal);
        Assert.Contains("Carla Oakroyd,Name,High,Mother", output, StringComparison.Ordinal);
        Assert.Contains("5 Heronsgate Walk,Address,High,[address removed]", output, StringComparison.Ordinal);
        Assert.Contains("2 possible disclosure risks", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.db*"));
    }
}
