using Lantern.Core.Actions;

namespace Lantern.Web.Pages.Actions;

/// <summary>An outcome measure: its chart, the same figures as a table, and (for those who update actions) a form to
/// record a reading. A reading with no date, or a value that is not a number, is refused and nothing is saved.</summary>
[ReviewPage(ReviewPermission.ViewActions, AuditActions.ActionsViewed)]
public sealed class MeasureModel(ActionQueries queries, ActionService service) : ActionPageModel
{
    [BindProperty(Name = "Input")]
    public ReadingForm Input { get; set; } = new();

    public ImprovementAction Action { get; private set; } = null!;

    public MeasureRow Measure { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid actionId, Guid measureId) =>
        await LoadAsync(actionId, measureId) ? Page() : NotFound();

    [HandlerNeeds(ReviewPermission.UpdateActions)]
    public async Task<IActionResult> OnPostAsync(Guid actionId, Guid measureId)
    {
        if (!await LoadAsync(actionId, measureId))
        {
            return NotFound();
        }

        var taken = ModelState.Read("Input.TakenOn", Input.TakenOn, "Date of the reading", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await service.RecordReadingAsync(Scope, actionId, measureId, new ReadingInput(taken, Input.Value, Input.Note), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "The reading is recorded";
            return Redirect(Link.OutcomeMeasure(Review.Id, actionId, measureId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        result.AddAsIs(ModelState);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid actionId, Guid measureId)
    {
        if (await queries.MeasureAsync(Scope, actionId, measureId, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }

        (Action, Measure) = found;
        return true;
    }

    public sealed class ReadingForm
    {
        [Display(Order = 1)]
        public DateInputModel TakenOn { get; set; } = new();

        [Display(Order = 2)]
        public string? Value { get; set; }

        [Display(Order = 3)]
        public string? Note { get; set; }
    }
}
