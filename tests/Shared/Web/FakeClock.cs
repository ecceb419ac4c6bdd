namespace Lantern.Testing.Web;

/// <summary>A clock tests can move forward. Starts at the real time, since authenticator codes and lockouts
/// inside ASP.NET Core Identity read the real clock.</summary>
public sealed class FakeClock : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    /// <summary>Moves the clock to <paramref name="to"/>, forward or back, for a test about a particular day.
    /// Sign in first and put the clock back afterwards: sign-in codes are counted from this clock.</summary>
    public void Set(DateTimeOffset to)
    {
        lock (gate)
        {
            now = to;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }
}
