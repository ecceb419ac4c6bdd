namespace Lantern.Core.SettingUp;

/// <summary>One version of who does what in the review and how disagreement is settled. Each change is a new
/// version, kept with who made it.</summary>
public sealed class GovernancePlan
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public int VersionNumber { get; set; }
    public string WhoConducts { get; set; } = string.Empty;
    public string WhoQualityAssures { get; set; } = string.Empty;
    public string SignOffRoute { get; set; } = string.Empty;
    public string ChallengeRoute { get; set; } = string.Empty;
    public string ImpasseRoute { get; set; } = string.Empty;
    public Guid ChangedByUserId { get; set; }
    public DateTime ChangedAt { get; set; }
}
