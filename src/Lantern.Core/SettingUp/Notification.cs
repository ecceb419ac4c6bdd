namespace Lantern.Core.SettingUp;

/// <summary>The notification of a serious incident to the national panel (England).</summary>
public sealed class PanelNotification : IVersioned
{
    public const int ReferenceMaxLength = 60;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public DateOnly SentOn { get; set; }
    public string Reference { get; set; } = string.Empty;
    public string? Notes { get; set; }
    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
