using Lantern.Web.Pages.SettingUp.Board;
using Lantern.Web.Pages.SettingUp.Deadlines;
using Lantern.Web.Pages.SettingUp.Decisions;
using Lantern.Web.Pages.SettingUp.Family;
using Lantern.Web.Pages.SettingUp.Governance;
using Lantern.Web.Pages.SettingUp.Plan;
using Lantern.Web.Pages.SettingUp.Purpose;
using Lantern.Web.Pages.SettingUp.RapidReview;
using Lantern.Web.Pages.SettingUp.Referrals;
using Lantern.Web.Pages.SettingUp.Tasks;
using Lantern.Web.Pages.SettingUp.Terms;

namespace Lantern.Web.Pages.SettingUp;

public static class SettingUpFeature
{
    /// <summary>Setting up a review, part by part (each part's folder holds its pages and service).</summary>
    public static IServiceCollection AddSettingUp(this IServiceCollection services)
    {
        services.AddScoped<SettingUpCalendars>();
        services.AddScoped<SettingUpQueries>();
        services.AddScoped<DeadlineService>();
        services.AddScoped<ReferralService>();
        services.AddScoped<TaskService>();
        services.AddScoped<RapidReviewService>();
        services.AddScoped<DecisionService>();
        services.AddScoped<BoardService>();
        services.AddScoped<TermsService>();
        services.AddScoped<PurposeService>();
        services.AddScoped<GovernanceService>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<PlanService>();
        services.AddScoped<FamilyService>();
        services.AddScoped<FamilyLetterService>();
        return services;
    }
}
