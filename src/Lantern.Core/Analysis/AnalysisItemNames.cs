namespace Lantern.Core.Analysis;

public static class AnalysisItemNames
{
    public static string DisplayName(this AnalysisItemKind kind) => kind switch
    {
        AnalysisItemKind.Episode => "Key practice episode",
        AnalysisItemKind.Finding => "Finding",
        AnalysisItemKind.Recommendation => "Recommendation",
        AnalysisItemKind.NarrativeSection => "Narrative section",
        AnalysisItemKind.Perspective => "Perspective",
        AnalysisItemKind.Discrepancy => "Discrepancy",
        AnalysisItemKind.Conversation => "Conversation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string DisplayName(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.ChronologyEntry => "Chronology entry",
        EvidenceKind.Conversation => "Conversation",
        EvidenceKind.Document => "Document",
        EvidenceKind.Episode => "Key practice episode",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string DisplayName(this ChallengeOutcome outcome) => outcome switch
    {
        ChallengeOutcome.Open => "Waiting for a response",
        ChallengeOutcome.Accepted => "Accepted",
        ChallengeOutcome.PartlyAccepted => "Partly accepted",
        ChallengeOutcome.NotAccepted => "Not accepted",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
