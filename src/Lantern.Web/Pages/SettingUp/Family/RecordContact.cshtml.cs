using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.SettingUp.Family;

/// <summary>Records a contact with the family: a letter, call, visit or message, either way.</summary>
[ReviewPage(ReviewPermission.ViewFamily, AuditActions.FamilyViewed)]
public sealed class RecordContactModel(FamilyService family, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    /// <summary>The value of the "whole family" choice in the list of people.</summary>
    public const string WholeFamily = "family";

    public static IReadOnlyList<GovUkOption> Directions { get; } =
        Enum.GetValues<CorrespondenceDirection>().Select(d => new GovUkOption(d.ToString(), d.DisplayName())).ToList();

    [BindProperty(Name = "Input")]
    public ContactInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Input.OccurredOn = DateInputModel.From(UkTime.Today(time));
        await LoadAsync();
    }

    [HandlerNeeds(ReviewPermission.EditFamily)]
    public async Task<IActionResult> OnPostAsync()
    {
        var occurredOn = ModelState.Read("Input.OccurredOn", Input.OccurredOn, "Date of the contact", required: true);
        Guid? memberId = null;
        if (Input.Who is { Length: > 0 } who && who != WholeFamily)
        {
            if (Guid.TryParse(who, out var id))
            {
                memberId = id;
            }
            else
            {
                ModelState.AddModelError("Input.Who", "Select a family member from the list, or the whole family");
            }
        }

        if (ModelState.IsValid && occurredOn is { } occurred)
        {
            var result = await family.RecordCorrespondenceAsync(
                new RecordCorrespondenceOptions(Review.Id, Review.PartnershipId, memberId, occurred, Input.Direction!.Value, Input.Channel!.Value, Input.Summary!),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Contact with the family recorded";
                return RedirectToPage("/SettingUp/Family/Family", new { reviewId = Review.Id });
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var members = await db.FamilyMembers.AsNoTracking().VisibleTo(Review.Viewer)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Name)
            .Select(m => new { m.Id, m.Name, m.Relationship }).ToListAsync(HttpContext.RequestAborted);
        People =
        [
            new SelectListItem("Choose who", string.Empty),
            .. members.Select(m => new SelectListItem($"{m.Name} ({m.Relationship})", m.Id.ToString())),
            new SelectListItem("The whole family", WholeFamily),
        ];
    }

    public sealed class ContactInput
    {
        [Display(Order = 1)]
        public DateInputModel OccurredOn { get; set; } = new();

        [Display(Name = "Who", Order = 2)]
        [Required(ErrorMessage = "Select who the contact was with")]
        public string? Who { get; set; }

        [Display(Order = 3)]
        [Required(ErrorMessage = "Select whether the contact was to or from the family")]
        public CorrespondenceDirection? Direction { get; set; }

        [Display(Order = 4)]
        [Required(ErrorMessage = "Select how the contact was made")]
        public ContactChannel? Channel { get; set; }

        [Display(Name = "Summary", Order = 5)]
        [Required(ErrorMessage = "Say briefly what was said or sent")]
        [StringLength(Correspondence.SummaryMaxLength, ErrorMessage = "The summary must be 4,000 characters or fewer")]
        public string? Summary { get; set; }
    }
}
