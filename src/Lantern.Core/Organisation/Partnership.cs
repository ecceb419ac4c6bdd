namespace Lantern.Core.Organisation;

/// <summary>A local safeguarding partnership (or board). Nothing in Lantern crosses partnerships.</summary>
public sealed class Partnership : IVersioned
{
    public const int NameMaxLength = 120;

    private Partnership()
    {
        Name = string.Empty;
    }

    public Partnership(Guid id, string name, DateTime createdAt)
    {
        Id = id;
        Name = name.Trim();
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public void Rename(string name) => Name = name.Trim();
}
