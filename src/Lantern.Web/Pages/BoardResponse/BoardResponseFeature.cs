namespace Lantern.Web.Pages.BoardResponse;

public static class BoardResponseFeature
{
    /// <summary>The Board's response to a report: the meeting it was presented at, the answer to each finding and
    /// the partnership's learning and improvement priorities those answers are weighed against.</summary>
    public static IServiceCollection AddBoardResponse(this IServiceCollection services)
    {
        services.AddScoped<BoardResponseQueries>();
        services.AddScoped<BoardResponseService>();
        services.AddScoped<LearningPriorityService>();
        return services;
    }
}
