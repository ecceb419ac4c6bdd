using System.Security.Cryptography;

namespace Lantern.Core.Audit;

/// <summary>
/// The secret the audit chain is sealed with (HMAC-SHA256). It lives outside the database, so someone who can
/// edit the database but not read the key cannot recompute the hashes after changing an event.
/// </summary>
public sealed class AuditKey
{
    public const int Length = 32;

    public AuditKey(byte[] value)
    {
        if (value.Length != Length)
        {
            throw new ArgumentException($"An audit key is {Length} bytes.", nameof(value));
        }

        Value = value;
        Id = Convert.ToHexStringLower(SHA256.HashData(value))[..16];
    }

    public byte[] Value { get; }

    /// <summary>Names the key without revealing it: recorded on the chain's head so a replaced key is
    /// reported as such, not as tampering.</summary>
    public string Id { get; }

    public static AuditKey Create() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>Reads the key file; null when there is none. Never makes one: a new key cannot check a trail
    /// sealed with the old, so only start-up on a database with nothing in it may call <see cref="CreateFile"/>.</summary>
    public static AuditKey? Load(string path) =>
        File.Exists(path) ? new AuditKey(Convert.FromBase64String(File.ReadAllText(path).Trim())) : null;

    /// <summary>Makes a new key and writes it to <paramref name="path"/>, readable by its owner only. Fails if the
    /// file exists, so an existing key is never replaced.</summary>
    public static AuditKey CreateFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = Create();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, options))
        {
            writer.WriteLine(Convert.ToBase64String(key.Value));
        }

        return key;
    }
}
