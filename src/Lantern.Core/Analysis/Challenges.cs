namespace Lantern.Core.Analysis;

/// <summary>How a challenge to an analysis item ended.</summary>
public enum ChallengeOutcome
{
    Open,
    Accepted,
    PartlyAccepted,
    NotAccepted,
}

/// <summary>A challenge to an analysis item, for the challenge log: who challenged what, the response and the outcome.</summary>
public sealed class Challenge : IVersioned
{
    public const int TextMaxLength = 4_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public AnalysisItemKind ItemKind { get; set; }
    public Guid ItemId { get; set; }
    public Guid RaisedByUserId { get; set; }
    public DateTime RaisedAt { get; set; }
    public string Text { get; set; } = string.Empty;
    public string? Response { get; set; }
    public ChallengeOutcome Outcome { get; set; }
    public Guid? RespondedByUserId { get; set; }
    public DateTime? RespondedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
