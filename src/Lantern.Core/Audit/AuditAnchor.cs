using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lantern.Core.Audit;

/// <summary>
/// The chain's head as last seen by Lantern, kept outside the database (keys/audit-chain.head, beside the key)
/// so that someone who can only reach the database cannot empty or shorten the trail unnoticed: the head row
/// inside the database goes with the events, this does not. It is sealed with the chain key, so it cannot be
/// edited by hand either. It may lag the database (written after the commit, never synced) but never leads it.
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash, string KeyId, string Seal)
{
    private const string Heading = "Lantern audit anchor 1";

    public static AuditAnchor For(long sequence, string hash, AuditKey key) =>
        new(sequence, hash, key.Id, SealFor(sequence, hash, key.Id, key));

    public bool IsSealedBy(AuditKey key) =>
        string.Equals(KeyId, key.Id, StringComparison.Ordinal) &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Seal), Encoding.ASCII.GetBytes(SealFor(Sequence, Hash, KeyId, key)));

    /// <summary>The file's text: one field a line, so a person can read what was anchored.</summary>
    public string Format() => string.Join('\n',
        Heading,
        $"sequence {Sequence.ToString(CultureInfo.InvariantCulture)}",
        $"hash {Hash}",
        $"key {KeyId}",
        $"seal {Seal}",
        string.Empty);

    /// <summary>Reads <see cref="Format"/>'s text back; null when the text is not an anchor at all.</summary>
    public static AuditAnchor? Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length != 5 || lines[0] != Heading)
        {
            return null;
        }

        var sequence = Field(lines[1], "sequence");
        var hash = Field(lines[2], "hash");
        var keyId = Field(lines[3], "key");
        var seal = Field(lines[4], "seal");
        return sequence is not null && long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
               && hash is { Length: 64 } && keyId is { Length: > 0 } && seal is { Length: 64 }
            ? new AuditAnchor(number, hash, keyId, seal)
            : null;
    }

    private static string? Field(string line, string name) =>
        line.StartsWith(name + " ", StringComparison.Ordinal) ? line[(name.Length + 1)..].Trim() : null;

    // "anchor|" keeps this seal from ever matching the head row's seal ("head|") over the same values.
    private static string SealFor(long sequence, string hash, string keyId, AuditKey key) => Convert.ToHexStringLower(HMACSHA256.HashData(key.Value,
        Encoding.UTF8.GetBytes($"anchor|{sequence.ToString(CultureInfo.InvariantCulture)}|{hash}|{keyId}")));
}
