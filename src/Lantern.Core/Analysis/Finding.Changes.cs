namespace Lantern.Core.Analysis;

/// <summary>How a finding changes: its wording (kept complete once past proposed), its status (by the agreement
/// rule, agreed only when complete) and its sharing.</summary>
public sealed partial class Finding
{
    /// <summary>Why the finding cannot say <paramref name="draft"/>, or null when it can: a finding past proposed
    /// must stay complete.</summary>
    public Refusal? RefuseChange(FindingDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Status == EpisodeStatus.Proposed)
        {
            return null;
        }

        var missing = FindingAnatomy.Missing(draft);
        return missing.Count == 0
            ? null
            : new Refusal(string.Empty, $"This finding is {Status.DisplayName().ToLowerInvariant()}, so it must stay complete: {string.Join("; ", missing).ToLowerInvariant()}");
    }

    /// <summary>
    /// Changes what the finding says (its issues for the Board are rows of their own: <paramref name="issuesBefore"/>
    /// are its issues as they were, <paramref name="draft"/>'s as they will be). A finding past proposed must stay
    /// complete; changing the wording of an agreed finding returns it to proposed, changed since agreed. Returns why
    /// not, or null when changed.
    /// </summary>
    public Refusal? Change(FindingDraft draft, IReadOnlyList<string> issuesBefore, FindingCheck check, Guid byUserId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(check);
        if (RefuseChange(draft) is { } refusal)
        {
            return refusal;
        }

        var before = AgreedWording.ForFinding(this, issuesBefore);
        Title = draft.Title!.Trim();
        InThisCase = ItemText.Tidy(draft.InThisCase);
        NotPeculiar = ItemText.Tidy(draft.NotPeculiar);
        HowWidespread = ItemText.Tidy(draft.HowWidespread);
        WhyItMatters = ItemText.Tidy(draft.WhyItMatters);
        Statement = ItemText.Tidy(draft.Statement);
        IsGoodPractice = draft.IsGoodPractice;
        PriorityRank = check.PriorityRank;
        StillHappens = check.StillHappens;
        StillHappensEvidence = check.StillHappens == StillHappens.Unknown ? ItemText.Tidy(check.Evidence) : check.Evidence!.Trim();
        StillHappensCheckedOn = check.CheckedOn;
        UpdatedAt = at;
        UpdatedByUserId = byUserId;
        Apply(this.AfterWordingSaved(before, AgreedWording.ForFinding(this, draft.IssuesForTheBoard)));
        return null;
    }

    /// <summary>Moves the finding one step: proposed, agreed by the review team (only when nothing is missing from
    /// it, with <paramref name="issues"/> its issues for the Board; its wording is kept as agreed), checked with the
    /// case group (once shared with them), or back. Returns why not, or null when moved.</summary>
    public Refusal? MoveTo(EpisodeStatus to, IReadOnlyList<string> issues, Guid byUserId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (this.RefuseMove(to, "finding", "A finding's status moves one step at a time") is { } refusal)
        {
            return refusal;
        }

        if (to == EpisodeStatus.AgreedByReviewTeam && Status == EpisodeStatus.Proposed)
        {
            var missing = FindingAnatomy.Missing(new FindingDraft(Title, InThisCase, NotPeculiar, HowWidespread, WhyItMatters, Statement, issues, IsGoodPractice));
            if (missing.Count > 0)
            {
                return new Refusal(missing.Select(m => ("Status", m)));
            }
        }

        Apply(this.Moved(to, AgreedWording.ForFinding(this, issues), byUserId, at));
        UpdatedAt = at;
        UpdatedByUserId = byUserId;
        return null;
    }

    /// <summary>Shares the finding with the case group for comment (keeping the first date it was shared), or
    /// stops sharing it. Returns why not, or null when done.</summary>
    public Refusal? Share(bool share, DateTime at)
    {
        if (!share && this.RefuseStopSharing("finding") is { } refusal)
        {
            return refusal;
        }

        SharedAt = this.SharedFrom(share, at);
        return null;
    }

    private void Apply(AgreementState state) => (Status, AgreedText, AgreedAt, AgreedByUserId) = state;
}

/// <summary>Whether a finding still happens, the evidence and when it was checked; and its priority.</summary>
public sealed record FindingCheck(int? PriorityRank, StillHappens StillHappens, string? Evidence, DateOnly? CheckedOn);
