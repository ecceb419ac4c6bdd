using Lantern.Core.Board;

namespace Lantern.Web.Pages.Publication;

/// <summary>An agency contact confirms that their own agency told its staff involved in the case about the report's
/// content and timing, and offered them support (quality marker 17, point 2). Nobody confirms for another agency.</summary>
[ReviewPage(ReviewPermission.ConfirmProfessionalsTold, AuditActions.PublicationPlanViewed)]
public sealed class ProfessionalsModel(PublicationQueries queries, PublicationService service) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ProfessionalsForm Input { get; set; } = new();

    public ProfessionalsRow? Agency { get; private set; }

    public DateOnly? TargetOn { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Agency!.Notice is { } n)
        {
            Input = new ProfessionalsForm { ToldOn = DateInputModel.From(n.ToldOn), Support = n.Support, Version = n.Version };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var told = ModelState.Read("Input.ToldOn", Input.ToldOn, "Date your staff were told", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await service.ConfirmProfessionalsAsync(new Reports.ReportScope(Review.Id, Review.PartnershipId, HttpContext.AuditActor()),
            Agency!.AgencyId, told, Input.Support, Input.Version, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Thank you. Your confirmation is saved";
            return Redirect(Link.PublicationProfessionals(Review.Id));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            await LoadAsync();
            ModelState.AddModelError(string.Empty, $"Someone else in your agency confirmed this while you were editing, so yours has not been saved. Theirs says staff were told on {Agency.Notice?.ToldOn.LongDate()}. Enter yours again if it should change");
            Input.Version = Agency.Notice?.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddAsIs(ModelState);
        return Page();
    }

    /// <summary>The person's own agency among those the review involves; false when it is not one of them.</summary>
    private async Task<bool> LoadAsync()
    {
        if (User.ToActor() is not { } actor)
        {
            return false;
        }

        var agencies = await queries.AgenciesAsync(Review.Id, Review.PartnershipId, HttpContext.RequestAborted);
        Agency = agencies.FirstOrDefault(a => a.AgencyId == actor.AgencyId);
        TargetOn = (await queries.StateAsync(Review.Id, Review.PartnershipId, HttpContext.RequestAborted)).TargetOn;
        return Agency is not null;
    }

    public sealed class ProfessionalsForm
    {
        [Display(Order = 1)]
        public DateInputModel ToldOn { get; set; } = new();

        [Display(Order = 2)]
        public string? Support { get; set; }

        public Guid? Version { get; set; }
    }
}
