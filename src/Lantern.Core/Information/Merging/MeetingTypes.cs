namespace Lantern.Core.Information.Merging;

/// <summary>
/// The event types that are multi-agency meetings, for duplicate detection, the timeline's shapes and meeting
/// continuity, as the chronology's event types mark them (<see cref="EventTypes"/>).
/// </summary>
public static class MeetingTypes
{
    public static bool IsMeeting(string? eventType) => EventTypes.IsMeeting(eventType);

    /// <summary>The key that puts "Core group meeting" and "core group meeting " in the same series or bucket.</summary>
    public static string Normalise(string? eventType) => (eventType ?? string.Empty).Trim().ToUpperInvariant();
}
