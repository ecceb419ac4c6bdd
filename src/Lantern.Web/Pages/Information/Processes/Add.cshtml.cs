namespace Lantern.Web.Pages.Information.Processes;

/// <summary>Adds a parallel process.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.ProcessesViewed)]
public sealed class AddModel(ProcessService processes) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ProcessInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var end = ModelState.Read("Input.ExpectedEnd", Input.ExpectedEnd, "The expected end date", required: false);
        if (ModelState.IsValid)
        {
            var (result, processId) = await processes.AddProcessAsync(new AddProcessOptions(Review.Id, Review.PartnershipId, Input.ToDetails(end)),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Parallel process added";
                return Redirect(Link.Process(Review.Id, processId!.Value));
            }

            result.AddTo(ModelState, "Input");
        }
        else if (string.IsNullOrWhiteSpace(Input.LeadBody))
        {
            ModelState.AddModelError("Input.LeadBody", "Enter who leads the process");
        }

        return Page();
    }
}
