using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Lantern.Testing.Web;

/// <summary>
/// The shared test host served by Kestrel on a real port of 127.0.0.1 over plain HTTP, so a real browser can
/// reach it and tests meet the real server's own limits (the in-memory test host has none). Lantern's public
/// address is set to that port: setup and invitation links then point at it, and cookies are Secure only when
/// the request is (as on a developer's own machine).
/// </summary>
public sealed class LiveLanternFactory : LanternFactory
{
    private LiveLanternFactory(TestDatabase database, IDictionary<string, string?>? settings, int port)
        : base(database, WithAddress(settings, port))
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        KestrelAddress = BaseAddress;
        UseKestrel(port);
    }

    /// <summary>Where the browser finds Lantern, such as http://127.0.0.1:40123.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Makes a factory for a free port; start it with <c>StartServer()</c>.</summary>
    public static LiveLanternFactory Create(TestDatabase database, IDictionary<string, string?>? settings = null) =>
        new(database, settings, FreePort());

    /// <summary>A port nothing listens on now. Kestrel binds it moments later.</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static Dictionary<string, string?> WithAddress(IDictionary<string, string?>? settings, int port)
    {
        var address = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        return new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Lantern:PublicUrl"] = address,
            ["Urls"] = address,
        };
    }
}
