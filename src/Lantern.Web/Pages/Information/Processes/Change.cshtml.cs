namespace Lantern.Web.Pages.Information.Processes;

/// <summary>Changes a parallel process's details, such as its status or expected end.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.ProcessesViewed)]
public sealed class ChangeModel(ProcessService processes, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ProcessInput Input { get; set; } = new();

    public Guid ProcessId { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid processId)
    {
        var process = await db.ParallelProcesses.AsNoTracking().SingleOrDefaultAsync(p => p.Id == processId && p.ReviewId == Review.Id, HttpContext.RequestAborted);
        if (process is null)
        {
            return NotFound();
        }

        ProcessId = processId;
        Input = ProcessInput.From(process);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid processId)
    {
        ProcessId = processId;
        var end = ModelState.Read("Input.ExpectedEnd", Input.ExpectedEnd, "The expected end date", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await processes.ChangeProcessAsync(new ChangeProcessOptions(Review.Id, Review.PartnershipId, processId, Input.ToDetails(end), Input.Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Parallel process changed";
            return Redirect(Link.Process(Review.Id, processId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.Clear();
            var current = await db.ParallelProcesses.AsNoTracking().SingleAsync(p => p.Id == processId, HttpContext.RequestAborted);
            Input = ProcessInput.From(current);
            ModelState.AddModelError(string.Empty, "Someone else changed this process while you were editing it. Your changes were not saved. Check the details below and make your changes again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }
}
