using Lantern.Core.Actions;

namespace Lantern.Web.Pages.Actions;

/// <summary>Adds an outcome measure to an action: what would show children's experience changed, where the figures
/// come from, the baseline and the target, typed as people paste them ("45%", "1,200").</summary>
[ReviewPage(ReviewPermission.ManageActions, AuditActions.ActionsViewed)]
public sealed class AddMeasureModel(ActionQueries queries, ActionService service) : ActionPageModel
{
    [BindProperty(Name = "Input")]
    public MeasureForm Input { get; set; } = new();

    public ImprovementAction Action { get; private set; } = null!;

    public static IReadOnlyList<GovUkOption> Directions { get; } =
    [
        new("true", "A higher figure is better", "For example, the share of referrals made in time"),
        new("false", "A lower figure is better", "For example, days waited for a visit"),
    ];

    public async Task<IActionResult> OnGetAsync(Guid actionId)
    {
        if (await queries.ActionAsync(Scope, actionId, HttpContext.RequestAborted) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid actionId)
    {
        if (await queries.ActionAsync(Scope, actionId, HttpContext.RequestAborted) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        var baselineOn = ModelState.Read("Input.BaselineOn", Input.BaselineOn, "Date of the baseline", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (result, measureId) = await service.AddMeasureAsync(Scope, actionId,
            new OutcomeMeasureInput(Input.Measure, Input.Source, Input.Unit, Input.Baseline, baselineOn, Input.Target, Input.HigherIsBetter), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "The outcome measure is added";
            return Redirect(Link.OutcomeMeasure(Review.Id, actionId, measureId!.Value));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        result.AddAsIs(ModelState);
        return Page();
    }

    public sealed class MeasureForm
    {
        [Display(Order = 1)]
        public string? Measure { get; set; }

        [Display(Order = 2)]
        public string? Source { get; set; }

        [Display(Order = 3)]
        public string? Unit { get; set; }

        [Display(Order = 4)]
        public string? Baseline { get; set; }

        [Display(Order = 5)]
        public DateInputModel BaselineOn { get; set; } = new();

        [Display(Order = 6)]
        public string? Target { get; set; }

        [Display(Order = 7)]
        public bool? HigherIsBetter { get; set; }
    }
}
