using Lantern.Core.Quality;
using Lantern.Web.Pages.Reports;

namespace Lantern.Web.Pages.Quality;

/// <summary>One quality marker for the review: its points to consider, what the review's records show about it, the
/// answer so far and, for the business unit and lead reviewers, the form to give or change it.</summary>
[ReviewPage(ReviewPermission.ViewQuality, AuditActions.QualityViewed)]
public sealed class MarkerModel(QualityService quality, QualityEvidence evidence) : MarkerPageModel(quality, evidence)
{
    public static IReadOnlyList<GovUkOption> AnswerOptions { get; } =
    [
        new(nameof(MarkerAnswer.Met), "Met"),
        new(nameof(MarkerAnswer.PartlyMet), "Partly met", "Say in the comment what was missing"),
        new(nameof(MarkerAnswer.NotMet), "Not met", "Say in the comment what happened instead"),
        new(nameof(MarkerAnswer.NotApplicable), "Not applicable", "Say in the comment why it does not apply to this review"),
    ];

    [BindProperty(Name = "Input")]
    public AnswerForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int marker)
    {
        if (!await LoadAsync(marker))
        {
            return NotFound();
        }

        Input = new AnswerForm { Answer = Current?.Answer, Comment = Current?.Comment, Version = Current?.Version };
        return Page();
    }

    [HandlerNeeds(ReviewPermission.AssessQuality)]
    public async Task<IActionResult> OnPostAsync(int marker)
    {
        if (!QualityMarkers.IsMarker(marker))
        {
            return NotFound();
        }

        var result = await Quality.AssessAsync(new ReportScope(Review.Id, Review.PartnershipId, HttpContext.AuditActor()), marker, Input.Answer, Input.Comment, Input.Version, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = $"Answer to {QualityMarkers.Get(marker).Code} saved";
            return Redirect(Link.ReviewQuality(Review.Id));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        await LoadAsync(marker);
        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, Current is { } theirs
                ? $"{Assessment.NameOf(theirs.AssessedByUserId)} answered this marker while you were editing, so yours has not been saved. Their answer is {theirs.Answer.DisplayName().ToLowerInvariant()}, shown below. Save yours again if it should replace it"
                : "Someone else changed this answer while you were editing. Save yours again if it should replace theirs");
            Input.Version = Current?.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddAsIs(ModelState);
        return Page();
    }

    public sealed class AnswerForm
    {
        [Display(Order = 1)]
        public MarkerAnswer? Answer { get; set; }

        [Display(Order = 2)]
        public string? Comment { get; set; }

        public Guid? Version { get; set; }
    }
}
