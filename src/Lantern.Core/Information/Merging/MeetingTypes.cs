namespace Lantern.Core.Information.Merging;

/// <summary>
/// The event types that are multi-agency meetings, for duplicate detection, the timeline's shapes and meeting
/// continuity. A short list of our own until the chronology's event types say which are meetings.
/// </summary>
public static class MeetingTypes
{
    private static readonly string[] Names =
    [
        "Strategy discussion",
        "Child protection conference",
        "Core group meeting",
        "Multi-agency meeting",
    ];

    public static bool IsMeeting(string? eventType) =>
        eventType is not null && Names.Any(n => string.Equals(n, eventType.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The key that puts "Core group meeting" and "core group meeting " in the same series or bucket.</summary>
    public static string Normalise(string? eventType) => (eventType ?? string.Empty).Trim().ToUpperInvariant();
}
