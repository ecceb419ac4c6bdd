using System.Security.Cryptography;
using Lantern.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Information.Documents;

/// <summary>The "Lantern:Documents" configuration section.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Lantern:Documents";

    /// <summary>Where document files are kept: outside the web root, relative to the data directory unless absolute.</summary>
    public string Folder { get; set; } = "documents";

    /// <summary>The largest file that may be uploaded, in megabytes.</summary>
    public int MaxFileMegabytes { get; set; } = 25;

    /// <summary>The most a Word or Excel file may unpack to, in megabytes (a guard against zip bombs).</summary>
    public int MaxUnpackedMegabytes { get; set; } = 250;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;
}

/// <summary>A file received into the store's incoming folder and not yet kept. Disposing it deletes it unless it
/// was moved into place, so a refused or failed upload leaves nothing behind.</summary>
public sealed class IncomingFile(string path, long size, string sha256, bool tooLarge) : IDisposable
{
    public string Path { get; } = path;
    public long Size { get; } = size;
    public string Sha256 { get; } = sha256;
    public bool TooLarge { get; } = tooLarge;

    public Stream OpenRead() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read);

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}

/// <summary>
/// Keeps document files outside the web root, each under a random name, never the name it was uploaded with.
/// An upload is first written to an incoming folder beside the store (so moving it into place cannot cross
/// disks), hashed as it is written, and moved into place only once the database has recorded it.
/// </summary>
public sealed class DocumentStore(IOptions<DocumentOptions> options, IOptions<LanternOptions> lantern)
{
    public DocumentOptions Options => options.Value;

    public string Folder => System.IO.Path.GetFullPath(System.IO.Path.Combine(lantern.Value.DataDirectory, options.Value.Folder));

    private string Incoming => System.IO.Path.Combine(Folder, "incoming");

    public static string NewStoredName() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    /// <summary>Writes the upload to a temporary file, stopping as soon as it passes the size limit.</summary>
    public async Task<IncomingFile> ReceiveAsync(Stream upload, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Incoming);
        var path = System.IO.Path.Combine(Incoming, NewStoredName() + ".part");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var tooLarge = false;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int n;
            while ((n = await upload.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += n;
                if (size > options.Value.MaxFileBytes)
                {
                    tooLarge = true;
                    break;
                }

                hash.AppendData(buffer, 0, n);
                await file.WriteAsync(buffer.AsMemory(0, n), cancellationToken);
            }
        }

        return new IncomingFile(path, size, Convert.ToHexStringLower(hash.GetHashAndReset()), tooLarge);
    }

    /// <summary>Moves a received file into place under its stored name.</summary>
    public void Keep(IncomingFile file, string storedName)
    {
        Directory.CreateDirectory(Folder);
        File.Move(file.Path, PathOf(storedName));
    }

    /// <summary>The stored file, or null when it is missing.</summary>
    public FileStream? Open(string storedName)
    {
        var path = PathOf(storedName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    public static async Task<string> DigestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var digest = await SHA256.HashDataAsync(stream, cancellationToken);
        stream.Position = 0;
        return Convert.ToHexStringLower(digest);
    }

    // Stored names are made here from hex digits only, so they cannot climb out of the folder.
    private string PathOf(string storedName) =>
        storedName.All(char.IsAsciiHexDigitLower) ? System.IO.Path.Combine(Folder, storedName) : throw new ArgumentException("Not a stored name.", nameof(storedName));
}
