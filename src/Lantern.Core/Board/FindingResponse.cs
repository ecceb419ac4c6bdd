namespace Lantern.Core.Board;

/// <summary>The Board's answer to a finding.</summary>
public enum FindingDecision
{
    Accepted,
    AcceptedInPart,
    NotAccepted,
}

/// <summary>The Board's answer to one of a finding's issues for the Board.</summary>
public sealed class IssueAnswer
{
    public Guid BoardIssueId { get; set; }
    public string Answer { get; set; } = string.Empty;
}

/// <summary>
/// The Board's written response to one finding (quality marker 16): whether it accepts it and why, where it sits
/// against the partnership's learning and improvement priorities, what the Board and which agencies will do, how
/// the effect will be monitored, whether national action is needed (with the kind 3 recommendation it answers), and
/// an answer to each of the finding's issues for the Board.
/// </summary>
public sealed class FindingResponse : IVersioned
{
    public const int TextMaxLength = 4_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid FindingId { get; set; }
    public FindingDecision Decision { get; set; }
    public string? Reasons { get; set; }

    /// <summary>The learning and improvement priority the response serves, or null when it fits none.</summary>
    public Guid? PriorityId { get; set; }

    public string? BoardWillDo { get; set; }
    public string? AgenciesWillDo { get; set; }

    /// <summary>The agencies that will act.</summary>
    public List<Guid> AgencyIds { get; set; } = [];

    public string? Monitoring { get; set; }
    public bool NationalActionNeeded { get; set; }

    /// <summary>The kind 3 recommendation the national action answers, where the review made one.</summary>
    public Guid? NationalRecommendationId { get; set; }

    public List<IssueAnswer> IssueAnswers { get; set; } = [];
    public DateTime RecordedAt { get; set; }
    public Guid RecordedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public static class FindingDecisions
{
    public static readonly IReadOnlyList<FindingDecision> All = Enum.GetValues<FindingDecision>();

    public static string DisplayName(this FindingDecision decision) => decision switch
    {
        FindingDecision.Accepted => "Accepted",
        FindingDecision.AcceptedInPart => "Accepted in part",
        FindingDecision.NotAccepted => "Not accepted",
        _ => decision.ToString(),
    };
}
