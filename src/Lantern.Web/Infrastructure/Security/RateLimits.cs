using System.Threading.RateLimiting;
using Lantern.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Infrastructure.Security;

/// <summary>Slows down guessing: posts to sign-in, two-factor, setup and invitation pages are limited per
/// address. Reading those pages is not limited.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddLanternRateLimits(this IServiceCollection services, LanternOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.SignInAttemptsPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
