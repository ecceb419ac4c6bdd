namespace Lantern.Web.Pages.BoardResponse;

/// <summary>
/// The Board's response to the report (quality markers 15 and 16): the meeting it was presented at, the time left
/// before the planned publication against the partnership's expectation, and each finding with the Board's answer.
/// Board members see it once the report has been presented to them, and nothing of the review before.
/// </summary>
[ReviewPage(ReviewPermission.ViewReport, AuditActions.BoardResponseViewed)]
[AlsoOpenTo(ReviewPermission.ReadPresentedReport)]
public sealed class IndexModel(BoardResponseQueries queries) : ReviewPageModel
{
    public BoardResponseState State { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public bool CanManagePriorities => User.ToActor() is { } actor && AccessRules.Can(actor, Review.PartnershipId, PartnershipPermission.ManageLearningPriorities);

    public async Task<IActionResult> OnGetAsync()
    {
        State = await queries.StateAsync(Review.Id, Review.PartnershipId, HttpContext.RequestAborted);
        return !Review.Can(ReviewPermission.ViewReport) && State.Presentation is null ? NotFound() : Page();
    }
}
