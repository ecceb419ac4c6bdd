namespace Lantern.Core.Information;

/// <summary>
/// Someone's word that an agency's own name for an event ("ICPC", "core grp", "strat") means one of Lantern's
/// event types (<see cref="EventTypes"/>). Made for one agency (remembered for its later uploads) or, with
/// <see cref="AgencyId"/> null, for every agency in the partnership, extending the built-in synonym list.
/// </summary>
public sealed class EventTypeMapping : IVersioned
{
    public const int WordsMaxLength = ChronologyEntry.EventTypeMaxLength;

    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }

    /// <summary>The agency the mapping is for; null when it holds for the whole partnership.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>The words as the agency wrote them (the first time they were mapped).</summary>
    public string Words { get; set; } = string.Empty;

    /// <summary>The words folded (<see cref="Folding.Fold"/>), which is what is matched.</summary>
    public string WordsKey { get; set; } = string.Empty;

    /// <summary>The name of the Lantern event type the words mean.</summary>
    public string TypeName { get; set; } = string.Empty;

    public Guid AddedByUserId { get; set; }
    public DateTime AddedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
