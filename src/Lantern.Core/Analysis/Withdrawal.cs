namespace Lantern.Core.Analysis;

/// <summary>
/// An analysis item that can be withdrawn when it was made in error or is no longer wanted. A withdrawn item is
/// kept, with who withdrew it, when and why, and shown as withdrawn to those who may see the review; it is left out
/// of lists, counts, the numbering of new items, the working papers and the report. The data layer hides withdrawn
/// items from every query unless a query asks for them.
/// </summary>
public interface IWithdrawable
{
    public const int ReasonMaxLength = 1_000;

    DateTime? WithdrawnAt { get; set; }
    Guid? WithdrawnByUserId { get; set; }
    string? WithdrawnReason { get; set; }
}

public static class Withdrawal
{
    /// <summary>Why a withdrawal cannot go ahead, or null when it can.</summary>
    public static string? Check(IWithdrawable item, string? reason)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.WithdrawnAt is not null)
        {
            return "This item has already been withdrawn";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Enter why the item is being withdrawn";
        }

        return reason.Trim().Length > IWithdrawable.ReasonMaxLength
            ? $"The reason must be {IWithdrawable.ReasonMaxLength:N0} characters or fewer"
            : null;
    }

    public static void Withdraw(this IWithdrawable item, string reason, Guid byUserId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.WithdrawnAt = at;
        item.WithdrawnByUserId = byUserId;
        item.WithdrawnReason = reason.Trim();
    }

    public static bool IsWithdrawn(this IWithdrawable item) => item.WithdrawnAt is not null;
}

/// <summary>
/// An analysis item the review team agrees: the text as agreed is kept, so that when anyone changes it afterwards
/// the item shows as changed since agreed, with what changed, and has to be agreed again. Only the item changes these,
/// by the rules in <see cref="Agreement"/>.
/// </summary>
public interface IAgreeable
{
    EpisodeStatus Status { get; }

    /// <summary>When the item was shared with the case group for comment; null when it is not shared.</summary>
    DateTime? SharedAt { get; }

    /// <summary>The agreed text, as <see cref="AgreedWording.ToJson"/> serialises it; null until first agreed.</summary>
    string? AgreedText { get; }

    DateTime? AgreedAt { get; }
    Guid? AgreedByUserId { get; }
}
