namespace Lantern.Web.Hosting;

/// <summary>The "Lantern" configuration section.</summary>
public sealed class LanternOptions
{
    public const string Section = "Lantern";

    /// <summary>Holds the SQLite database, its backups, the key ring and the mail pickup folder.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The address people reach Lantern at; used in links printed to the console and sent by email. When
    /// not set, the first address Lantern listens on (see <see cref="PublicUrlFor"/>).</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>Loads the fictional training partnership on start.</summary>
    public bool Demo { get; set; }

    /// <summary>Minutes without a request before a session ends.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Hours after signing in when a session ends however busy it has been.</summary>
    public int AbsoluteSessionHours { get; set; } = 12;

    /// <summary>Posts allowed per address per minute to sign-in, two-factor, setup and invitation pages.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed.</summary>
    public string[] TrustedProxies { get; set; } = [];

    public SmtpOptions Smtp { get; set; } = new();

    public ReminderOptions Reminders { get; set; } = new();

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(Math.Max(1, IdleTimeoutMinutes));

    public TimeSpan AbsoluteSessionLifetime => TimeSpan.FromHours(Math.Max(1, AbsoluteSessionHours));

    /// <summary>True when Lantern is published at an https address: cookies are then always Secure. Otherwise
    /// they are Secure only on requests that arrive over HTTPS.</summary>
    public bool RequiresHttps => PublicUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="configured"/> when given; otherwise the first of <paramref name="listening"/> (the
    /// <c>urls</c> setting, such as <c>--urls http://0.0.0.0:8080</c>), with a wildcard host read as localhost.
    /// </summary>
    public static string PublicUrlFor(string? configured, string? listening)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim().TrimEnd('/');
        }

        var first = (listening ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return "http://localhost:5080";
        }

        var wildcard = System.Text.RegularExpressions.Regex.Match(first, @"^(?<scheme>https?)://(\*|\+|0\.0\.0\.0|\[::\])(?<rest>(:\d+)?.*)$");
        return (wildcard.Success ? $"{wildcard.Groups["scheme"].Value}://localhost{wildcard.Groups["rest"].Value}" : first).TrimEnd('/');
    }

    public string DataPath(params string[] parts) => Path.GetFullPath(Path.Combine([DataDirectory, .. parts]));
}

/// <summary>The reminders that run by themselves.</summary>
public sealed class ReminderOptions
{
    /// <summary>Minutes between runs; 0 turns reminders off.</summary>
    public int IntervalMinutes { get; set; } = 15;
}

/// <summary>With no host set, emails are written as .eml files to the pickup folder instead of sent.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "lantern@localhost";

    /// <summary>How long to wait for the mail server before giving up (the message is tried again later).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Relative to the data directory when not absolute.</summary>
    public string PickupDirectory { get; set; } = "mail";
}
