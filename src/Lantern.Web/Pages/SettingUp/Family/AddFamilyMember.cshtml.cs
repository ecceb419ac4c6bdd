namespace Lantern.Web.Pages.SettingUp.Family;

/// <summary>Adds a family member to the contact plan.</summary>
[ReviewPage(ReviewPermission.ViewFamily, AuditActions.FamilyViewed)]
public sealed class AddFamilyMemberModel(FamilyService family) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public FamilyMemberInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    [HandlerNeeds(ReviewPermission.EditFamily)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await family.AddFamilyMemberAsync(new AddFamilyMemberOptions(Review.Id, Review.PartnershipId, Input.ToDetails()),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Family member added to the contact plan";
            return RedirectToPage("/SettingUp/Family/Family", new { reviewId = Review.Id });
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }
}
