namespace Lantern.Core.Analysis;

/// <summary>
/// A section of the practitioners' narrative: one period of the case, holding the accounts of different people
/// and agencies side by side. Where accounts disagree the disagreement is recorded as a <see cref="Discrepancy"/>
/// to explore; nobody's account is overwritten to make the story tidy.
/// </summary>
public sealed class NarrativeSection : IVersioned, IWithdrawable, IAgreeable
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 10_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>The section's number in the review, from 1, never reused.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }

    /// <summary>What the review team understands happened in the period, in a few sentences.</summary>
    public string? Summary { get; set; }

    /// <summary>When the section was shared with the case group for comment; null when it is not shared.</summary>
    public DateTime? SharedAt { get; private set; }

    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public Guid? WithdrawnByUserId { get; set; }
    public string? WithdrawnReason { get; set; }

    /// <summary>How far the section is agreed: proposed, agreed by the review team, checked with the case group.</summary>
    public EpisodeStatus Status { get; private set; }

    public string? AgreedText { get; private set; }
    public DateTime? AgreedAt { get; private set; }
    public Guid? AgreedByUserId { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Changes the section's title, period or summary. Changing the wording of an agreed section returns it
    /// to proposed, changed since agreed.</summary>
    public void Change(string title, DateOnly? periodFrom, DateOnly? periodTo, string? summary, Guid byUserId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(title);
        var before = AgreedWording.ForSection(this);
        Title = title.Trim();
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Summary = ItemText.Tidy(summary);
        UpdatedAt = at;
        UpdatedByUserId = byUserId;
        Apply(this.AfterWordingSaved(before, AgreedWording.ForSection(this)));
    }

    /// <summary>Why the section cannot move to <paramref name="to"/>, or null when it can (see <see cref="Agreement.RefuseMove"/>).</summary>
    public Refusal? RefuseMove(EpisodeStatus to) =>
        Agreement.RefuseMove(this, to, "section", $"A section that is {Status.DisplayName().ToLowerInvariant()} can only move one step at a time");

    /// <summary>Moves the section one step: proposed, agreed by the review team (keeping its wording as agreed),
    /// checked with the case group (once shared with them), or back. Returns why not, or null when moved.</summary>
    public Refusal? MoveTo(EpisodeStatus to, Guid byUserId, DateTime at)
    {
        if (RefuseMove(to) is { } refusal)
        {
            return refusal;
        }

        Apply(this.Moved(to, AgreedWording.ForSection(this), byUserId, at));
        UpdatedAt = at;
        UpdatedByUserId = byUserId;
        return null;
    }

    /// <summary>Shares the section with the case group for comment (keeping the first date it was shared), or stops
    /// sharing it.</summary>
    public void Share(bool share, DateTime at) => SharedAt = this.SharedFrom(share, at);

    private void Apply(AgreementState state) => (Status, AgreedText, AgreedAt, AgreedByUserId) = state;
}

/// <summary>One person's or agency's account of a period: how it looked from where they stood. Its sources are
/// <see cref="AnalysisLink"/> rows (chronology entries, conversations, documents).</summary>
public sealed class Perspective : IVersioned, IWithdrawable
{
    public const int AccountMaxLength = 10_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid SectionId { get; set; }

    /// <summary>Whose account it is, from the people register (shown by pseudonym); null for an agency's account.</summary>
    public Guid? PersonId { get; set; }

    public Guid? AgencyId { get; set; }
    public string Account { get; set; } = string.Empty;
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public Guid? WithdrawnByUserId { get; set; }
    public string? WithdrawnReason { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Changes whose account it is and the account itself.</summary>
    public void Change(Guid? personId, Guid? agencyId, string account, Guid byUserId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(account);
        PersonId = personId;
        AgencyId = agencyId;
        Account = account.Trim();
        UpdatedAt = at;
        UpdatedByUserId = byUserId;
    }
}

/// <summary>Where exploring a discrepancy has got to.</summary>
public enum DiscrepancyStatus
{
    ToExplore,
    Exploring,

    /// <summary>The team understands why the accounts differ.</summary>
    Explained,

    /// <summary>Explored, and the accounts still cannot be reconciled: both stand.</summary>
    CannotBeReconciled,
}

/// <summary>Accounts in a narrative section that do not agree: an item of its own, to be explored rather than
/// settled by rewriting one of them.</summary>
public sealed class Discrepancy : IVersioned, IWithdrawable
{
    public const int TextMaxLength = 4_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid SectionId { get; set; }

    /// <summary>Its number in the review, from 1, never reused.</summary>
    public int Number { get; set; }

    public string Description { get; set; } = string.Empty;

    /// <summary>The accounts that differ (at least two of the section's perspectives).</summary>
    public List<Guid> PerspectiveIds { get; set; } = [];

    public DiscrepancyStatus Status { get; private set; }

    /// <summary>What exploring it found: why the accounts differ, or why they cannot be reconciled.</summary>
    public string? WhatWeFound { get; set; }

    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public Guid? WithdrawnByUserId { get; set; }
    public string? WithdrawnReason { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Why exploring cannot be recorded as <paramref name="status"/> with <paramref name="whatWeFound"/>, or
    /// null when it can: a settled discrepancy must say what exploring it found.</summary>
    public static Refusal? RefuseExplore(DiscrepancyStatus? status, string? whatWeFound)
    {
        if (status is not { } chosen || !Enum.IsDefined(chosen))
        {
            return new Refusal("Status", "Select how far exploring the discrepancy has got");
        }

        return chosen.IsSettled() && string.IsNullOrWhiteSpace(whatWeFound)
            ? new Refusal("WhatWeFound", "Say what exploring the discrepancy found")
            : null;
    }

    /// <summary>Records how far exploring the discrepancy has got and what it found. Returns why not, or null when recorded.</summary>
    public Refusal? Explore(DiscrepancyStatus? status, string? whatWeFound, Guid byUserId, DateTime at)
    {
        if (RefuseExplore(status, whatWeFound) is { } refusal)
        {
            return refusal;
        }

        Status = status!.Value;
        WhatWeFound = ItemText.Tidy(whatWeFound);
        UpdatedAt = at;
        UpdatedByUserId = byUserId;
        return null;
    }
}

public static class DiscrepancyStatusNames
{
    public static readonly IReadOnlyList<DiscrepancyStatus> All = Enum.GetValues<DiscrepancyStatus>();

    public static string DisplayName(this DiscrepancyStatus status) => status switch
    {
        DiscrepancyStatus.ToExplore => "To explore",
        DiscrepancyStatus.Exploring => "Being explored",
        DiscrepancyStatus.Explained => "Explained",
        DiscrepancyStatus.CannotBeReconciled => "Cannot be reconciled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Whether the team has finished exploring it (and so must say what it found).</summary>
    public static bool IsSettled(this DiscrepancyStatus status) => status is DiscrepancyStatus.Explained or DiscrepancyStatus.CannotBeReconciled;
}
