namespace Lantern.Core.Analysis;

/// <summary>The three kinds of recommendation a systems review can make, by how readily the problem can be
/// solved: locally and plainly, only by weighing competing demands, or only with research or national action.</summary>
public enum RecommendationKind
{
    ClearCut = 1,
    NoEasyAnswer = 2,
    NeedsWiderAction = 3,
}

public enum RecommendationLevel
{
    Local,
    Regional,
    National,
}

/// <summary>Whether the problem a finding describes is still happening when the review checks.</summary>
public enum StillHappens
{
    Unknown,
    Yes,
    No,
}

public static class RecommendationNames
{
    public static readonly IReadOnlyList<RecommendationKind> Kinds = Enum.GetValues<RecommendationKind>();
    public static readonly IReadOnlyList<RecommendationLevel> Levels = Enum.GetValues<RecommendationLevel>();

    public static string DisplayName(this RecommendationKind kind) => kind switch
    {
        RecommendationKind.ClearCut => "Kind 1: clear-cut, for local agencies to put in place",
        RecommendationKind.NoEasyAnswer => "Kind 2: no easy answer, needing managers to weigh competing priorities and resources",
        RecommendationKind.NeedsWiderAction => "Kind 3: needs research, development or national action",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ShortName(this RecommendationKind kind) => $"Kind {(int)kind}";

    public static string DisplayName(this RecommendationLevel level) => level switch
    {
        RecommendationLevel.Local => "Local",
        RecommendationLevel.Regional => "Regional",
        RecommendationLevel.National => "National",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The level a kind usually sits at, offered as the starting answer.</summary>
    public static RecommendationLevel UsualLevel(this RecommendationKind kind) =>
        kind == RecommendationKind.NeedsWiderAction ? RecommendationLevel.National : RecommendationLevel.Local;

    public static string DisplayName(this StillHappens answer) => answer switch
    {
        StillHappens.Unknown => "Not known yet",
        StillHappens.Yes => "Yes, it still happens",
        StillHappens.No => "No, it has stopped",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };
}
