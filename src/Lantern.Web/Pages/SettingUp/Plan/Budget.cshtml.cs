namespace Lantern.Web.Pages.SettingUp.Plan;

/// <summary>Sets the review's budget: planned, committed and spent, in pounds.</summary>
[ReviewPage(ReviewPermission.EditSettingUp, AuditActions.SettingUpViewed)]
public sealed class BudgetModel(PlanQueries queries, PlanService plans) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public BudgetInput Input { get; set; } = new();

    public Budget? Current { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Current = await queries.BudgetAsync(Review.Id, HttpContext.RequestAborted);
        if (Current is { } budget)
        {
            Input = new BudgetInput { Planned = budget.Planned.ToInput(), Committed = budget.Committed.ToInput(), Actual = budget.Actual.ToInput(), Version = budget.Version };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var planned = Read("Planned", Input.Planned, "Planned budget", required: true);
        var committed = Read("Committed", Input.Committed, "Amount committed", required: false);
        var actual = Read("Actual", Input.Actual, "Amount spent", required: false);
        if (ModelState.IsValid)
        {
            var result = await plans.SetBudgetAsync(new SetBudgetOptions(Review.Id, Review.PartnershipId, planned, committed, actual, Input.Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Budget saved";
                return RedirectToPage("/SettingUp/Plan/Plan", new { reviewId = Review.Id });
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Conflict)
            {
                Current = await queries.BudgetAsync(Review.Id, HttpContext.RequestAborted);
                ModelState.AddModelError(string.Empty, $"Someone else changed the budget while you were editing it, so your changes have not been saved. It is now: planned {Current?.Planned ?? Money.Zero}, committed {Current?.Committed ?? Money.Zero}, spent {Current?.Actual ?? Money.Zero}. Make your changes again");
                Input.Version = Current?.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        Current = await queries.BudgetAsync(Review.Id, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Reads one amount, adding its error in plain words; a blank optional amount is £0.</summary>
    private Money Read(string field, string? text, string label, bool required)
    {
        if (!required && string.IsNullOrWhiteSpace(text))
        {
            return Money.Zero;
        }

        var problem = Money.Read(text, out var money);
        if (problem != MoneyProblem.None)
        {
            ModelState.AddModelError($"Input.{field}", problem.Message(label));
        }

        return money;
    }

    public sealed class BudgetInput
    {
        [Display(Order = 1)]
        public string? Planned { get; set; }

        [Display(Order = 2)]
        public string? Committed { get; set; }

        [Display(Order = 3)]
        public string? Actual { get; set; }

        public Guid? Version { get; set; }
    }
}
