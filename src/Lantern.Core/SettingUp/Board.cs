namespace Lantern.Core.SettingUp;

public enum CommunicationMethod
{
    Email,
    Meeting,
    Letter,
    Phone,
    Other,
}

/// <summary>Telling the Board (the partnership's members) about a decision and its reasons.</summary>
public sealed class BoardNotification : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public DateOnly InformedOn { get; set; }
    public CommunicationMethod Method { get; set; }
    public string Summary { get; set; } = string.Empty;
    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One member told, and whether they have acknowledged it.</summary>
public sealed class BoardRecipient : IVersioned
{
    public const int NameMaxLength = 120;

    public Guid Id { get; set; }
    public Guid BoardNotificationId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Role { get; set; }
    public DateOnly? AcknowledgedOn { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public static class CommunicationNames
{
    public static string DisplayName(this CommunicationMethod method) => method switch
    {
        CommunicationMethod.Email => "Email",
        CommunicationMethod.Meeting => "At a meeting",
        CommunicationMethod.Letter => "Letter",
        CommunicationMethod.Phone => "Phone",
        CommunicationMethod.Other => "Another way",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
