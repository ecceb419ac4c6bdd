using Lantern.Core.Actions;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Actions;

/// <summary>Raises an improvement action from something in the review: a finding, an issue for the Board, the Board's
/// response or a recommendation. <c>?source=Finding:{id}</c> (the link from the Board's response) chooses it ahead.</summary>
[ReviewPage(ReviewPermission.ManageActions, AuditActions.ActionsViewed)]
public sealed class RaiseModel(ActionQueries queries, ActionService service) : ActionPageModel
{
    [BindProperty(Name = "Input")]
    public RaiseForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Sources { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Accounts { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] string? source)
    {
        Input.Source = source;
        Input.RaisedOn = DateInputModel.From(service.Today);
        Input.FollowUpMonths = FollowUpSchedule.Format(await service.PartnershipFollowUpMonthsAsync(Review.PartnershipId, HttpContext.RequestAborted));
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var raised = ModelState.Read("Input.RaisedOn", Input.RaisedOn, "Date the action was raised", required: false);
        var due = ModelState.Read("Input.DueOn", Input.DueOn, "Date the action is due", required: false);
        if (ModelState.IsValid)
        {
            var (result, actionId) = await service.RaiseActionAsync(Scope,
                new RaiseActionInput(Input.Source, Input.Title, Input.Description, Input.OwningAgencyId, Input.OwnerName, Input.OwnerUserId, raised, due, Input.FollowUpMonths), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "The action is raised";
                return Redirect(Link.ImprovementAction(Review.Id, actionId!.Value));
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            result.AddAsIs(ModelState);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var sources = await queries.SourcesAsync(Review.Id, ct);
        Sources = [new SelectListItem("Choose what the action answers", string.Empty), .. sources.Select(s => new SelectListItem(s.Text, s.Value))];
        var agencies = await queries.AgenciesAsync(Review.PartnershipId, ct);
        Agencies = [new SelectListItem("Choose an agency", string.Empty), .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
        var accounts = await queries.AccountsAsync(Review.PartnershipId, ct);
        Accounts = [new SelectListItem("No Lantern account", string.Empty), .. accounts.Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
    }

    public sealed class RaiseForm
    {
        [Display(Order = 1)]
        public string? Source { get; set; }

        [Display(Order = 2)]
        public string? Title { get; set; }

        [Display(Order = 3)]
        public string? Description { get; set; }

        [Display(Order = 4)]
        public Guid? OwningAgencyId { get; set; }

        [Display(Order = 5)]
        public string? OwnerName { get; set; }

        [Display(Order = 6)]
        public Guid? OwnerUserId { get; set; }

        [Display(Order = 7)]
        public DateInputModel RaisedOn { get; set; } = new();

        [Display(Order = 8)]
        public DateInputModel DueOn { get; set; } = new();

        [Display(Order = 9)]
        public string? FollowUpMonths { get; set; }
    }
}
