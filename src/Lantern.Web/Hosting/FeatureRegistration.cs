using Lantern.Web.Pages.Account;
using Lantern.Web.Pages.Admin.Agencies;
using Lantern.Web.Pages.Admin.Letters;
using Lantern.Web.Pages.Admin.ReviewTypes;
using Lantern.Web.Pages.Admin.Settings;
using Lantern.Web.Pages.Admin.Users;
using Lantern.Web.Pages.Audit;
using Lantern.Web.Pages.Dashboard;
using Lantern.Web.Pages.Information.Documents;
using Lantern.Web.Pages.Information.Material;
using Lantern.Web.Pages.Information.Processes;
using Lantern.Web.Pages.Information.Submissions;
using Lantern.Web.Pages.Reviews;
using Lantern.Web.Pages.Reviews.Members;
using Lantern.Web.Pages.SettingUp;
using Lantern.Web.Pages.Setup;

namespace Lantern.Web.Hosting;

public static class FeatureRegistration
{
    /// <summary>Each feature folder's write service and queries.</summary>
    public static IServiceCollection AddLanternFeatures(this IServiceCollection services)
    {
        services.AddScoped<SetupService>();
        services.AddScoped<AccountService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<UserQueries>();
        services.AddScoped<AgencyService>();
        services.AddScoped<ReviewTypeService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<MemberService>();
        services.AddScoped<AuditTrailService>();
        services.AddScoped<SettingUpCalendars>();
        services.AddScoped<SettingUpRecorder>();
        services.AddScoped<SettingUpQueries>();
        services.AddScoped<DeadlineService>();
        services.AddScoped<ReferralService>();
        services.AddScoped<TaskService>();
        services.AddScoped<RapidReviewService>();
        services.AddScoped<DecisionService>();
        services.AddScoped<BoardService>();
        services.AddScoped<TermsService>();
        services.AddScoped<SettingsService>();
        services.AddScoped<PurposeService>();
        services.AddScoped<GovernanceService>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<PlanService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<FamilyService>();
        services.AddScoped<Pages.Information.People.PeopleService>();
        services.AddScoped<Pages.Information.PeopleImports.PeopleImportService>();
        services.AddScoped<FamilyLetterService>();
        services.AddScoped<LetterTemplateService>();
        services.AddScoped<Pages.Information.Chronology.ChronologyQueries>();
        services.AddScoped<Pages.Information.Chronology.MergeService>();
        services.AddScoped<Pages.Information.Chronology.ChronologyExports>();
        services.AddScoped<Pages.Information.Chronology.AttendanceService>();
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section);
        services.AddSingleton<DocumentStore>();
        services.AddScoped<DocumentService>();
        services.AddScoped<MaterialService>();
        services.AddScoped<MaterialQueries>();
        services.AddScoped<Pages.Analysis.EpisodeService>();
        services.AddScoped<Pages.Analysis.FindingService>();
        services.AddScoped<Pages.Analysis.RecommendationService>();
        services.AddScoped<Pages.Analysis.AnalysisService>();
        services.AddScoped<Pages.Analysis.AnalysisQueries>();
        services.AddScoped<Pages.Analysis.CodingSchemes>();
        services.AddScoped<Pages.Admin.CodingSchemes.CodingSchemeService>();
        services.AddScoped<Pages.Analysis.WorkingPapers>();
        services.AddScoped<Pages.Analysis.Conversations.ConversationService>();
        services.AddScoped<Pages.Analysis.Conversations.ConversationQueries>();
        services.AddScoped<Pages.Analysis.Narrative.NarrativeService>();
        services.AddScoped<Pages.Analysis.Narrative.NarrativeQueries>();
        services.AddScoped<Pages.Analysis.Meetings.MeetingService>();
        services.AddScoped<Pages.Analysis.HindsightService>();
        services.AddScoped<Pages.Analysis.Withdrawn.WithdrawalService>();
        services.AddScoped<Pages.Analysis.Withdrawn.WithdrawnItems>();
        services.AddScoped<ProcessService>();
        services.AddScoped<HoldQueries>();
        services.AddScoped<ChronologyApplier>();
        services.AddScoped<ChronologyLinks>();
        services.AddScoped<ChronologySubmissionService>();
        services.AddScoped<EventWordsService>();
        services.AddOptions<Core.Information.Import.ImportLimits>().BindConfiguration("Lantern:Chronology");
        services.AddScoped<DemoData>();
        services.AddScoped<Scenarios.ScenarioBuilder>();
        services.AddSingleton<IStartupConsole, StandardOutputConsole>();
        return services;
    }
}
