using Lantern.Web.Pages.SettingUp.Deadlines;

namespace Lantern.Web.Pages.SettingUp.RapidReview;

/// <summary>The serious incident notification to the national panel (England), with its deadline.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class NotificationModel(RapidReviewService service, DeadlineService deadlines, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public NotificationInput Input { get; set; } = new();

    public PanelNotification? Current { get; private set; }

    public DeadlineView? Deadline { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Current is { } current)
        {
            Input = new NotificationInput { SentOn = DateInputModel.From(current.SentOn), Reference = current.Reference, Notes = current.Notes, Version = current.Version };
        }

        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditSettingUp)]
    public async Task<IActionResult> OnPostAsync()
    {
        var sentOn = ModelState.Read("Input.SentOn", Input.SentOn, "Date the notification was sent", required: true);
        if (ModelState.IsValid && sentOn is { } sent)
        {
            var result = await service.RecordNotificationAsync(
                new RecordNotificationOptions(Review.Id, Review.PartnershipId, sent, Input.Reference!, Input.Notes, Input.Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Notification to the national panel recorded";
                return RedirectToPage("/SettingUp/Index", new { reviewId = Review.Id });
            }

            if (result.Conflict)
            {
                ModelState.AddModelError(string.Empty, "Someone else changed this notification while you were editing it. Check it below and save again");
                await LoadAsync();
                Input.Version = Current?.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Current = await db.PanelNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.ReviewId == Review.Id);
        var (all, _) = await deadlines.ForReviewAsync(Review.Id, HttpContext.RequestAborted);
        Deadline = all.FirstOrDefault(d => d.Deadline.Rule.Key == "england.notification");
    }

    public sealed class NotificationInput
    {
        [Display(Order = 1)]
        public DateInputModel SentOn { get; set; } = new();

        [Display(Name = "Reference", Order = 2)]
        [Required(ErrorMessage = "Enter the reference the national panel gave")]
        [StringLength(PanelNotification.ReferenceMaxLength, ErrorMessage = "Reference must be 60 characters or fewer")]
        public string? Reference { get; set; }

        [Display(Name = "Notes", Order = 3)]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "Notes must be 8,000 characters or fewer")]
        public string? Notes { get; set; }

        public Guid? Version { get; set; }
    }
}
