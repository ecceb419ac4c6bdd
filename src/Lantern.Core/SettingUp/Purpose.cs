namespace Lantern.Core.SettingUp;

/// <summary>Why the review is being done, said plainly to everyone taking part, with anything that
/// complicates it acknowledged honestly.</summary>
public sealed class PurposeStatement : IVersioned
{
    public const int TextMaxLength = 8000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string Statement { get; set; } = string.Empty;
    public string? ComplicatingFactors { get; set; }
    public string? SentTo { get; set; }
    public DateOnly? SentOn { get; set; }
    public Guid ChangedByUserId { get; set; }
    public DateTime ChangedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
