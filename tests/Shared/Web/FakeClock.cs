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

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }
}
