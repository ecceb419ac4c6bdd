namespace Lantern.Web.Pages.SettingUp.RapidReview;

/// <summary>An agency contact's view: the requests made to their own agency, each with a form to answer it.
/// Other agencies' requests and answers are not shown.</summary>
[ReviewPage(ReviewPermission.RespondToInformationRequest, AuditActions.SettingUpViewed)]
public sealed class AgencyRequestsModel(RapidReviewService service, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ReturnInput Input { get; set; } = new();

    public IReadOnlyList<InformationRequest> Requests { get; private set; } = [];

    public string AgencyName { get; private set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The agency's requests; a request named in the address must be one of them.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? requestId)
    {
        await LoadAsync();
        return requestId is { } id && Requests.All(r => r.Id != id) ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid requestId)
    {
        var from = ModelState.Read("Input.InvolvementFrom", Input.InvolvementFrom, "Start of your agency's involvement", required: false);
        var to = ModelState.Read("Input.InvolvementTo", Input.InvolvementTo, "End of your agency's involvement", required: false);
        if (ModelState.IsValid)
        {
            var result = await service.ReturnInformationAsync(
                new ReturnInformationOptions(Review.Viewer, Review.PartnershipId, requestId, Input.Summary!, from, to, Input.KeyContacts, Input.Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                Notice = "Thank you. Your agency's information has been sent to the business unit.";
                return RedirectToPage("/SettingUp/RapidReview/AgencyRequests", new { reviewId = Review.Id });
            }

            if (result.Conflict)
            {
                ModelState.AddModelError(string.Empty, "Someone else from your agency answered this request at the same time. Check the answer below");
                Response.StatusCode = StatusCodes.Status409Conflict;
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var agencyId = User.RequireActor().AgencyId;
        AgencyName = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync();
        Requests = await db.InformationRequests.AsNoTracking().VisibleTo(Review.Viewer)
            .OrderBy(r => r.DueOn)
            .ToListAsync();
    }

    public sealed class ReturnInput
    {
        [Display(Name = "Your agency's involvement", Order = 1)]
        [Required(ErrorMessage = "Summarise your agency's involvement with the family")]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "The summary must be 8,000 characters or fewer")]
        public string? Summary { get; set; }

        [Display(Order = 2)]
        public DateInputModel InvolvementFrom { get; set; } = new();

        [Display(Order = 3)]
        public DateInputModel InvolvementTo { get; set; } = new();

        [Display(Name = "Key contacts", Order = 4)]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "Key contacts must be 8,000 characters or fewer")]
        public string? KeyContacts { get; set; }

        public Guid Version { get; set; }
    }
}
