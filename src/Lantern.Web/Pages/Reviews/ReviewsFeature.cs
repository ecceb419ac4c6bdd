using Lantern.Web.Pages.Reviews.Members;

namespace Lantern.Web.Pages.Reviews;

public static class ReviewsFeature
{
    /// <summary>The reviews' own services: the review itself and who has which role on it.</summary>
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<ReviewService>();
        services.AddScoped<MemberService>();
        return services;
    }
}
