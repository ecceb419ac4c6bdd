namespace Lantern.Core.Analysis;

/// <summary>How the review team judges the practice in a key practice episode, against what was knowable and
/// expected at the time rather than against what is known now.</summary>
public enum PracticeAppraisal
{
    Good,
    Adequate,
    Problematic,
    Mixed,
}

/// <summary>How far a key practice episode has been tested: the review team's agreement after challenge, then
/// the case group's check that it rings true to those who were there.</summary>
public enum EpisodeStatus
{
    Proposed,
    AgreedByReviewTeam,
    CheckedWithCaseGroup,
}

/// <summary>Where an episode was first put forward.</summary>
public enum EpisodeSource
{
    ReviewTeam,
    LeadReviewer,
    CaseGroup,
    Conversation,
}

public static class EpisodeNames
{
    public static readonly IReadOnlyList<PracticeAppraisal> Appraisals = Enum.GetValues<PracticeAppraisal>();
    public static readonly IReadOnlyList<EpisodeStatus> Statuses = Enum.GetValues<EpisodeStatus>();
    public static readonly IReadOnlyList<EpisodeSource> Sources = Enum.GetValues<EpisodeSource>();

    public static string DisplayName(this PracticeAppraisal appraisal) => appraisal switch
    {
        PracticeAppraisal.Good => "Good practice",
        PracticeAppraisal.Adequate => "Adequate",
        PracticeAppraisal.Problematic => "Problematic",
        PracticeAppraisal.Mixed => "Mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(appraisal), appraisal, null),
    };

    /// <summary>A hint for the person choosing the appraisal.</summary>
    public static string Hint(this PracticeAppraisal appraisal) => appraisal switch
    {
        PracticeAppraisal.Good => "Better than could fairly be expected with what the practitioners knew and had at the time",
        PracticeAppraisal.Adequate => "What could fairly be expected then, even if it looks different now",
        PracticeAppraisal.Problematic => "Short of what could fairly be expected then, judged without hindsight",
        PracticeAppraisal.Mixed => "Some parts good or adequate, others short of what could be expected",
        _ => throw new ArgumentOutOfRangeException(nameof(appraisal), appraisal, null),
    };

    public static string DisplayName(this EpisodeStatus status) => status switch
    {
        EpisodeStatus.Proposed => "Proposed",
        EpisodeStatus.AgreedByReviewTeam => "Agreed by the review team",
        EpisodeStatus.CheckedWithCaseGroup => "Checked with the case group",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string DisplayName(this EpisodeSource source) => source switch
    {
        EpisodeSource.ReviewTeam => "The review team",
        EpisodeSource.LeadReviewer => "A lead reviewer",
        EpisodeSource.CaseGroup => "The case group",
        EpisodeSource.Conversation => "A conversation with a practitioner",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Status moves one step at a time, forward or back (an agreed episode can be reopened).</summary>
    public static bool CanMoveTo(this EpisodeStatus from, EpisodeStatus to) => Math.Abs((int)to - (int)from) == 1;
}
