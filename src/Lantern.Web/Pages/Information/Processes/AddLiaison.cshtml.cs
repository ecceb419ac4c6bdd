namespace Lantern.Web.Pages.Information.Processes;

/// <summary>Logs a contact with the people running a parallel process.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.ProcessesViewed)]
public sealed class AddLiaisonModel(ProcessService processes, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public LiaisonInput Input { get; set; } = new();

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
        Input.OccurredOn = DateInputModel.From(UkTime.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid processId)
    {
        ProcessId = processId;
        var occurred = ModelState.Read("Input.OccurredOn", Input.OccurredOn, "The date", required: true);
        if (ModelState.IsValid && occurred is { } on)
        {
            var result = await processes.RecordLiaisonAsync(new RecordLiaisonOptions(Review.Id, Review.PartnershipId, processId, on, Input.WithWhom, Input.Summary),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                Notice = "Liaison recorded";
                return Redirect(Link.Process(Review.Id, processId));
            }

            result.AddTo(ModelState, "Input");
        }

        return Page();
    }

    public sealed class LiaisonInput
    {
        [Display(Order = 1)]
        public DateInputModel OccurredOn { get; set; } = new();

        [Display(Name = "Who with", Order = 2)]
        public string? WithWhom { get; set; }

        [Display(Name = "Summary", Order = 3)]
        public string? Summary { get; set; }
    }
}
