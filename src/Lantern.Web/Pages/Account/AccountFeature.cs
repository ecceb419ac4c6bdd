namespace Lantern.Web.Pages.Account;

public static class AccountFeature
{
    /// <summary>The account pages' services (sign-in, two-factor, passwords).</summary>
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        services.AddScoped<AccountService>();
        return services;
    }
}
