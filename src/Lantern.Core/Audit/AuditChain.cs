using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lantern.Core.Audit;

/// <summary>The hash chain that makes the audit trail tamper-evident.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the very first event.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Both databases keep timestamps to the microsecond; truncating first keeps the hash stable.</summary>
    public static DateTime Truncate(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    /// <summary>HMAC-SHA256, under <paramref name="key"/>, of the event's fields and the previous event's hash.</summary>
    public static string ComputeHash(AuditEvent e, AuditKey key)
    {
        // Each field is length-prefixed so no two different events can serialise to the same text.
        var text = new StringBuilder();
        Append(text, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(text, e.Id.ToString("N"));
        Append(text, Truncate(e.OccurredAt).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture));
        Append(text, e.PartnershipId?.ToString("N"));
        Append(text, e.UserId?.ToString("N"));
        Append(text, e.AgencyId?.ToString("N"));
        Append(text, e.IpAddress);
        Append(text, e.Action);
        Append(text, e.ReviewId?.ToString("N"));
        Append(text, e.EntityType);
        Append(text, e.EntityId?.ToString("N"));
        Append(text, e.PreviousHash);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Checks a whole trail held in memory. See <see cref="AuditChainVerifier"/>.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEvent> eventsInSequenceOrder, AuditChainHead? head, AuditKey key,
        AuditAnchor? anchor = null, bool databaseHoldsRecords = false)
    {
        var verifier = new AuditChainVerifier(key, anchor);
        if (verifier.AnchorProblem is { } untrusted)
        {
            return untrusted;
        }

        foreach (var e in eventsInSequenceOrder)
        {
            if (verifier.Check(e) is { } broken)
            {
                return broken;
            }
        }

        return verifier.Finish(head, databaseHoldsRecords);
    }

    private static void Append(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-1:");
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
    }
}

/// <summary>
/// Checks events one at a time, in sequence order, so a long trail can be streamed from the database. It
/// reports the first event that does not fit: an edited event (its hash no longer matches its fields), a
/// deleted one (a gap in the sequence, or a previous hash that points elsewhere), or a trail shorter than
/// the recorded head (events deleted from the end). Given the <see cref="AuditAnchor"/> kept outside the
/// database, it also reports a trail that no longer reaches the anchored event or holds a different one
/// there, which the head row alone cannot show once someone has emptied or rewritten both tables.
/// </summary>
public sealed class AuditChainVerifier
{
    /// <summary>Where the anchor lives, relative to Lantern's data directory, for messages.</summary>
    public const string AnchorFile = "keys/audit-chain.head";

    private readonly AuditKey key;
    private readonly AuditAnchor? anchor;
    private long expectedSequence = 1;
    private string previousHash = AuditChain.Genesis;

    public AuditChainVerifier(AuditKey key, AuditAnchor? anchor = null)
    {
        this.key = key;
        if (anchor is null)
        {
            return;
        }

        if (!string.Equals(anchor.KeyId, key.Id, StringComparison.Ordinal))
        {
            AnchorProblem = AuditVerification.Broken(0, null, null,
                $"The anchor kept outside the database ({AnchorFile}) was sealed with a different audit key (key {anchor.KeyId}) from the one Lantern has now (key {key.Id}). Restore keys/audit-chain.key and {AnchorFile} from the same backup, then check again.");
        }
        else if (!anchor.IsSealedBy(key))
        {
            AnchorProblem = AuditVerification.Broken(0, null, null,
                $"The anchor kept outside the database ({AnchorFile}) has been edited: its seal does not match what it says, so it cannot be trusted. Restore it from the backup made with the database, then check again.");
        }
        else
        {
            this.anchor = anchor;
        }
    }

    /// <summary>Set when the anchor given cannot be trusted; check it before reading any event.</summary>
    public AuditVerification? AnchorProblem { get; }

    public long Checked { get; private set; }

    /// <summary>Returns the failure if this event breaks the chain, otherwise null.</summary>
    public AuditVerification? Check(AuditEvent e)
    {
        if (e.Sequence != expectedSequence)
        {
            return AuditVerification.Broken(Checked, expectedSequence, e.Id, e.Sequence > expectedSequence
                ? $"Event {expectedSequence} is missing: the next event found is {e.Sequence}. Events have been deleted."
                : $"Event {e.Sequence} appears out of order after event {expectedSequence - 1}.");
        }

        if (!string.Equals(e.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return AuditVerification.Broken(Checked, e.Sequence, e.Id,
                $"Event {e.Sequence} does not follow the event before it. Events have been deleted or replaced.");
        }

        if (!string.Equals(AuditChain.ComputeHash(e, key), e.Hash, StringComparison.Ordinal))
        {
            return AuditVerification.Broken(Checked, e.Sequence, e.Id,
                $"Event {e.Sequence} has been changed since it was recorded.");
        }

        if (anchor is not null && e.Sequence == anchor.Sequence && !string.Equals(e.Hash, anchor.Hash, StringComparison.Ordinal))
        {
            return AuditVerification.Broken(Checked, e.Sequence, e.Id,
                $"Event {e.Sequence} is not the event recorded at that position in the anchor kept outside the database ({AnchorFile}): the trail was rewritten.");
        }

        previousHash = e.Hash;
        expectedSequence++;
        Checked++;
        return null;
    }

    /// <summary>Call after the last event: compares the end of the trail with the anchor and the recorded head.
    /// <paramref name="databaseHoldsRecords"/> says whether the database holds accounts, partnerships or
    /// reviews, each of which is recorded in the trail when it is made, so the trail cannot rightly be empty.</summary>
    public AuditVerification Finish(AuditChainHead? head, bool databaseHoldsRecords = false)
    {
        if (anchor is not null && Checked < anchor.Sequence)
        {
            return AuditVerification.Broken(Checked, Checked + 1, null, Checked == 0
                ? $"The audit trail is empty, but the anchor kept outside the database ({AnchorFile}) shows it had reached event {anchor.Sequence}: every event is missing."
                : $"The trail ends at event {Checked}, but the anchor kept outside the database ({AnchorFile}) shows it had reached event {anchor.Sequence}: events after #{Checked} are missing.");
        }

        if (Checked == 0 && databaseHoldsRecords)
        {
            return AuditVerification.Broken(0, 1, null,
                "The audit trail is empty, but the database holds accounts, partnerships or reviews, and Lantern records an event whenever one is made: the trail has been emptied.");
        }

        if (head is not null && head.KeyId.Length > 0 && !string.Equals(head.KeyId, key.Id, StringComparison.Ordinal))
        {
            return AuditVerification.Broken(Checked, null, null,
                $"The trail was sealed with a different audit key (key {head.KeyId}) from the one Lantern has now (key {key.Id}). Restore keys/audit-chain.key from a backup, then check again.");
        }

        if (head is not null && head.LastSequence > 0 && !string.Equals(head.Seal, head.SealFor(key), StringComparison.Ordinal))
        {
            return AuditVerification.Broken(Checked, head.LastSequence, null,
                "The recorded end of the trail has been changed. Events may have been deleted from the end.");
        }

        if (head is not null && (head.LastSequence != Checked || !string.Equals(head.LastHash, previousHash, StringComparison.Ordinal)))
        {
            return AuditVerification.Broken(Checked, Checked + 1, null, head.LastSequence > Checked
                ? $"The trail ends at event {Checked} but {head.LastSequence} were recorded. Events have been deleted from the end."
                : $"The last event does not match the recorded end of the trail (event {head.LastSequence}).");
        }

        return AuditVerification.Intact(Checked);
    }
}

/// <summary>The recorded end of the chain, so events deleted from the end are detected too.</summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = AuditChain.Genesis;

    /// <summary>The <see cref="AuditKey.Id"/> of the key the chain is sealed with.</summary>
    public string KeyId { get; set; } = string.Empty;

    /// <summary>The head's own seal. Without it, someone could delete the last events and set the head back to
    /// an earlier event's (genuine) sequence and hash; with it, they would need the key.</summary>
    public string Seal { get; set; } = string.Empty;

    public void Advance(AuditEvent sealedEvent, AuditKey key)
    {
        LastSequence = sealedEvent.Sequence;
        LastHash = sealedEvent.Hash;
        KeyId = key.Id;
        Seal = SealFor(key);
    }

    public string SealFor(AuditKey key) => Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(key.Value,
        System.Text.Encoding.UTF8.GetBytes($"head|{LastSequence.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{LastHash}|{KeyId}")));
}

public sealed record AuditVerification(bool IsIntact, long EventsChecked, long? FirstBrokenSequence, Guid? FirstBrokenEventId, string Message)
{
    public static AuditVerification Intact(long count) =>
        new(true, count, null, null, count == 1 ? "The audit trail is intact: 1 event checked." : $"The audit trail is intact: {count} events checked.");

    public static AuditVerification Broken(long checkedCount, long? sequence, Guid? eventId, string message) =>
        new(false, checkedCount, sequence, eventId, message);
}
