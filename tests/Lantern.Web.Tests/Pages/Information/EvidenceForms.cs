using System.IO.Compression;
using System.Net.Http.Headers;
using Lantern.Testing.Web;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Upload forms and files for the evidence tests.</summary>
internal static class EvidenceForms
{
    public static readonly byte[] Pdf = "%PDF-1.7\n% Fictional minutes of a strategy discussion\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();

    public static byte[] Office(string folder, int zeros = 0)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var part = zip.CreateEntry($"{folder}/document.xml", CompressionLevel.SmallestSize).Open();
            part.Write(new byte[Math.Max(1, zeros)]);
        }

        return buffer.ToArray();
    }

    /// <summary>Posts the upload form as a browser would: multipart, with the antiforgery token from the form.</summary>
    public static async Task<PageResult> UploadAsync(Browserless browser, Guid reviewId, string fileName, byte[]? file, string title = "Strategy discussion minutes", Guid? owner = null, string? token = null)
    {
        var url = $"/reviews/{reviewId}/information/documents/upload";
        token ??= (await browser.GetAsync(url)).Token;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token ?? string.Empty), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent(owner?.ToString() ?? string.Empty), "Input.OwnerAgencyId" },
            { new StringContent("Sent by the police liaison officer by secure email"), "Input.Provenance" },
            { new StringContent("Sensitive"), "Input.Sensitivity" },
            { new StringContent("NotDecided"), "Input.Disclosable" },
            { new StringContent(string.Empty), "Input.Description" },
        };
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "Input.File", fileName);
        }

        var response = await browser.Client.PostAsync(url, form);
        var html = await response.Content.ReadAsStringAsync();
        return new PageResult(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
    }

    public static KeyValuePair<string, string>[] Date(string prefix, DateOnly on) => Form.Of(
        ($"{prefix}.Day", on.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ($"{prefix}.Month", on.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ($"{prefix}.Year", on.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
