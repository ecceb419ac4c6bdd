using Lantern.Core.Quality;

namespace Lantern.Web.Pages.Quality;

/// <summary>The review's self-assessment against the 18 quality markers: each marker's answer (in words as well as
/// colour), whether it was moderated and whether the moderator disagreed, with a link to answer it beside the
/// evidence the review's records hold.</summary>
[ReviewPage(ReviewPermission.ViewQuality, AuditActions.QualityViewed)]
public sealed class IndexModel(QualityService quality) : ReviewPageModel
{
    public ReviewAssessment Assessment { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Assessment = await quality.ReadAsync(Review.Id, HttpContext.RequestAborted);

    public static string TagClass(MarkerAnswer? answer) => answer switch
    {
        MarkerAnswer.Met => "govuk-tag--green",
        MarkerAnswer.PartlyMet => "govuk-tag--yellow",
        MarkerAnswer.NotMet => "govuk-tag--red",
        MarkerAnswer.NotApplicable => "govuk-tag--grey",
        _ => "govuk-tag--grey",
    };
}
