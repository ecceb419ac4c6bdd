using System.Net;
using Lantern.Web.Infrastructure.Email;
using Lantern.Web.Infrastructure.Identity;
using Lantern.Web.Infrastructure.Security;
using Lantern.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Hosting;

/// <summary>Everything Lantern registers and the order requests pass through.</summary>
public static class LanternHost
{
    /// <summary>
    /// The folder of a published build (its own wwwroot and appsettings.json sit beside the program), so that it
    /// serves its styles and reads its settings whatever folder it is started from; null (the current folder) for
    /// <c>dotnet run</c> and the tests, whose build output has no wwwroot of its own.
    /// </summary>
    public static string? PublishedContentRoot()
    {
        var programFolder = AppContext.BaseDirectory;
        return Directory.Exists(Path.Combine(programFolder, "wwwroot")) ? programFolder : null;
    }

    public static WebApplicationBuilder AddLantern(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var lantern = builder.Configuration.GetSection(LanternOptions.Section).Get<LanternOptions>() ?? new LanternOptions();
        var publicUrl = LanternOptions.PublicUrlFor(builder.Configuration[$"{LanternOptions.Section}:{nameof(LanternOptions.PublicUrl)}"], builder.Configuration["urls"]);
        lantern.PublicUrl = publicUrl;
        services.Configure<LanternOptions>(builder.Configuration.GetSection(LanternOptions.Section));
        services.PostConfigure<LanternOptions>(o => o.PublicUrl = publicUrl);
        services.TryAddTimeProvider();

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (string.IsNullOrWhiteSpace(database.ConnectionString) && database.Provider == DatabaseProvider.Sqlite)
        {
            database.ConnectionString = $"Data Source={lantern.DataPath("lantern.db")}";
        }

        if (builder.Configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.BackupDirectory)}"] is null)
        {
            database.BackupDirectory = lantern.DataPath("backups");
        }

        // The audit key and the chain's anchor are kept with the data-protection keys, outside the database:
        // several instances must share them.
        services.AddLanternData(database, lantern.DataPath("keys"));
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        // The server's own request limits sit above the largest upload allowed, so an upload a little too big
        // reaches its form and is refused there in plain words.
        services.AddUploadLimits();

        // Served at an https address, every cookie is Secure and plain HTTP is redirected. On a developer's
        // own machine (http://localhost) cookies are Secure whenever the request is.
        var cookiePolicy = lantern.RequiresHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        if (lantern.RequiresHttps)
        {
            services.AddHttpsRedirection(o => o.HttpsPort = new Uri(lantern.PublicUrl).Port);
        }
        services.AddScoped<DatabaseMigrator>();

        services.AddDataProtection()
            .SetApplicationName("Lantern")
            .PersistKeysToFileSystem(new DirectoryInfo(lantern.DataPath("keys")));

        AddIdentity(services, lantern, cookiePolicy);
        AddAccessRules(services);
        services.AddLanternRateLimits(lantern);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "Lantern.Antiforgery";
            o.Cookie.SecurePolicy = cookiePolicy;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "Lantern.Notice";
            o.Cookie.SecurePolicy = cookiePolicy;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        if (lantern.TrustedProxies.Length > 0)
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                foreach (var proxy in lantern.TrustedProxies)
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            });
        }

        services.AddRouting(o => o.LowercaseUrls = true);
        var pages = services.AddRazorPages(o => o.Conventions.Add(new PageRouteConvention())).AddMvcOptions(o =>
        {
            o.Filters.Add<AccessPageFilter>();
            Infrastructure.Validation.ValidationSetup.Configure(o);
        });
        PageRouteCheck.ThrowIfInconsistent(pages.PartManager);
        services.AddScoped<Infrastructure.Layout.NavigationBuilder>();
        services.AddScoped<Infrastructure.Auditing.AuditRecorder>();
        services.AddHealthChecks().AddDbContextCheck<LanternDbContext>("database");
        services.AddHttpContextAccessor();
        services.AddSingleton<IEmailOutbox, MailKitEmailOutbox>();
        services.AddScoped<Infrastructure.Reminders.ReminderService>();
        services.AddHostedService<Infrastructure.Reminders.ReminderWorker>();
        services.AddLanternFeatures();
        services.AddHostedService<StartupTasks>();
        return builder;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static void AddIdentity(IServiceCollection services, LanternOptions lantern, CookieSecurePolicy cookiePolicy)
    {
        services.AddIdentityCore<LanternUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;

                // User names are email addresses, checked as such; Identity's default list would refuse
                // real ones such as an apostrophe in o'brien@….
                o.User.AllowedUserNameCharacters = string.Empty;
                o.SignIn.RequireConfirmedAccount = true;
                o.Tokens.AuthenticatorTokenProvider = AuthenticatorCodes.ProviderName;
            })
            .AddUserManager<LanternUserManager>()
            .AddSignInManager<LanternSignInManager>()
            .AddEntityFrameworkStores<LanternDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<AuthenticatorCodes>(AuthenticatorCodes.ProviderName)
            .AddErrorDescriber<LanternIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<LanternClaimsPrincipalFactory>()
            .AddUserConfirmation<EnabledAccountConfirmation>();
        services.AddScoped<IUserStore<LanternUser>, LanternUserStore>();
        services.AddScoped(sp => (LanternSignInManager)sp.GetRequiredService<SignInManager<LanternUser>>());
        services.AddScoped<SignInSessions>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((o, time) =>
            {
                o.Cookie.Name = "Lantern.Session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = cookiePolicy;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = lantern.IdleTimeout;
                o.SlidingExpiration = true;
                o.TimeProvider = time;
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/error/403";
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                // The session must still be live on the server (not signed out, within its absolute lifetime),
                // then the account is checked.
                o.Events.OnValidatePrincipal = SignInSessions.ValidatePrincipalAsync;
            });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure<TimeProvider>((o, time) =>
            {
                o.Cookie.Name = "Lantern.SecondFactor";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = cookiePolicy;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(15);
                o.TimeProvider = time;
            });
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<TimeProvider>((o, time) =>
            {
                // Check the account on every request: a disabled person or a "sign out everywhere" takes
                // effect at their next click, and role changes apply at once.
                o.ValidationInterval = TimeSpan.Zero;
                o.TimeProvider = time;
                o.OnRefreshingPrincipal = context =>
                {
                    // The refreshed principal keeps how the person signed in and which session it is.
                    foreach (var type in new[] { LanternClaims.AuthenticationMethod, LanternClaims.Session })
                    {
                        var kept = context.CurrentPrincipal?.FindFirst(type);
                        if (kept is not null && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                        {
                            identity.AddClaim(new System.Security.Claims.Claim(kept.Type, kept.Value));
                        }
                    }

                    return Task.CompletedTask;
                };
            });
    }

    private static void AddAccessRules(IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, ReviewAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, PartnershipAuthorizationHandler>();
        services.AddAuthorization(o =>
        {
            // Every page needs a full session (password and second factor, account enabled) unless it says
            // it is public; the access filter then applies the page's own rule.
            o.FallbackPolicy = new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim(LanternClaims.AuthenticationMethod, LanternClaims.MultiFactor)
                .RequireClaim(LanternClaims.Active, "true")
                .Build();
        });
    }

    public static WebApplication UseLantern(this WebApplication app)
    {
        var lantern = app.Services.GetRequiredService<IOptions<LanternOptions>>().Value;
        if (lantern.TrustedProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseRequestLocalization(o =>
        {
            // British English for every person, whatever the server's own culture.
            o.SetDefaultCulture("en-GB").AddSupportedCultures("en-GB").AddSupportedUICultures("en-GB");
            o.RequestCultureProviders.Clear();
        });
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/error/500");
        app.UseHsts();
        if (lantern.RequiresHttps)
        {
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            // Says whether the database answers, and nothing else.
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "text/plain";
                return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? "Healthy" : "Unhealthy");
            },
        }).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
