namespace Lantern.Web.Infrastructure;

/// <summary>The outcome of a write: either done, or refused with errors keyed by field.</summary>
public sealed record WriteResult(bool Succeeded, IReadOnlyList<(string Field, string Message)> Errors, bool Conflict = false, bool NotFound = false)
{
    public static readonly WriteResult Done = new(true, []);
    public static readonly WriteResult Missing = new(false, [], NotFound: true);
    public static readonly WriteResult Stale = new(false, [], Conflict: true);

    public static WriteResult Refused(string field, string message) => new(false, [(field, message)]);
}
