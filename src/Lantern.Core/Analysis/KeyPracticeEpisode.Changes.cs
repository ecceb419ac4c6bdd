namespace Lantern.Core.Analysis;

/// <summary>How a key practice episode changes: its wording, its status (by the agreement rule) and its sharing.</summary>
public sealed partial class KeyPracticeEpisode
{
    /// <summary>Changes what the episode says (text trimmed, blanks as null). Changing the wording of an agreed
    /// episode returns it to proposed, changed since agreed.</summary>
    public void Change(EpisodeContent content, Guid byUserId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(content);
        var before = AgreedWording.ForEpisode(this);
        Title = content.Title.Trim();
        PeriodFrom = content.PeriodFrom;
        PeriodTo = content.PeriodTo;
        AgencyIds = content.AgencyIds.Distinct().ToList();
        WhatHappened = content.WhatHappened.Trim();
        KnownThen = ItemText.Tidy(content.KnownThen);
        Appraisal = content.Appraisal;
        AppraisalReasons = ItemText.Tidy(content.AppraisalReasons);
        Explanation = ItemText.Tidy(content.Explanation);
        RaisedBy = content.RaisedBy;
        UpdatedAt = at;
        UpdatedByUserId = byUserId;
        Apply(this.AfterWordingSaved(before, AgreedWording.ForEpisode(this)));
    }

    /// <summary>Moves the episode one step: proposed, agreed by the review team (keeping its wording as agreed),
    /// checked with the case group (once shared with them), or back. Returns why not, or null when moved.</summary>
    public Refusal? MoveTo(EpisodeStatus to, Guid byUserId, DateTime at)
    {
        if (this.RefuseMove(to, "episode", $"An episode that is {Status.DisplayName().ToLowerInvariant()} can only move one step at a time") is { } refusal)
        {
            return refusal;
        }

        Apply(this.Moved(to, AgreedWording.ForEpisode(this), byUserId, at));
        UpdatedAt = at;
        UpdatedByUserId = byUserId;
        return null;
    }

    /// <summary>Shares the episode with the case group for comment (keeping the first date it was shared), or
    /// stops sharing it. Returns why not, or null when done.</summary>
    public Refusal? Share(bool share, DateTime at)
    {
        if (!share && this.RefuseStopSharing("episode") is { } refusal)
        {
            return refusal;
        }

        SharedAt = this.SharedFrom(share, at);
        return null;
    }

    private void Apply(AgreementState state) => (Status, AgreedText, AgreedAt, AgreedByUserId) = state;
}

/// <summary>What an episode says, as its form gives it once checked.</summary>
public sealed record EpisodeContent(
    string Title,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    IReadOnlyList<Guid> AgencyIds,
    string WhatHappened,
    string? KnownThen,
    PracticeAppraisal? Appraisal,
    string? AppraisalReasons,
    string? Explanation,
    EpisodeSource RaisedBy);
