using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Lantern.Core.Analysis;

/// <summary>One field of an item's wording: a key that stays the same across versions, the label a reader sees,
/// and the text (null when blank).</summary>
public sealed record WordingField(string Key, string Label, string? Text);

/// <summary>A field whose wording is not what was agreed: the agreed text and the text now. <see cref="AgreedKept"/>
/// is false when the agreed text was too long to keep in full (only a fingerprint of it was kept).</summary>
public sealed record WordingChange(string Key, string Label, string? Agreed, string? Now, bool AgreedKept = true);

/// <summary>
/// The wording of an agreeable item (an episode, a finding, a narrative section) as a set of fields, kept as JSON
/// in <see cref="IAgreeable.AgreedText"/> when the review team agrees the item. Comparing the wording now with the
/// agreed wording says whether, and where, the item has changed since it was agreed. Text is compared as a reader
/// would: surrounding spaces and Windows line endings do not count, and a blank field is the same as an empty one.
/// </summary>
public sealed class AgreedWording
{
    /// <summary>The most the stored snapshot may hold (the column's size).</summary>
    public const int MaxLength = 60_000;

    private const string FingerprintPrefix = "sha256:";

    private AgreedWording(IReadOnlyList<WordingField> fields) => Fields = fields;

    public IReadOnlyList<WordingField> Fields { get; }

    public static AgreedWording Of(IEnumerable<WordingField> fields) =>
        new(fields.Select(f => f with { Text = Normalise(f.Text) }).ToList());

    /// <summary>An episode's agreed text: its title, what happened, what was known then, the appraisal and its reasons, and why it made sense.</summary>
    public static AgreedWording ForEpisode(KeyPracticeEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        return Of(
        [
            new("title", "Title", episode.Title),
            new("what-happened", "What happened", episode.WhatHappened),
            new("known-then", "What was known then", episode.KnownThen),
            new("appraisal", "Appraisal", episode.Appraisal?.DisplayName()),
            new("appraisal-reasons", "Reasons for the appraisal", episode.AppraisalReasons),
            new("explanation", "Why it made sense at the time", episode.Explanation),
        ]);
    }

    /// <summary>A finding's agreed text: the finding itself, every part of its anatomy and its issues for the Board, in order.</summary>
    public static AgreedWording ForFinding(Finding finding, IEnumerable<string> issues)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var heading = FindingAnatomy.Parts.ToDictionary(p => p.Key, p => p.Heading);
        return Of(
        [
            new("title", heading["title"], finding.Title),
            new("in-this-case", heading["in-this-case"], finding.InThisCase),
            new("not-peculiar", heading["not-peculiar"], finding.NotPeculiar),
            new("how-widespread", heading["how-widespread"], finding.HowWidespread),
            new("why-it-matters", heading["why-it-matters"], finding.WhyItMatters),
            new("statement", heading["statement"], finding.Statement),
            new("issues", heading["issues"], string.Join("\n", issues.Select(i => i.Trim()).Where(i => i.Length > 0))),
        ]);
    }

    /// <summary>A narrative section's agreed text: its title and summary (the accounts in it are their own items).</summary>
    public static AgreedWording ForSection(NarrativeSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Of([new("title", "Title", section.Title), new("summary", "Summary", section.Summary)]);
    }

    /// <summary>The snapshot as stored: a JSON object of field keys and texts. When the whole would be longer than
    /// <see cref="MaxLength"/>, the longest texts are kept as fingerprints, which still tell whether they changed.</summary>
    public string ToJson()
    {
        var values = Fields.ToDictionary(f => f.Key, f => f.Text, StringComparer.Ordinal);
        var json = Serialise(values);
        foreach (var field in Fields.Where(f => f.Text is not null).OrderByDescending(f => f.Text!.Length))
        {
            if (json.Length <= MaxLength)
            {
                break;
            }

            values[field.Key] = Fingerprint(field.Text!);
            json = Serialise(values);
        }

        return json;
    }

    /// <summary>The fields whose wording <paramref name="now"/> differs from this agreed wording, in the order of
    /// <paramref name="now"/>'s fields; empty when nothing changed.</summary>
    public IReadOnlyList<WordingChange> ChangesTo(AgreedWording now)
    {
        ArgumentNullException.ThrowIfNull(now);
        var agreed = Fields.ToDictionary(f => f.Key, f => f.Text, StringComparer.Ordinal);
        var changes = new List<WordingChange>();
        foreach (var field in now.Fields)
        {
            var was = agreed.GetValueOrDefault(field.Key);
            if (was is not null && was.StartsWith(FingerprintPrefix, StringComparison.Ordinal) && was.Length == FingerprintPrefix.Length + 64)
            {
                if (field.Text is null || Fingerprint(field.Text) != was)
                {
                    changes.Add(new WordingChange(field.Key, field.Label, null, field.Text, AgreedKept: false));
                }
            }
            else if (!string.Equals(was, field.Text, StringComparison.Ordinal))
            {
                changes.Add(new WordingChange(field.Key, field.Label, was, field.Text));
            }
        }

        return changes;
    }

    /// <summary>Whether <paramref name="now"/> says exactly what was agreed.</summary>
    public bool SameAs(AgreedWording now) => ChangesTo(now).Count == 0;

    /// <summary>Reads a stored snapshot; null when there is none or it cannot be read (then the item is treated as
    /// never having had its wording kept).</summary>
    public static AgreedWording? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(json);
            return values is null ? null : new AgreedWording(values.Select(v => new WordingField(v.Key, v.Key, v.Value)).ToList());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Serialise(Dictionary<string, string?> values) => JsonSerializer.Serialize(values);

    private static string Fingerprint(string text) =>
        FingerprintPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var tidy = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return tidy.Length == 0 ? null : tidy;
    }
}

/// <summary>Where an agreeable item's agreement stands: its status and the wording kept when it was agreed.</summary>
public readonly record struct AgreementState(EpisodeStatus Status, string? AgreedText, DateTime? AgreedAt, Guid? AgreedByUserId);

/// <summary>
/// The rules of agreement for an <see cref="IAgreeable"/> item (an episode, a finding, a narrative section), in one
/// place: the status moves one step at a time; the case group can be recorded as having checked it only once it is
/// shared with them; agreeing keeps the wording as agreed; changing the wording of an agreed item returns it to
/// proposed, changed since agreed, until it is agreed again. The items apply the state these rules give.
/// </summary>
public static class Agreement
{
    /// <summary>Whether the item is agreed (by the review team, or further, checked with the case group).</summary>
    public static bool IsAgreed(this IAgreeable item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Status is EpisodeStatus.AgreedByReviewTeam or EpisodeStatus.CheckedWithCaseGroup;
    }

    /// <summary>Whether the item was agreed and then changed, so it needs agreeing again.</summary>
    public static bool IsChangedSinceAgreed(this IAgreeable item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return IsChangedSinceAgreed(item.Status, item.AgreedText);
    }

    /// <summary>The same, from a list row's status and snapshot.</summary>
    public static bool IsChangedSinceAgreed(EpisodeStatus status, string? agreedText) =>
        status == EpisodeStatus.Proposed && agreedText is not null;

    /// <summary>The item's agreement as it stands.</summary>
    public static AgreementState State(this IAgreeable item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Status, item.AgreedText, item.AgreedAt, item.AgreedByUserId);
    }

    /// <summary>
    /// Why the item cannot move to <paramref name="to"/>, or null when it can: the status moves one step at a time
    /// (<paramref name="oneStepAtATime"/> says so in the item's words), and reaching "checked with the case group"
    /// needs the item shared with them. <paramref name="noun"/> names the item ("episode").
    /// </summary>
    public static Refusal? RefuseMove(this IAgreeable item, EpisodeStatus to, string noun, string oneStepAtATime)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Enum.IsDefined(to) || !item.Status.CanMoveTo(to))
        {
            return new Refusal("Status", oneStepAtATime);
        }

        return to == EpisodeStatus.CheckedWithCaseGroup && item.SharedAt is null
            ? new Refusal("Status", $"Share the {noun} with the case group before recording that they checked it")
            : null;
    }

    /// <summary>Why the item cannot stop being shared, or null when it can: once the case group has checked it, it
    /// has to move back to agreed by the review team first.</summary>
    public static Refusal? RefuseStopSharing(this IAgreeable item, string noun)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Status == EpisodeStatus.CheckedWithCaseGroup
            ? new Refusal(string.Empty, $"The case group has checked this {noun}. Move it back to agreed by the review team before you stop sharing it")
            : null;
    }

    /// <summary>When the item is shared from, if <paramref name="share"/>: the first time it was shared (sharing
    /// again keeps that date), otherwise null.</summary>
    public static DateTime? SharedFrom(this IAgreeable item, bool share, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(item);
        return share ? item.SharedAt ?? at : null;
    }

    /// <summary>The state after moving the item to <paramref name="to"/> (a move the item allows). Reaching "agreed
    /// by the review team" keeps <paramref name="wording"/> as the agreed wording (replacing any earlier one); moving
    /// back to proposed by choice reopens it and forgets the agreed wording.</summary>
    public static AgreementState Moved(this IAgreeable item, EpisodeStatus to, AgreedWording wording, Guid byUserId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(wording);
        return to switch
        {
            EpisodeStatus.AgreedByReviewTeam => new(to, wording.ToJson(), at, byUserId),
            EpisodeStatus.Proposed => new(to, null, null, null),
            _ => item.State() with { Status = to },
        };
    }

    /// <summary>
    /// The state once the item's wording is saved: <paramref name="before"/> is the wording as it was, <paramref name="after"/>
    /// as it is being saved. If the item is agreed and the wording changed, it returns to proposed (changed since agreed);
    /// an agreed item with no snapshot (agreed before snapshots were kept) keeps <paramref name="before"/> as its agreed
    /// wording. Saving the same wording changes nothing.
    /// </summary>
    public static AgreementState AfterWordingSaved(this IAgreeable item, AgreedWording before, AgreedWording after)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!item.IsAgreed() || before.SameAs(after))
        {
            return item.State();
        }

        return item.State() with { Status = EpisodeStatus.Proposed, AgreedText = item.AgreedText ?? before.ToJson() };
    }

    /// <summary>What changed since the item was agreed, field by field; empty when it has not changed or was never agreed.</summary>
    public static IReadOnlyList<WordingChange> ChangesSinceAgreed(this IAgreeable item, AgreedWording now)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.IsChangedSinceAgreed() && AgreedWording.FromJson(item.AgreedText) is { } agreed ? agreed.ChangesTo(now) : [];
    }
}
