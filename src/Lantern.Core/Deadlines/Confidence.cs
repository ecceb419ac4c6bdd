namespace Lantern.Core.Deadlines;

/// <summary>How sure Lantern is of a deadline rule, as marked in the domain notes.</summary>
public enum Confidence
{
    /// <summary>Checked against the law or the statutory guidance itself.</summary>
    Verified,

    /// <summary>From a reliable but second-hand source; worth checking locally.</summary>
    Medium,

    /// <summary>Not confirmed; a partnership should set it from its own guidance.</summary>
    Unverified,
}

public static class ConfidenceNames
{
    public static readonly IReadOnlyList<Confidence> All = [Confidence.Verified, Confidence.Medium, Confidence.Unverified];

    public static string DisplayName(this Confidence confidence) => confidence switch
    {
        Confidence.Verified => "Verified",
        Confidence.Medium => "Medium",
        Confidence.Unverified => "Unverified",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, null),
    };

    public static string Description(this Confidence confidence) => confidence switch
    {
        Confidence.Verified => "checked against the law or the statutory guidance",
        Confidence.Medium => "from a reliable second-hand source, so check it against your local arrangements",
        Confidence.Unverified => "not confirmed, so set it from your own guidance",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, null),
    };
}
