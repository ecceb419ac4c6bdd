using Lantern.Web.Pages.SettingUp.Deadlines;

namespace Lantern.Web.Pages.SettingUp.Plan;

/// <summary>Records a delay to the review, its reason, and whether the Board was told.</summary>
[ReviewPage(ReviewPermission.EditSettingUp, AuditActions.SettingUpViewed)]
public sealed class RecordDelayModel(PlanService plans, DeadlineService deadlines, TimeProvider time) : ReviewPageModel
{
    /// <summary>The radio that says the delay moves no deadline in particular.</summary>
    public const string NoDeadline = "none";

    [BindProperty(Name = "Input")]
    public DelayInput Input { get; set; } = new();

    public static IReadOnlyList<GovUkOption> BoardToldOptions { get; } = [new("true", "Yes"), new("false", "Not yet")];

    /// <summary>The review's deadlines, by rule, that a delay can move, with "none of these".</summary>
    public IReadOnlyList<GovUkOption> DeadlineOptions { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Input.RecordedOn = DateInputModel.From(UkTime.Today(time));
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var (counted, pending) = await deadlines.ForReviewAsync(Review.Id, HttpContext.RequestAborted);
        DeadlineOptions =
        [
            .. counted.OrderBy(d => d.Deadline.Due).Select(d => new GovUkOption(d.Deadline.Rule.Key, $"{d.Deadline.Rule.Name} (due {d.Deadline.Due.LongDate()})")),
            .. pending.Select(p => new GovUkOption(p.Rule.Key, $"{p.Rule.Name} (not worked out yet)")),
            new GovUkOption(NoDeadline, "None of these"),
        ];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var recordedOn = ModelState.Read("Input.RecordedOn", Input.RecordedOn, "Date of the delay", required: true);
        var expected = ModelState.Read("Input.NewExpectedDate", Input.NewExpectedDate, "New expected date", required: false);
        if (Input.BoardTold is null)
        {
            ModelState.AddModelError("Input.BoardTold", "Select whether the Board has been told");
        }

        var told = Input.BoardTold == true ? ModelState.Read("Input.BoardToldOn", Input.BoardToldOn, "Date the Board was told", required: true) : null;
        if (ModelState.IsValid && recordedOn is { } recorded)
        {
            var result = await plans.RecordDelayAsync(
                new RecordDelayOptions(Review.Id, Review.PartnershipId, recorded, Input.Reason!, expected, Input.BoardTold!.Value, told,
                    string.IsNullOrWhiteSpace(Input.DeadlineKey) || Input.DeadlineKey == NoDeadline ? null : Input.DeadlineKey.Trim()),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = Input.BoardTold == true ? "Delay recorded" : "Delay recorded. Remember to tell the Board about it and why";
                return RedirectToPage("/SettingUp/Plan/Plan", new { reviewId = Review.Id });
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    public sealed class DelayInput
    {
        [Display(Order = 1)]
        public DateInputModel RecordedOn { get; set; } = new();

        [Display(Order = 2)]
        [Required(ErrorMessage = "Enter the reason for the delay")]
        [StringLength(DelayEntry.TextMaxLength, ErrorMessage = "The reason must be 4,000 characters or fewer")]
        public string? Reason { get; set; }

        [Display(Order = 3)]
        public DateInputModel NewExpectedDate { get; set; } = new();

        [Display(Order = 5)]
        public bool? BoardTold { get; set; }

        [Display(Order = 6)]
        public DateInputModel BoardToldOn { get; set; } = new();

        [Display(Order = 4)]
        public string? DeadlineKey { get; set; }
    }
}
