using Lantern.Web.Pages.Analysis.Conversations;
using Lantern.Web.Pages.Analysis.Episodes;
using Lantern.Web.Pages.Analysis.Findings;
using Lantern.Web.Pages.Analysis.Hindsight;
using Lantern.Web.Pages.Analysis.Meetings;
using Lantern.Web.Pages.Analysis.Narrative;
using Lantern.Web.Pages.Analysis.Recommendations;
using Lantern.Web.Pages.Analysis.Withdrawn;

namespace Lantern.Web.Pages.Analysis;

public static class AnalysisFeature
{
    /// <summary>The analysis: episodes, findings, recommendations, conversations, narrative, meetings, hindsight and
    /// what has been withdrawn, with the queries and working papers they share.</summary>
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddScoped<EpisodeService>();
        services.AddScoped<FindingService>();
        services.AddScoped<RecommendationService>();
        services.AddScoped<AnalysisService>();
        services.AddScoped<AnalysisQueries>();
        services.AddScoped<CodingSchemes>();
        services.AddScoped<WorkingPapers>();
        services.AddScoped<ConversationService>();
        services.AddScoped<ConversationQueries>();
        services.AddScoped<NarrativeService>();
        services.AddScoped<NarrativeQueries>();
        services.AddScoped<MeetingService>();
        services.AddScoped<MeetingQueries>();
        services.AddScoped<HindsightService>();
        services.AddScoped<WithdrawalService>();
        services.AddScoped<WithdrawnItems>();
        return services;
    }
}
