namespace Lantern.Core.SettingUp;

public enum ContactChannel
{
    Letter,
    Email,
    Phone,
    TextMessage,
    VideoCall,
    InPerson,
    ThroughAnAdvocate,
}

/// <summary>
/// How to reach one family member about the review, kindly and safely. Names and circumstances are
/// restricted to the roles that need them.
/// </summary>
public sealed class FamilyMember : IVersioned
{
    public const int NameMaxLength = 120;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string Relationship { get; set; } = string.Empty;
    public bool? HasParentalResponsibility { get; set; }
    public string? Language { get; set; }
    public bool InterpreterNeeded { get; set; }
    public string? AccessibilityNeeds { get; set; }
    public string? SafetyConcerns { get; set; }
    public ContactChannel PreferredChannel { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum CorrespondenceDirection
{
    ToFamily,
    FromFamily,
}

/// <summary>A contact with the family, recorded so nobody has to rely on memory or an inbox.</summary>
public sealed class Correspondence
{
    public const int SummaryMaxLength = 4000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid? FamilyMemberId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public CorrespondenceDirection Direction { get; set; }
    public ContactChannel Channel { get; set; }
    public string Summary { get; set; } = string.Empty;
    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>A letter wording a partnership keeps and edits, filled in for each family member.</summary>
public sealed class LetterTemplate : IVersioned
{
    public const int NameMaxLength = 120;
    public const int PurposeMaxLength = NameMaxLength * 4;
    public const int BodyMaxLength = 20000;

    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string Purpose { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public bool IsActive { get; set; } = true;
    public Guid Version { get; set; } = Guid.NewGuid();
}

public static class FamilyNames
{
    public static string DisplayName(this ContactChannel channel) => channel switch
    {
        ContactChannel.Letter => "Letter",
        ContactChannel.Email => "Email",
        ContactChannel.Phone => "Phone call",
        ContactChannel.TextMessage => "Text message",
        ContactChannel.VideoCall => "Video call",
        ContactChannel.InPerson => "In person",
        ContactChannel.ThroughAnAdvocate => "Through an advocate or supporter",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static string DisplayName(this CorrespondenceDirection direction) => direction switch
    {
        CorrespondenceDirection.ToFamily => "To the family",
        CorrespondenceDirection.FromFamily => "From the family",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };
}
