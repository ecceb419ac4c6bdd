namespace Lantern.Core.Organisation;

/// <summary>An organisation in a partnership whose staff take part in reviews.</summary>
public sealed class Agency : IVersioned
{
    public const int NameMaxLength = 120;

    private Agency()
    {
        Name = string.Empty;
    }

    public Agency(Guid id, Guid partnershipId, string name, AgencyType type)
    {
        Id = id;
        PartnershipId = partnershipId;
        Name = name.Trim();
        Type = type;
        IsActive = true;
    }

    public Guid Id { get; private set; }
    public Guid PartnershipId { get; private set; }
    public string Name { get; private set; }
    public AgencyType Type { get; private set; }

    /// <summary>An inactive agency stays on past records but cannot be chosen for new ones.</summary>
    public bool IsActive { get; private set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public void Change(string name, AgencyType type, bool isActive)
    {
        Name = name.Trim();
        Type = type;
        IsActive = isActive;
    }
}
