namespace Lantern.Web.Pages.SettingUp.Purpose;

/// <summary>The learning purpose of the review, what complicates it, and who it was sent to (quality marker 5).</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class PurposeModel(PurposeService purposes, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public PurposeInput Input { get; set; } = new();

    public PurposeStatement? Current { get; private set; }

    public string? ChangedBy { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Current is { } current)
        {
            Input = new PurposeInput
            {
                Statement = current.Statement,
                ComplicatingFactors = current.ComplicatingFactors,
                SentTo = current.SentTo,
                SentOn = DateInputModel.From(current.SentOn),
                Version = current.Version,
            };
        }

        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditSettingUp)]
    public async Task<IActionResult> OnPostAsync()
    {
        var sentOn = ModelState.Read("Input.SentOn", Input.SentOn, "Date the purpose was sent", required: false);
        if (ModelState.IsValid)
        {
            var result = await purposes.RecordPurposeAsync(
                new RecordPurposeOptions(Review.Id, Review.PartnershipId, Input.Statement!, Input.ComplicatingFactors, Input.SentTo, sentOn, Input.Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Purpose of the review saved";
                return RedirectToPage("/SettingUp/Index", new { reviewId = Review.Id });
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Conflict)
            {
                ModelState.AddModelError(string.Empty, "Someone else changed the purpose while you were editing it. Your changes have not been saved. Read theirs above, then make your changes again");
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
        Current = await purposes.FindAsync(Review.Id, HttpContext.RequestAborted);
        if (Current is { } current)
        {
            ChangedBy = await db.Users.AsNoTracking().Where(u => u.Id == current.ChangedByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync(HttpContext.RequestAborted);
        }
    }

    public sealed class PurposeInput
    {
        [Display(Order = 1)]
        [Required(ErrorMessage = "Enter the learning purpose of the review")]
        [StringLength(PurposeStatement.TextMaxLength, ErrorMessage = "The purpose must be 8,000 characters or fewer")]
        public string? Statement { get; set; }

        [Display(Order = 2)]
        [StringLength(PurposeStatement.TextMaxLength, ErrorMessage = "Complicating factors must be 8,000 characters or fewer")]
        public string? ComplicatingFactors { get; set; }

        [Display(Order = 3)]
        [StringLength(PurposeStatement.TextMaxLength, ErrorMessage = "Who it was sent to must be 8,000 characters or fewer")]
        public string? SentTo { get; set; }

        [Display(Order = 4)]
        public DateInputModel SentOn { get; set; } = new();

        public Guid? Version { get; set; }
    }
}
