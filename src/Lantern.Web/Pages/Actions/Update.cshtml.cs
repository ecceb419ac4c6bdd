using Lantern.Core.Actions;

namespace Lantern.Web.Pages.Actions;

/// <summary>Changes an action's status and adds a progress note. Completing it needs the date and what was done, and
/// sets its follow-up checks; cancelling needs a reason and is for the business unit or chair only. If someone else
/// changed the action meanwhile, nothing is saved: the page answers 409, shows their version and keeps what was typed.</summary>
[ReviewPage(ReviewPermission.UpdateActions, AuditActions.ActionsViewed)]
public sealed class UpdateModel(ActionQueries queries, ActionService service) : ActionPageModel
{
    [BindProperty(Name = "Input")]
    public UpdateForm Input { get; set; } = new();

    public ImprovementAction Action { get; private set; } = null!;

    /// <summary>The action as someone else saved it, when this person's change met theirs.</summary>
    public ImprovementAction? Theirs { get; private set; }

    public IReadOnlyList<GovUkOption> Statuses => ActionNames.Statuses
        .Where(s => s != ActionStatus.Cancelled || Scope.MayManage || Action.Status == ActionStatus.Cancelled)
        .Select(s => new GovUkOption(s.ToString(), s.DisplayName(), s switch
        {
            ActionStatus.Completed => "Give the date it was done and what was done. Follow-up checks are set for 3, 6 and 12 months later",
            ActionStatus.Cancelled => "Give the reason it will not be done",
            _ => null,
        })).ToList();

    public async Task<IActionResult> OnGetAsync(Guid actionId)
    {
        if (await queries.ActionAsync(Scope, actionId, HttpContext.RequestAborted) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        Input = new UpdateForm
        {
            Status = action.Status,
            CompletedOn = DateInputModel.From(action.CompletedOn),
            CompletionSummary = action.CompletionSummary,
            CancelledReason = action.CancelledReason,
            Version = action.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid actionId)
    {
        if (await queries.ActionAsync(Scope, actionId, HttpContext.RequestAborted) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        var completed = ModelState.Read("Input.CompletedOn", Input.CompletedOn, "Date the action was completed", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await service.UpdateActionAsync(Scope, actionId,
            new UpdateActionInput(Input.Status, completed, Input.CompletionSummary, Input.CancelledReason, Input.Note), Input.Version, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "The action is updated";
            return Redirect(Link.ImprovementAction(Review.Id, actionId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            Theirs = await queries.ActionAsync(Scope, actionId, HttpContext.RequestAborted);
            Action = Theirs ?? action;
            Input.Version = Action.Version;
            ModelState.AddModelError(string.Empty, "Someone else changed this action while you were updating it, so your change has not been saved. Their version is shown below; what you entered is still in the form. Save again if it should still change");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddAsIs(ModelState);
        return Page();
    }

    public sealed class UpdateForm
    {
        [Display(Order = 1)]
        public ActionStatus? Status { get; set; }

        [Display(Order = 2)]
        public DateInputModel CompletedOn { get; set; } = new();

        [Display(Order = 3)]
        public string? CompletionSummary { get; set; }

        [Display(Order = 4)]
        public string? CancelledReason { get; set; }

        [Display(Order = 5)]
        public string? Note { get; set; }

        public Guid Version { get; set; }
    }
}
