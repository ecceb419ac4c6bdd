namespace Lantern.Core.Accounts;

/// <summary>
/// One sign-in on one browser, from the second factor to signing out. The session cookie names it, and every
/// request checks it is still live, so a copied cookie stops working once its session has ended. A session
/// ends when the person signs out, and for good once <see cref="AbsoluteLifetime"/> has passed since sign-in,
/// however busy it has been: the idle timeout alone would let a session kept busy last for ever.
/// </summary>
public sealed class SignInSession
{
    private SignInSession()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime? EndedAt { get; private set; }

    public static SignInSession Start(Guid userId, DateTime now) =>
        new() { Id = Guid.NewGuid(), UserId = userId, StartedAt = now };

    /// <summary>Sessions that started at or before this moment have lived their whole lifetime by <paramref name="now"/>.</summary>
    public static DateTime LatestExpiredStart(DateTime now, TimeSpan absoluteLifetime) => now - absoluteLifetime;

    public bool IsLive(DateTime now, TimeSpan absoluteLifetime) =>
        EndedAt is null && StartedAt > LatestExpiredStart(now, absoluteLifetime);

    public void End(DateTime now) => EndedAt ??= now;
}
