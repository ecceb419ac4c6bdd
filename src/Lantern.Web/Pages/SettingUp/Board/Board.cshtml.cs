namespace Lantern.Web.Pages.SettingUp.Board;

/// <summary>When and how the Board was told of the decision, to whom, and who has acknowledged it.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class BoardModel(BoardService service, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public BoardInput Input { get; set; } = new();

    public IReadOnlyList<(BoardNotification Notification, IReadOnlyList<BoardRecipient> Recipients)> Notifications { get; private set; } = [];

    public static IReadOnlyList<GovUkOption> Methods { get; } =
        Enum.GetValues<CommunicationMethod>().Select(m => new GovUkOption(m.ToString(), m.DisplayName())).ToList();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        Input.InformedOn = DateInputModel.From(UkTime.Today(time));
        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditSettingUp)]
    public async Task<IActionResult> OnPostAsync()
    {
        var informedOn = ModelState.Read("Input.InformedOn", Input.InformedOn, "Date the Board was told", required: true);
        if (ModelState.IsValid && informedOn is { } on)
        {
            var result = await service.InformBoardAsync(
                new InformBoardOptions(Review.Id, Review.PartnershipId, on, Input.Method!.Value, Input.Summary!, BoardService.ParseRecipients(Input.Recipients)),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Recorded that the Board was told";
                return RedirectToPage(new { reviewId = Review.Id });
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditSettingUp)]
    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid recipientId, Guid version)
    {
        var result = await service.AcknowledgeAsync(new AcknowledgeOptions(Review.Id, Review.PartnershipId, recipientId, UkTime.Today(time), version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        Notice = result.Conflict ? "Someone else recorded that at the same time. Check the list below." : result.Succeeded ? "Acknowledgement recorded" : result.Errors[0].Message;
        return RedirectToPage(new { reviewId = Review.Id });
    }

    private async Task LoadAsync()
    {
        var notifications = await db.BoardNotifications.AsNoTracking().Where(b => b.ReviewId == Review.Id)
            .OrderByDescending(b => b.InformedOn).ThenByDescending(b => b.RecordedAt).ToListAsync(HttpContext.RequestAborted);
        var ids = notifications.Select(n => n.Id).ToList();
        var recipients = await db.BoardRecipients.AsNoTracking().Where(r => ids.Contains(r.BoardNotificationId)).ToListAsync(HttpContext.RequestAborted);
        Notifications = notifications
            .Select(n => (n, (IReadOnlyList<BoardRecipient>)recipients.Where(r => r.BoardNotificationId == n.Id).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
    }

    public sealed class BoardInput
    {
        [Display(Order = 1)]
        public DateInputModel InformedOn { get; set; } = new();

        [Display(Order = 2)]
        [Required(ErrorMessage = "Select how the Board was told")]
        public CommunicationMethod? Method { get; set; }

        [Display(Order = 3)]
        [Required(ErrorMessage = "Enter who was told, one person on each line")]
        [StringLength(8000, ErrorMessage = "The list of people must be 8,000 characters or fewer")]
        public string? Recipients { get; set; }

        [Display(Order = 4)]
        [Required(ErrorMessage = "Enter what the Board was told")]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "What the Board was told must be 8,000 characters or fewer")]
        public string? Summary { get; set; }
    }
}
