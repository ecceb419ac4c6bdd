using Lantern.Web.Pages.Admin.Agencies;
using Lantern.Web.Pages.Admin.CodingSchemes;
using Lantern.Web.Pages.Admin.Letters;
using Lantern.Web.Pages.Admin.ReviewTypes;
using Lantern.Web.Pages.Admin.Settings;
using Lantern.Web.Pages.Admin.Users;

namespace Lantern.Web.Pages.Admin;

public static class AdminFeature
{
    /// <summary>The partnership administration's services: users, agencies, review types, settings, letters and coding schemes.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<UserAdminService>();
        services.AddScoped<UserQueries>();
        services.AddScoped<AgencyService>();
        services.AddScoped<ReviewTypeService>();
        services.AddScoped<SettingsService>();
        services.AddScoped<LetterTemplateService>();
        services.AddScoped<CodingSchemeService>();
        return services;
    }
}
