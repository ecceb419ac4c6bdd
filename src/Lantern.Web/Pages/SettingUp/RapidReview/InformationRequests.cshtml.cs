using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.SettingUp.RapidReview;

public sealed record InformationRequestRow(InformationRequest Request, string Agency);

/// <summary>Every agency's information request and what came back; overdue ones are flagged to chase.</summary>
[ReviewPage(ReviewPermission.ViewInformationRequests, AuditActions.SettingUpViewed)]
public sealed class InformationRequestsModel(RapidReviewService service, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    public const string DefaultRequest = "Please tell us, briefly: when your agency was involved with the family, what your involvement was, and who the key workers were. We need only the minimum: full records are not needed at this stage.";

    [BindProperty(Name = "Input")]
    public RequestInput Input { get; set; } = new();

    public IReadOnlyList<InformationRequestRow> Requests { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Input.WhatIsNeeded = DefaultRequest;
        Input.RequestedOn = DateInputModel.From(UkTime.Today(time));
        await LoadAsync();
    }

    [HandlerNeeds(ReviewPermission.EditSettingUp)]
    public async Task<IActionResult> OnPostAsync()
    {
        // Left empty, the request was made today.
        var requestedOn = ModelState.Read("Input.RequestedOn", Input.RequestedOn, "Date requested", required: false) ?? UkTime.Today(time);
        var due = ModelState.Read("Input.DueOn", Input.DueOn, "Date the information is due", required: true);
        if (ModelState.IsValid && due is { } dueOn)
        {
            var result = await service.RequestInformationAsync(new RequestInformationOptions(Review.Id, Review.PartnershipId, Input.AgencyId!.Value, dueOn, Input.WhatIsNeeded!, requestedOn),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Information requested. The agency's contact on this review will see the request.";
                return RedirectToPage("/SettingUp/RapidReview/InformationRequests", new { reviewId = Review.Id });
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Today = UkTime.Today(time);
        Requests = await (from r in db.InformationRequests.AsNoTracking().VisibleTo(Review.Viewer)
                          join a in db.Agencies on r.AgencyId equals a.Id
                          orderby r.DueOn, a.Name
                          select new InformationRequestRow(r, a.Name)).ToListAsync();
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId && a.IsActive).OrderBy(a => a.Name).ToListAsync();
        Agencies = [new SelectListItem("Choose an agency", string.Empty), .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
    }

    public sealed class RequestInput
    {
        [Display(Name = "Agency", Order = 1)]
        [Required(ErrorMessage = "Select the agency to ask")]
        public Guid? AgencyId { get; set; }

        [Display(Order = 2)]
        public DateInputModel RequestedOn { get; set; } = new();

        [Display(Order = 3)]
        public DateInputModel DueOn { get; set; } = new();

        [Display(Name = "What you need", Order = 4)]
        [Required(ErrorMessage = "Say what information you need")]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "What you need must be 8,000 characters or fewer")]
        public string? WhatIsNeeded { get; set; }
    }
}
