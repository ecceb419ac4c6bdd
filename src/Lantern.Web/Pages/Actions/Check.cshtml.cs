using Lantern.Core.Actions;

namespace Lantern.Web.Pages.Actions;

/// <summary>Answers a follow-up check on a completed action: has the change lasted, has it had effects nobody
/// intended, and does the problem the finding described still happen.</summary>
[ReviewPage(ReviewPermission.UpdateActions, AuditActions.ActionsViewed)]
public sealed class CheckModel(ActionQueries queries, ActionService service) : ActionPageModel
{
    [BindProperty(Name = "Input")]
    public CheckForm Input { get; set; } = new();

    public ImprovementAction Action { get; private set; } = null!;

    public FollowUpCheck Check { get; private set; } = null!;

    public static IReadOnlyList<GovUkOption> SustainedOptions { get; } = [.. SustainmentNames.All.Select(s => new GovUkOption(s.ToString(), s.DisplayName()))];

    public static IReadOnlyList<GovUkOption> YesNo { get; } = [new("true", "Yes"), new("false", "No")];

    public async Task<IActionResult> OnGetAsync(Guid actionId, Guid checkId)
    {
        if (!await LoadAsync(actionId, checkId))
        {
            return NotFound();
        }

        Input = new CheckForm
        {
            CheckedOn = DateInputModel.From(Check.CheckedOn),
            Sustained = Check.Sustained,
            UnintendedConsequences = Check.UnintendedConsequences,
            StillHappens = Check.StillHappens,
            Comment = Check.Comment,
            Version = Check.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid actionId, Guid checkId)
    {
        if (!await LoadAsync(actionId, checkId))
        {
            return NotFound();
        }

        var checkedOn = ModelState.Read("Input.CheckedOn", Input.CheckedOn, "Date of the check", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await service.RecordCheckAsync(Scope, actionId, checkId,
            new FollowUpCheckInput(checkedOn, Input.Sustained, Input.UnintendedConsequences, Input.StillHappens, Input.Comment), Input.Version, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "The follow-up check is recorded";
            return Redirect(Link.ImprovementAction(Review.Id, actionId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            await LoadAsync(actionId, checkId);
            Input.Version = Check.Version;
            ModelState.AddModelError(string.Empty, $"Someone else recorded this check while you were filling it in, so yours has not been saved. They said: {(Check.Sustained is { } s ? s.DisplayName() : "nothing yet")}. What you entered is still in the form; save again if it should replace theirs");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddAsIs(ModelState);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid actionId, Guid checkId)
    {
        if (await queries.CheckAsync(Scope, actionId, checkId, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }

        (Action, Check) = found;
        return true;
    }

    public sealed class CheckForm
    {
        [Display(Order = 1)]
        public DateInputModel CheckedOn { get; set; } = new();

        [Display(Order = 2)]
        public Sustainment? Sustained { get; set; }

        [Display(Order = 3)]
        public string? UnintendedConsequences { get; set; }

        [Display(Order = 4)]
        public bool? StillHappens { get; set; }

        [Display(Order = 5)]
        public string? Comment { get; set; }

        public Guid Version { get; set; }
    }
}
