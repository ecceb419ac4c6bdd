using System.Text.Json;

namespace Lantern.Core.Analysis;

/// <summary>What a coding scheme is for: contributory factors on episodes, or pattern categories on findings.</summary>
public enum CodingSchemePurpose
{
    ContributoryFactors,
    Patterns,
}

/// <summary>
/// One version of a coding scheme a partnership added (SEIPS, for example). Each version is its own row and is
/// never changed afterwards, except to mark it superseded or retired, so codes applied with it keep their names.
/// </summary>
public sealed class StoredCodingScheme : IVersioned
{
    public const int KeyMaxLength = 60;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private StoredCodingScheme()
    {
        Key = string.Empty;
        Name = string.Empty;
        CodesJson = "[]";
    }

    public StoredCodingScheme(Guid id, Guid partnershipId, CodingSchemePurpose purpose, CodingScheme scheme, Guid createdByUserId, DateTime createdAt)
    {
        Id = id;
        PartnershipId = partnershipId;
        Purpose = purpose;
        Key = scheme.Key;
        Name = scheme.Name.Trim();
        SchemeVersion = scheme.Version;
        CodesJson = JsonSerializer.Serialize(scheme.Codes, Json);
        CreatedByUserId = createdByUserId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid PartnershipId { get; private set; }
    public string Key { get; private set; }
    public string Name { get; private set; }
    public CodingSchemePurpose Purpose { get; private set; }

    /// <summary>1 for the first version; each new version adds a row with the next number.</summary>
    public int SchemeVersion { get; private set; }

    /// <summary>The codes as JSON: a list of { key, name, prompt, children }.</summary>
    public string CodesJson { get; private set; }

    public Guid CreatedByUserId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>When a newer version replaced this one; null for the latest.</summary>
    public DateTime? SupersededAt { get; private set; }

    /// <summary>Retired schemes are no longer offered for coding; what was coded with them still shows.</summary>
    public bool IsRetired { get; private set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public CodingScheme ToScheme() =>
        new(Key, Name, SchemeVersion, JsonSerializer.Deserialize<List<Code>>(CodesJson, Json) ?? []);

    /// <summary>Marks this version as replaced by <paramref name="next"/>'s.</summary>
    public void SupersedeBy(StoredCodingScheme next, DateTime at)
    {
        if (next.Key != Key || next.SchemeVersion != SchemeVersion + 1 || SupersededAt is not null)
        {
            throw new InvalidOperationException("Only the latest version can be superseded, by the next one.");
        }

        SupersededAt = at;
    }

    public void Retire() => IsRetired = true;
}
