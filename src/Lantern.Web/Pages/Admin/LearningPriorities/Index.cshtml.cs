using Lantern.Core.Board;
using Lantern.Web.Pages.BoardResponse;

namespace Lantern.Web.Pages.Admin.LearningPriorities;

/// <summary>The partnership's learning and improvement priorities, each for a period: what the Board weighs its
/// answer to each finding against. Ended rather than deleted, so earlier responses keep their meaning.</summary>
[PartnershipPage(PartnershipPermission.ManageLearningPriorities)]
public sealed class IndexModel(LearningPriorityService priorities, BoardResponseQueries queries, TimeProvider time) : PageModel
{
    [BindProperty(Name = "Input")]
    public PriorityInput Input { get; set; } = new();

    public IReadOnlyList<LearningPriority> Priorities { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>A form posted with no handler named: nothing to do, so show the page again.</summary>
    public IActionResult OnPost() => Redirect(Link.LearningPriorities);

    public async Task<IActionResult> OnPostAddAsync()
    {
        var from = ModelState.Read("Input.From", Input.From, "Start date", required: true);
        var to = ModelState.Read("Input.To", Input.To, "End date", required: false);
        if (ModelState.IsValid)
        {
            var actor = User.RequireActor();
            var result = await priorities.AddAsync(actor.PartnershipId, HttpContext.AuditActor(), Input.Title, from, to, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Priority added";
                return Redirect(Link.LearningPriorities);
            }

            result.AddAsIs(ModelState);
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(Guid priorityId)
    {
        var actor = User.RequireActor();
        var result = await priorities.EndAsync(actor.PartnershipId, HttpContext.AuditActor(), priorityId, UkTime.Today(time), HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Notice = "Priority ended today";
            return Redirect(Link.LearningPriorities);
        }

        result.AddAsIs(ModelState);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Today = UkTime.Today(time);
        Priorities = await queries.PrioritiesAsync(User.RequireActor().PartnershipId, Today, HttpContext.RequestAborted);
    }

    public sealed class PriorityInput
    {
        [Display(Order = 1)]
        public string? Title { get; set; }

        [Display(Order = 2)]
        public DateInputModel From { get; set; } = new();

        [Display(Order = 3)]
        public DateInputModel To { get; set; } = new();
    }
}
