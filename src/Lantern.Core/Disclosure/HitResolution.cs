namespace Lantern.Core.Disclosure;

/// <summary>
/// Which hit a resolution is for, in a way that survives edits elsewhere in the text: the rule, the words found
/// (folded: case and accents ignored) and which of the hits with that rule and those words it is, counting from the
/// start of the text (0 for the first). Offsets are not used: they move whenever anything before them is edited.
/// </summary>
public readonly record struct HitKey(DisclosureRule Rule, string Words, int Occurrence)
{
    /// <summary>The key of every hit, in the order given (the order <see cref="DisclosureCheck.Scan"/> returns them).</summary>
    public static IReadOnlyList<HitKey> For(IReadOnlyList<DisclosureHit> hits)
    {
        var seen = new Dictionary<(DisclosureRule, string), int>();
        var keys = new HitKey[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            var words = Folding.Fold(hits[i].Text);
            var n = seen.GetValueOrDefault((hits[i].Rule, words));
            seen[(hits[i].Rule, words)] = n + 1;
            keys[i] = new HitKey(hits[i].Rule, words, n);
        }

        return keys;
    }
}

/// <summary>How a writer dealt with a hit.</summary>
public enum HitResolutionKind
{
    /// <summary>The text was replaced (with the suggestion or the writer's own words).</summary>
    Replaced,

    /// <summary>The text stays, for a reason the writer gave (a professional's role that looks like a name).</summary>
    Accepted,
}

/// <summary>A writer's decision on one hit, to keep with the edition and audit. Made only through
/// <see cref="Replace"/> and <see cref="Accept"/>, which check it.</summary>
public sealed record HitResolution(HitKey Hit, HitResolutionKind Kind, string? Replacement, string? Reason, Guid ByUserId, DateTimeOffset At)
{
    public const int ReasonMaxLength = 500;

    public static HitResolution Replace(HitKey hit, string replacement, Guid byUserId, DateTimeOffset at) =>
        new(hit, HitResolutionKind.Replaced, replacement ?? throw new ArgumentNullException(nameof(replacement)), null, byUserId, at);

    /// <summary>Accepts a hit as it is; the reason is needed, and is what the audit and the edition show.</summary>
    public static HitResolution Accept(HitKey hit, string reason, Guid byUserId, DateTimeOffset at)
    {
        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("Enter why this can stay in the published edition", nameof(reason));
        }

        if (trimmed.Length > ReasonMaxLength)
        {
            throw new ArgumentException($"The reason must be {ReasonMaxLength} characters or fewer", nameof(reason));
        }

        return new(hit, HitResolutionKind.Accepted, null, trimmed, byUserId, at);
    }
}

/// <summary>Applying a hit's replacement to its paragraph, and what is left to resolve.</summary>
public static class HitResolutions
{
    /// <summary>The paragraph's text with the hit replaced by <paramref name="replacement"/> (the suggestion when
    /// null). Refused when the text at the hit's place is no longer what was found: the paragraph changed since the check.</summary>
    public static string Apply(string paragraphText, DisclosureHit hit, string? replacement = null)
    {
        if (hit.End > paragraphText.Length || !paragraphText.AsSpan(hit.Start, hit.Length).SequenceEqual(hit.Text))
        {
            throw new InvalidOperationException("The paragraph has changed since it was checked. Check it again before replacing.");
        }

        return string.Concat(paragraphText.AsSpan(0, hit.Start), replacement ?? hit.Suggestion, paragraphText.AsSpan(hit.End));
    }

    /// <summary>The hits with no resolution, in order.</summary>
    public static IReadOnlyList<DisclosureHit> Unresolved(IReadOnlyList<DisclosureHit> hits, IEnumerable<HitResolution> resolutions)
    {
        var resolved = resolutions.Select(r => r.Hit).ToHashSet();
        var keys = HitKey.For(hits);
        return hits.Where((_, i) => !resolved.Contains(keys[i])).ToList();
    }

    /// <summary>Whether any high-severity hit is unresolved: while it is, a published edition cannot be marked ready.</summary>
    public static bool BlocksPublication(IReadOnlyList<DisclosureHit> hits, IEnumerable<HitResolution> resolutions) =>
        Unresolved(hits, resolutions).Any(h => h.Severity == DisclosureSeverity.High);
}
