namespace Lantern.Core.Disclosure;

/// <summary>A quick hash of a folded word (FNV-1a over its characters), worked out while the word is read, so the
/// check can rule most words out of its vocabulary before a dictionary lookup.</summary>
internal static class FoldedHash
{
    public const uint Start = 2166136261;

    public static uint Add(uint hash, char c) => (hash ^ c) * 16777619;

    public static uint Of(ReadOnlySpan<char> folded) => Continue(Start, folded);

    public static uint Continue(uint hash, ReadOnlySpan<char> folded)
    {
        foreach (var c in folded)
        {
            hash = Add(hash, c);
        }

        return hash;
    }
}
