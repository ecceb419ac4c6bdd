namespace Lantern.Web.Pages.Information.Processes;

/// <summary>Lifts a constraint, with the date and the reason: what it held is no longer held.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.ProcessesViewed)]
public sealed class LiftConstraintModel(ProcessService processes, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public LiftInput Input { get; set; } = new();

    public ProcessConstraint Current { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid processId, Guid constraintId)
    {
        if (!await LoadAsync(processId, constraintId))
        {
            return NotFound();
        }

        Input.LiftedOn = DateInputModel.From(UkTime.Today(time));
        Input.Version = Current.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid processId, Guid constraintId)
    {
        if (!await LoadAsync(processId, constraintId))
        {
            return NotFound();
        }

        var liftedOn = ModelState.Read("Input.LiftedOn", Input.LiftedOn, "The date it was lifted", required: true);
        if (ModelState.IsValid && liftedOn is { } on)
        {
            var result = await processes.LiftConstraintAsync(new LiftConstraintOptions(Review.Id, Review.PartnershipId, processId, constraintId, on, Input.Reason, Input.Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Constraint lifted";
                return Redirect(Link.Process(Review.Id, processId));
            }

            if (result.Conflict)
            {
                ModelState.Clear();
                await LoadAsync(processId, constraintId);
                Input.Version = Current.Version;
                ModelState.AddModelError(string.Empty, "Someone else changed this constraint while you were lifting it. Nothing was saved. Check it below and try again");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid processId, Guid constraintId)
    {
        var constraint = await db.ProcessConstraints.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == constraintId && c.ProcessId == processId && c.ReviewId == Review.Id, HttpContext.RequestAborted);
        Current = constraint!;
        return constraint is not null;
    }

    public sealed class LiftInput
    {
        [Display(Order = 1)]
        public DateInputModel LiftedOn { get; set; } = new();

        [Display(Name = "Reason", Order = 2)]
        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }
}
