using System.Net;
using System.Security.Cryptography;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>A world whose upload limits are 1 MB (documents and chronologies), to test them without sending 25 MB.
/// The server then reads a request of up to 3 MB (twice the largest limit, and 1 MB for the other fields).</summary>
public sealed class SmallUploadWorld : IAsyncLifetime
{
    public World World { get; } = new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Lantern:Documents:MaxFileMegabytes"] = "1",
            ["Lantern:Chronology:MaxFileBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };

    public Task InitializeAsync() => World.InitializeAsync();

    public Task DisposeAsync() => World.DisposeAsync();
}

public sealed class DocumentTests(World world, SmallUploadWorld small) : IClassFixture<World>, IClassFixture<SmallUploadWorld>
{
    private LanternFactory Factory => world.Factory;

    private static string DocumentsFolder(LanternFactory factory) => Path.Combine(factory.DataDirectory, "documents");

    private static List<string> StoredFiles(LanternFactory factory) =>
        Directory.Exists(DocumentsFolder(factory)) ? Directory.GetFiles(DocumentsFolder(factory), "*", SearchOption.AllDirectories).ToList() : [];

    private async Task<Guid> NewReviewAsync(string title) => await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);

    [Fact]
    public async Task Upload_ValidPdf_KeepsTheFileUnderARandomNameWithItsDigestAuditsAndIndexesIt()
    {
        var reviewId = await NewReviewAsync("Child D1");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await EvidenceForms.UploadAsync(businessUnit, reviewId, "Strategy minutes Robin.pdf", EvidenceForms.Pdf, owner: world.AgencyId);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        await using var db = Factory.CreateDbContext();
        var document = await db.Documents.SingleAsync(d => d.ReviewId == reviewId);
        Assert.Equal($"/reviews/{reviewId}/information/documents/{document.Id}", page.Location);
        Assert.Equal(DocumentKind.Pdf, document.Kind);
        Assert.Equal("Strategy minutes Robin.pdf", document.OriginalFileName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(EvidenceForms.Pdf)), document.Sha256);
        var path = Path.Combine(DocumentsFolder(Factory), document.StoredName);
        Assert.Equal(EvidenceForms.Pdf, await File.ReadAllBytesAsync(path));
        Assert.DoesNotContain("Robin", document.StoredName, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(DocumentsFolder(Factory), "incoming")));
        var item = await db.MaterialItems.SingleAsync(m => m.DocumentId == document.Id);
        Assert.Equal(MaterialKind.Document, item.Kind);
        Assert.Equal(world.AgencyId, item.OwnerAgencyId);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.DocumentUploaded && e.EntityId == document.Id));

        var list = await businessUnit.GetAsync($"/reviews/{reviewId}/information/documents");
        Assert.Contains("Strategy discussion minutes", list.Document.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var index = await businessUnit.GetAsync($"/reviews/{reviewId}/information/material");
        Assert.Contains("Strategy discussion minutes", index.Document.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "page.html", "text", "The selected file must be a PDF, Word document (.docx), Excel workbook (.xlsx), CSV, text file (.txt), PNG or JPEG" },
        { "minutes.pdf", "exe", "The selected file is a program, not a document" },
        { "setup.exe", "exe", "The selected file is a program, not a document" },
        { "minutes.pdf", "html", "The selected file is a web page (HTML)" },
        { "records.docx", "bomb", "unpacks to far more than its size" },
        { "minutes.pdf", "png", "ends .pdf but it is a PNG image" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Upload_RefusedFile_ShowsWhyAndStoresNothing(string name, string content, string message)
    {
        var reviewId = await NewReviewAsync($"Child R {name} {content}");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var before = StoredFiles(Factory).Count;
        byte[] bytes = content switch
        {
            "exe" => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00],
            "html" => "<!doctype html><html><body><script>alert(1)</script></body></html>"u8.ToArray(),
            "bomb" => EvidenceForms.Office("word", 8 * 1024 * 1024),
            "text" => "Plain words only"u8.ToArray(),
            _ => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0],
        };

        var page = await EvidenceForms.UploadAsync(businessUnit, reviewId, name, bytes, owner: world.AgencyId);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector("#Input_File-error"));
        await AssertNothingStoredAsync(Factory, reviewId, before);
    }

    [Fact]
    public async Task Upload_MissingTitleAndOwner_ShowsBothErrorsAndStoresNothing()
    {
        var reviewId = await NewReviewAsync("Child D2");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var before = StoredFiles(Factory).Count;

        var page = await EvidenceForms.UploadAsync(businessUnit, reviewId, "minutes.pdf", EvidenceForms.Pdf, title: " ");

        Assert.Equal(["Enter a title for the document", "Select the agency that owns the document"], page.Errors);
        await AssertNothingStoredAsync(Factory, reviewId, before);
    }

    [Fact]
    public async Task Upload_NoFile_AsksForOne()
    {
        var reviewId = await NewReviewAsync("Child D3");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await EvidenceForms.UploadAsync(businessUnit, reviewId, "x", null, owner: world.AgencyId);

        Assert.Equal(["Select a file to upload"], page.Errors);
    }

    [Fact]
    public async Task Upload_FileJustOverTheLimit_ShowsTheLimitAndStoresNothing()
    {
        var factory = small.World.Factory;
        var reviewId = await factory.ReviewAsync(small.World.PartnershipId, small.World.ReviewTypeId, small.World.BusinessUnit.Id, "Child L1");
        var businessUnit = await factory.SignInAsync(small.World.BusinessUnit);
        var before = StoredFiles(factory).Count;
        var file = new byte[(1024 * 1024) + 10];
        EvidenceForms.Pdf.CopyTo(file, 0);

        var page = await EvidenceForms.UploadAsync(businessUnit, reviewId, "big.pdf", file, owner: small.World.AgencyId);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The selected file must be smaller than 1 MB"], page.Errors);
        await AssertNothingStoredAsync(factory, reviewId, before);
    }

    [Fact]
    public async Task Upload_FileOverTheLimitThatTheServerStillReads_ShowsTheLimitOnTheFormKeepingWhatWasTyped()
    {
        var factory = small.World.Factory;
        var reviewId = await factory.ReviewAsync(small.World.PartnershipId, small.World.ReviewTypeId, small.World.BusinessUnit.Id, "Child L3");
        var businessUnit = await factory.SignInAsync(small.World.BusinessUnit);
        var before = StoredFiles(factory).Count;
        var file = new byte[2 * 1024 * 1024];
        EvidenceForms.Pdf.CopyTo(file, 0);

        var page = await EvidenceForms.UploadAsync(businessUnit, reviewId, "big.pdf", file, title: "Police log, March", owner: small.World.AgencyId);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The selected file must be smaller than 1 MB"], page.Errors);
        Assert.NotNull(page.Document.QuerySelector(".govuk-form-group--error #Input_File"));
        Assert.Equal("Police log, March", page.Document.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal(small.World.AgencyId.ToString(), page.Document.QuerySelector("#Input_OwnerAgencyId option[selected]")!.GetAttribute("value"));
        Assert.Equal("Sent by the police liaison officer by secure email", page.Document.QuerySelector("#Input_Provenance")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("input[name='Input.Sensitivity'][value='Sensitive'][checked]"));
        await AssertNothingStoredAsync(factory, reviewId, before);
    }

    [Fact]
    public async Task Upload_RequestFarOverTheLimit_IsSentBackToTheFormWithAGovUkError()
    {
        var factory = small.World.Factory;
        var reviewId = await factory.ReviewAsync(small.World.PartnershipId, small.World.ReviewTypeId, small.World.BusinessUnit.Id, "Child L2");
        var businessUnit = await factory.SignInAsync(small.World.BusinessUnit);
        var before = StoredFiles(factory).Count;

        var page = await EvidenceForms.UploadAsync(businessUnit, reviewId, "huge.pdf", new byte[3 * 1024 * 1024], owner: small.World.AgencyId);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var form = await businessUnit.GetAsync(page.Location!);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(["The selected file must be smaller than 1 MB"], form.Errors);
        await AssertNothingStoredAsync(factory, reviewId, before);
    }

    [Theory]
    [InlineData(@"..\..\evil.docx", "evil.docx")]
    [InlineData(@"C:\Users\x\report.docx", "report.docx")]
    [InlineData("a/b/c.docx", "c.docx")]
    [InlineData(@"..\..\.docx", "document.docx")]
    public async Task Upload_NameWithAPath_IsKeptShownAndOfferedAsJustTheFileName(string uploadedAs, string kept)
    {
        var reviewId = await NewReviewAsync($"Child N {kept} {uploadedAs.Length}");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await EvidenceForms.UploadAsync(businessUnit, reviewId, uploadedAs, EvidenceForms.Office("word"), owner: world.AgencyId);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        await using var db = Factory.CreateDbContext();
        var document = await db.Documents.SingleAsync(d => d.ReviewId == reviewId);
        Assert.Equal(kept, document.OriginalFileName);
        var shown = await businessUnit.GetAsync(page.Location!);
        var fileRow = shown.Document.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == "File");
        var value = fileRow.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();
        Assert.StartsWith(kept, value, StringComparison.Ordinal);
        Assert.DoesNotContain('\\', value);
        Assert.DoesNotContain('/', value);
        var download = await businessUnit.Client.GetAsync($"{page.Location}/download");
        Assert.Equal(kept, download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
    }

    [Fact]
    public async Task Download_Document_IsAnAuditedAttachmentWithItsOwnTypeAndNoSniffing()
    {
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var response = await businessUnit.Client.GetAsync($"/reviews/{world.ReviewId}/information/documents/{world.Evidence.DocumentId}/download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("minutes.txt", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("Minutes of the strategy discussion", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.DocumentDownloaded && e.EntityId == world.Evidence.DocumentId && e.UserId == world.BusinessUnit.Id));
    }

    [Fact]
    public async Task Download_FileChangedOnDisk_IsRefusedWithAMessage()
    {
        var reviewId = await NewReviewAsync("Child D4");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        await EvidenceForms.UploadAsync(businessUnit, reviewId, "minutes.pdf", EvidenceForms.Pdf, owner: world.AgencyId);
        await using var db = Factory.CreateDbContext();
        var document = await db.Documents.SingleAsync(d => d.ReviewId == reviewId);
        await File.WriteAllTextAsync(Path.Combine(DocumentsFolder(Factory), document.StoredName), "<html>changed</html>");

        var page = await businessUnit.GetAsync($"/reviews/{reviewId}/information/documents/{document.Id}/download");

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("has changed since it was uploaded", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>changed</html>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_FromAStaleCopy_IsAConflictAndKeepsTheNewerDetails()
    {
        var reviewId = await NewReviewAsync("Child D5");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        await EvidenceForms.UploadAsync(businessUnit, reviewId, "minutes.pdf", EvidenceForms.Pdf, owner: world.AgencyId);
        await using var db = Factory.CreateDbContext();
        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.ReviewId == reviewId);
        var url = $"/reviews/{reviewId}/information/documents/{document.Id}";
        KeyValuePair<string, string>[] Fields(string title, Guid version) => Form.Of(
            ("Input.Title", title), ("Input.OwnerAgencyId", world.AgencyId.ToString()), ("Input.Provenance", "From the school"),
            ("Input.Sensitivity", "HighlySensitive"), ("Input.Disclosable", "No"), ("Input.Version", version.ToString()));

        var first = await businessUnit.PostAsync(url, Fields("First change", document.Version));
        var stale = await businessUnit.PostAsync(url, Fields("Second change", document.Version));

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        var now = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == document.Id);
        Assert.Equal("First change", now.Title);
        Assert.Equal(Sensitivity.HighlySensitive, now.Sensitivity);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.DocumentChanged && e.EntityId == document.Id));
    }

    [Theory]
    [InlineData(ReviewRole.ReviewTeamMember)]
    [InlineData(ReviewRole.Observer)]
    public async Task Upload_ByARoleThatMayOnlyRead_IsRefusedAndStoresNothing(ReviewRole role)
    {
        var reader = await Factory.SignInAsync(world.OnReview[role]);
        var token = (await reader.GetAsync($"/reviews/{world.ReviewId}/information/documents")).Token
            ?? (await reader.GetAsync("/account")).Token;
        var before = StoredFiles(Factory).Count;

        var page = await EvidenceForms.UploadAsync(reader, world.ReviewId, "minutes.pdf", EvidenceForms.Pdf, owner: world.AgencyId, token: token);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal(before, StoredFiles(Factory).Count);
    }

    private static async Task AssertNothingStoredAsync(LanternFactory factory, Guid reviewId, int filesBefore)
    {
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Documents.AnyAsync(d => d.ReviewId == reviewId));
        Assert.False(await db.MaterialItems.AnyAsync(m => m.ReviewId == reviewId));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.DocumentUploaded));
        Assert.Equal(filesBefore, StoredFiles(factory).Count);
    }
}
