namespace Lantern.Web.Pages.Actions;

/// <summary>One improvement action: what it answers, who owns it, its status, progress notes (newest first), evidence
/// of completion, outcome measures with their charts and figures, and follow-up checks.</summary>
[ReviewPage(ReviewPermission.ViewActions, AuditActions.ActionsViewed)]
public sealed class ActionModel(ActionQueries queries, ActionService service) : ActionPageModel
{
    public ActionDetail Detail { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    /// <summary>When the action will be checked again after completion: its own months, or the partnership's.</summary>
    public IReadOnlyList<int> FollowUpMonths { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid actionId)
    {
        if (await queries.DetailAsync(Scope, actionId, HttpContext.RequestAborted) is not { } detail)
        {
            return NotFound();
        }

        (Detail, Today) = (detail, service.Today);
        FollowUpMonths = detail.Action.FollowUpMonths.Count > 0
            ? detail.Action.FollowUpMonths
            : await service.PartnershipFollowUpMonthsAsync(Review.PartnershipId, HttpContext.RequestAborted);
        return Page();
    }
}
