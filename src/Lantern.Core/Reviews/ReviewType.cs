namespace Lantern.Core.Reviews;

/// <summary>A kind of review a partnership runs. The list is the partnership's own to change.</summary>
public sealed class ReviewType : IVersioned
{
    public const int NameMaxLength = 100;

    /// <summary>The kinds every new partnership starts with.</summary>
    public static readonly IReadOnlyList<string> Defaults =
    [
        "Rapid review",
        "Local child safeguarding practice review",
        "Serious case review (legacy)",
        "Safeguarding adults review",
        "Domestic homicide review",
        "Learning review",
        "Other",
    ];

    private ReviewType()
    {
        Name = string.Empty;
    }

    public ReviewType(Guid id, Guid partnershipId, string name, int sortOrder)
    {
        Id = id;
        PartnershipId = partnershipId;
        Name = name.Trim();
        SortOrder = sortOrder;
        IsActive = true;
    }

    public Guid Id { get; private set; }
    public Guid PartnershipId { get; private set; }
    public string Name { get; private set; }
    public int SortOrder { get; private set; }

    /// <summary>A retired type stays on the reviews that used it but is not offered for new ones.</summary>
    public bool IsActive { get; private set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public static IEnumerable<ReviewType> CreateDefaults(Guid partnershipId) =>
        Defaults.Select((name, i) => new ReviewType(Guid.NewGuid(), partnershipId, name, (i + 1) * 10));

    public void Change(string name, int sortOrder, bool isActive)
    {
        Name = name.Trim();
        SortOrder = sortOrder;
        IsActive = isActive;
    }
}
