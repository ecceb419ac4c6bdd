namespace Lantern.Web.Pages.Information.Processes;

/// <summary>Records something a parallel process asks of the review, and what it holds.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.ProcessesViewed)]
public sealed class AddConstraintModel(ProcessService processes, TimeProvider time) : ReviewPageModel
{
    public static IReadOnlyList<GovUkOption> HoldOptions { get; } =
    [
        new(nameof(ReviewHold.Conversations), "Conversations with practitioners", "For example, no questions about the case itself to witnesses until the trial ends"),
        new(nameof(ReviewHold.FamilyInvolvement), "Family involvement", "For example, no contact with the family until the charging decision"),
        new(nameof(ReviewHold.Publication), "Publication", "For example, nothing published until the inquest has ended"),
    ];

    [BindProperty(Name = "Input")]
    public ConstraintInput Input { get; set; } = new();

    public Guid ProcessId { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid processId)
    {
        if (!await processes.ExistsAsync(Review.Id, processId, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        ProcessId = processId;
        Input.AgreedOn = DateInputModel.From(UkTime.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid processId)
    {
        ProcessId = processId;
        var agreed = ModelState.Read("Input.AgreedOn", Input.AgreedOn, "The date it was agreed", required: true);
        var holds = ReviewHold.None;
        foreach (var hold in Input.Holds)
        {
            if (Enum.TryParse<ReviewHold>(hold, out var parsed) && ProcessNames.EachHold.Contains(parsed))
            {
                holds |= parsed;
            }
            else
            {
                ModelState.AddModelError("Input.Holds", "Select what the constraint holds from the list");
            }
        }

        if (ModelState.IsValid && agreed is { } on)
        {
            var result = await processes.AddConstraintAsync(new AddConstraintOptions(Review.Id, Review.PartnershipId, processId, Input.Text, holds, on),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                Notice = holds == ReviewHold.None ? "Constraint added" : $"Constraint added. It holds {holds.DisplayName().ToLowerInvariant()} until it is lifted";
                return Redirect(Link.Process(Review.Id, processId));
            }

            result.AddTo(ModelState, "Input");
        }

        return Page();
    }

    public sealed class ConstraintInput
    {
        [Display(Name = "Constraint", Order = 1)]
        public string? Text { get; set; }

        [Display(Order = 2)]
        public List<string> Holds { get; set; } = [];

        [Display(Order = 3)]
        public DateInputModel AgreedOn { get; set; } = new();
    }
}
