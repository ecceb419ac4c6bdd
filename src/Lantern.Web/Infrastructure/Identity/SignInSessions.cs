using System.Security.Claims;
using Lantern.Core.Accounts;
using Lantern.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Identity;

/// <summary>
/// The server's record of each sign-in (<see cref="SignInSession"/>). The session cookie carries the session's
/// id, and a cookie is refused once its session has ended or has lived its absolute lifetime, so signing out
/// ends the session on the server, not only in the browser that signed out. Ending one session leaves the
/// person's others alone; "sign out everywhere", a new password and an administrator's changes end them all.
/// </summary>
public sealed class SignInSessions(LanternDbContext db, TimeProvider time, IOptions<LanternOptions> options)
{
    private TimeSpan Lifetime => options.Value.AbsoluteSessionLifetime;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Records a new session, first clearing away the person's sessions that can never be used again.</summary>
    public async Task<Guid> StartAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var expired = SignInSession.LatestExpiredStart(now, Lifetime);
        await db.SignInSessions.Where(s => s.UserId == userId && (s.EndedAt != null || s.StartedAt <= expired))
            .ExecuteDeleteAsync(cancellationToken);
        var session = SignInSession.Start(userId, now);
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>One look-up by primary key: every signed-in request makes it.</summary>
    public Task<bool> IsLiveAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken = default)
    {
        var expired = SignInSession.LatestExpiredStart(Now, Lifetime);
        return db.SignInSessions.AsNoTracking()
            .AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null && s.StartedAt > expired, cancellationToken);
    }

    public Task EndAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        DateTime? now = Now;
        return db.SignInSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    /// <summary>Ends every session the person has, except <paramref name="keep"/> when given.</summary>
    public Task EndAllAsync(Guid userId, Guid? keep = null, CancellationToken cancellationToken = default)
    {
        DateTime? now = Now;
        var keepId = keep ?? Guid.Empty;
        return db.SignInSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != keepId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    /// <summary>
    /// Checks a session cookie on every request: its session must still be live, then Identity checks the
    /// account's security stamp and refreshes the person's claims. A cookie from before sessions were
    /// recorded names no session and is refused.
    /// </summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var userId = services.GetRequiredService<UserManager<LanternUser>>().GetUserId(context.Principal!);
        var live = context.Principal!.SessionId() is { } sessionId && Guid.TryParse(userId, CultureInfo.InvariantCulture, out var user) &&
                   await services.GetRequiredService<SignInSessions>().IsLiveAsync(sessionId, user, context.HttpContext.RequestAborted);
        if (!live)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}

public static class SessionClaims
{
    /// <summary>The id of the sign-in session this principal belongs to, if it names one.</summary>
    public static Guid? SessionId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(LanternClaims.Session)?.Value, CultureInfo.InvariantCulture, out var id) ? id : null;
}
