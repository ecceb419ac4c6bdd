using System.ComponentModel.DataAnnotations;
using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.SettingUp;
using Lantern.Data;
using Lantern.Web.Components;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Access;
using Lantern.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.SettingUp;

/// <summary>The scoping (or rapid review) meeting: who came, what they found, and what they recommend to the chair.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class ScopingModel(RapidReviewService service, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ScopingInput Input { get; set; } = new();

    public IReadOnlyList<ScopingMeeting> Meetings { get; private set; } = [];

    public static IReadOnlyList<GovUkOption> Recommendations { get; } =
        Enum.GetValues<ScopingRecommendation>().Select(r => new GovUkOption(r.ToString(), r.DisplayName())).ToList();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        Input.HeldOn = DateInputModel.From(Layout.UkToday(time));
        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditSettingUp)]
    public async Task<IActionResult> OnPostAsync()
    {
        var heldOn = ModelState.Read("Input.HeldOn", Input.HeldOn, "Date of the meeting", required: true);
        if (ModelState.IsValid && heldOn is { } held)
        {
            var meeting = new ScopingMeeting
            {
                HeldOn = held,
                Attendees = Input.Attendees!.Trim(),
                Summary = Input.Summary!.Trim(),
                Recommendation = Input.Recommendation!.Value,
                RecommendationReasons = Input.RecommendationReasons!.Trim(),
            };
            var result = await service.RecordScopingMeetingAsync(Review.Id, Review.PartnershipId, meeting, HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Scoping meeting recorded. The chair can now record the decision.";
                return RedirectToPage("/SettingUp/Index", new { reviewId = Review.Id });
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Meetings = await db.ScopingMeetings.AsNoTracking().Where(m => m.ReviewId == Review.Id)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.RecordedAt).ToListAsync(HttpContext.RequestAborted);

    public sealed class ScopingInput
    {
        [Display(Order = 1)]
        public DateInputModel HeldOn { get; set; } = new();

        [Display(Order = 2)]
        [Required(ErrorMessage = "Enter who attended the meeting")]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "Who attended must be 8,000 characters or fewer")]
        public string? Attendees { get; set; }

        [Display(Order = 3)]
        [Required(ErrorMessage = "Enter what the meeting found")]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "What the meeting found must be 8,000 characters or fewer")]
        public string? Summary { get; set; }

        [Display(Order = 4)]
        [Required(ErrorMessage = "Select the meeting's recommendation to the chair")]
        public ScopingRecommendation? Recommendation { get; set; }

        [Display(Order = 5)]
        [Required(ErrorMessage = "Enter the reasons for the recommendation")]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "The reasons must be 8,000 characters or fewer")]
        public string? RecommendationReasons { get; set; }
    }
}
