using System.Net;
using System.Net.Http.Headers;
using Lantern.Core.Audit;
using Lantern.Testing.Web;
using Lantern.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>The seeded world served by Kestrel on a real port, with the default upload limits (25 MB), so the
/// server's own request limits apply as they do in production (the in-memory test host enforces none).</summary>
public sealed class ServedWorld : IAsyncLifetime
{
    public World World { get; } = new() { CreateFactory = LiveLanternFactory.Create };

    public Task InitializeAsync() => World.InitializeAsync();

    public Task DisposeAsync() => World.DisposeAsync();
}

/// <summary>
/// Uploads over the limits: a file somewhat over its form's limit is read and refused on its form with what was
/// typed kept; a request bigger than the server reads goes back to an upload form unread, or is a 400 page.
/// </summary>
public sealed class UploadLimitTests(ServedWorld served, SmallUploadWorld small) : IClassFixture<ServedWorld>, IClassFixture<SmallUploadWorld>
{
    private const long Megabyte = 1024 * 1024;

    private World World => served.World;

    [Fact]
    public void Server_RequestLimits_AreTwiceTheLargestUploadLimitAndAMegabyte()
    {
        foreach (var (factory, expected) in new[] { (World.Factory, (2 * 25 * Megabyte) + Megabyte), (small.World.Factory, (2 * Megabyte) + Megabyte) })
        {
            Assert.Equal(expected, factory.Services.GetRequiredService<UploadLimits>().MaxRequestBodyBytes);
            Assert.Equal(expected, factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize);
            Assert.Equal(expected, factory.Services.GetRequiredService<IOptions<FormOptions>>().Value.MultipartBodyLengthLimit);
        }
    }

    [Fact]
    public async Task Upload_Document30MegabytesToTheServer_IsRefusedOnItsFormKeepingWhatWasTyped()
    {
        var reviewId = await World.Factory.ReviewAsync(World.PartnershipId, World.ReviewTypeId, World.BusinessUnit.Id, "Child K1");
        var businessUnit = await World.Factory.SignInAsync(World.BusinessUnit);
        var file = new byte[30 * Megabyte];
        EvidenceForms.Pdf.CopyTo(file, 0);

        var page = await EvidenceForms.UploadAsync(businessUnit, reviewId, "scanned records.pdf", file, title: "Scanned GP records", owner: World.AgencyId);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The selected file must be smaller than 25 MB"], page.Errors);
        Assert.Equal("Scanned GP records", page.Document.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal(World.AgencyId.ToString(), page.Document.QuerySelector("#Input_OwnerAgencyId option[selected]")!.GetAttribute("value"));
        await using var db = World.Factory.CreateDbContext();
        Assert.False(await db.Documents.AnyAsync(d => d.ReviewId == reviewId));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.DocumentUploaded));
    }

    [Fact]
    public async Task Upload_Chronology30MegabytesToTheServer_IsRefusedOnItsFormKeepingTheAgency()
    {
        var reviewId = await World.Factory.ReviewAsync(World.PartnershipId, World.ReviewTypeId, World.BusinessUnit.Id, "Child K2");
        var businessUnit = await World.Factory.SignInAsync(World.BusinessUnit);
        var file = new byte[30 * Megabyte];
        "Date,Event type,Description\r\n"u8.CopyTo(file);
        file.AsSpan(64).Fill((byte)'x');

        var page = await SubmissionsTests.UploadAsync(businessUnit, reviewId, "police.csv", file, World.AgencyId);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The file must be smaller than 25 MB. Split the chronology into parts, or remove columns Lantern does not need."], page.Errors);
        Assert.Equal(World.AgencyId.ToString(), page.Document.QuerySelector("#Input_AgencyId option[selected]")!.GetAttribute("value"));
        await using var db = World.Factory.CreateDbContext();
        Assert.False(await db.ChronologyImports.AnyAsync(i => i.ReviewId == reviewId));
    }

    [Theory]
    [InlineData("/information/documents/upload", "The selected file must be smaller than 25 MB")]
    [InlineData("/information/chronology/submissions/upload", "The file must be smaller than 25 MB. Split the chronology into parts, or remove columns Lantern does not need.")]
    [InlineData("/information/chronology/meetings/attendance", "The file must be smaller than 25 MB. Split it into parts.")]
    public async Task Upload_RequestBiggerThanTheServerReads_IsSentBackToItsFormUnread(string form, string error)
    {
        var businessUnit = await World.Factory.SignInAsync(World.BusinessUnit);
        var url = $"/reviews/{World.ReviewId}{form}";

        var response = await PostTooBigAsync(businessUnit, url, (await businessUnit.GetAsync(url)).Token!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{url}?too-large=1", response.Headers.Location!.OriginalString);
        var page = await businessUnit.GetAsync(response.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([error], page.Errors);
    }

    [Fact]
    public async Task Post_RequestBiggerThanTheServerReadsToAnotherForm_IsA400Page()
    {
        var businessUnit = await World.Factory.SignInAsync(World.BusinessUnit);

        var response = await PostTooBigAsync(businessUnit, "/reviews/new", (await businessUnit.GetAsync("/reviews/new")).Token!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with what was sent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/information/documents/upload")]
    [InlineData("/information/chronology/submissions/upload")]
    [InlineData("/information/chronology/meetings/attendance")]
    [InlineData("")]
    public async Task Post_BodyWithoutALengthThatRunsOverWhatTheServerReads_IsA400PageAndStoresNothing(string form)
    {
        var factory = small.World.Factory;
        var businessUnit = await factory.SignInAsync(small.World.BusinessUnit);
        var url = form.Length == 0 ? "/reviews/new" : $"/reviews/{small.World.ReviewId}{form}";
        var token = (await businessUnit.GetAsync(url)).Token!;
        await using var before = factory.CreateDbContext();
        var events = await before.AuditEvents.CountAsync();

        // A stream of unknown length is sent in chunks, as no browser sends a form: nothing says how long the body
        // is until it has run over.
        var unknownLength = System.IO.Pipelines.PipeReader.Create(new MemoryStream(new byte[4 * Megabyte])).AsStream();
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(small.World.AgencyId.ToString()), "Input.AgencyId" },
            { new StringContent("Child L4"), "Input.WorkingTitle" },
            { new StreamContent(unknownLength), "Input.File", "records.pdf" },
        };
        var response = await businessUnit.Client.PostAsync(url, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with what was sent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var after = factory.CreateDbContext();
        Assert.Equal(events, await after.AuditEvents.CountAsync());
    }

    /// <summary>Posts a form that says it is one byte more than the server reads. It asks to continue first, so the
    /// body is not sent when the server answers at once, as it should.</summary>
    private static async Task<HttpResponseMessage> PostTooBigAsync(Browserless browser, string url, string token)
    {
        var file = new ByteArrayContent(new byte[(2 * 25 * Megabyte) + Megabyte]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "Input.File", "huge.pdf" } },
        };
        request.Headers.ExpectContinue = true;
        return await browser.Client.SendAsync(request);
    }
}
