using Lantern.Core.Quality;
using Lantern.Web.Pages.Reports;

namespace Lantern.Web.Pages.Quality;

/// <summary>A second assessor's view of one marker's answer: agree by giving the same answer, or disagree with the
/// reasons, which are kept beside the assessor's. Nobody moderates their own answer.</summary>
[ReviewPage(ReviewPermission.ModerateQuality, AuditActions.QualityViewed)]
public sealed class ModerateModel(QualityService quality, QualityEvidence evidence) : MarkerPageModel(quality, evidence)
{
    [BindProperty(Name = "Input")]
    public MarkerModel.AnswerForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int marker)
    {
        if (!await LoadAsync(marker))
        {
            return NotFound();
        }

        Input = new MarkerModel.AnswerForm { Answer = Current?.ModeratedAnswer, Comment = Current?.ModerationComment, Version = Current?.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int marker)
    {
        if (!QualityMarkers.IsMarker(marker))
        {
            return NotFound();
        }

        var result = Input.Version is { } token
            ? await Quality.ModerateAsync(new ReportScope(Review.Id, Review.PartnershipId, HttpContext.AuditActor()), marker, Input.Answer, Input.Comment, token, HttpContext.RequestAborted)
            : WriteResult.Refused(string.Empty, "This marker has not been assessed yet, so there is nothing to moderate");
        if (result.Succeeded)
        {
            TempData["Notice"] = $"Moderation of {QualityMarkers.Get(marker).Code} saved";
            return Redirect(Link.ReviewQuality(Review.Id));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        await LoadAsync(marker);
        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "The answer changed while you were moderating it, so your moderation has not been saved. Read the answer as it is now and save yours again");
            Input.Version = Current?.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddAsIs(ModelState);
        return Page();
    }
}
