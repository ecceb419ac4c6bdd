using System.Text.RegularExpressions;

namespace Lantern.Core.Information.Merging;

/// <summary>
/// The event types that are multi-agency meetings, for duplicate detection, the timeline's shapes and meeting
/// continuity, as the chronology's event types mark them (<see cref="EventTypes"/>).
/// </summary>
public static partial class MeetingTypes
{
    public static bool IsMeeting(string? eventType) => EventTypes.IsMeeting(eventType);

    /// <summary>The key that puts "Core group meeting" and "core group meeting " in the same series or bucket.</summary>
    public static string Normalise(string? eventType) => (eventType ?? string.Empty).Trim().ToUpperInvariant();

    /// <summary>
    /// An agency's event words without what happened to the event ("ICPC - cancelled", "Core group (postponed)",
    /// "Strategy meeting rearranged"), so that a record of a cancelled meeting is still known as a record of that
    /// meeting. Null when no such word was there.
    /// </summary>
    public static string? WithoutStatus(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        var stripped = StatusWords().Replace(words, " ").Trim(' ', '-', ',', ':', ';', '.', '/');
        return stripped.Length == words.Trim().Length || stripped.Length == 0 ? null : Folding.Fold(stripped);
    }

    [GeneratedRegex(@"[\(\[]?\b(cancell?ed|cancellation( of)?|postponed|re-?arranged|re-?scheduled|adjourned|deferred|stood down|did not go ahead|not held)\b[\)\]]?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StatusWords();
}
