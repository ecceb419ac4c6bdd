namespace Lantern.Core;

/// <summary>
/// An entity people edit. <see cref="Version"/> is the optimistic-concurrency token: it changes on every
/// save, so a save made from a stale copy is refused instead of silently overwriting someone's work.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
