namespace Lantern.Web.Pages.SettingUp.Family;

/// <summary>One family member's part of the contact plan: read by everyone who may see the family, changed by
/// those who may edit it.</summary>
[ReviewPage(ReviewPermission.ViewFamily, AuditActions.FamilyViewed)]
public sealed class FamilyMemberModel(FamilyService family, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public FamilyMemberInput Input { get; set; } = new();

    public FamilyMember? Current { get; private set; }

    public bool Conflict { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid memberId)
    {
        if (!await LoadAsync(memberId))
        {
            return NotFound();
        }

        Input = FamilyMemberInput.From(Current!);
        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditFamily)]
    public async Task<IActionResult> OnPostAsync(Guid memberId)
    {
        if (!await LoadAsync(memberId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await family.ChangeFamilyMemberAsync(new ChangeFamilyMemberOptions(Review.Viewer, Review.PartnershipId, memberId, Input.ToDetails(), Input.Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Contact plan changed";
            return RedirectToPage("/SettingUp/Family/Family", new { reviewId = Review.Id });
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            // Show the plan as it is now, so nobody overwrites a colleague's change without reading it.
            Conflict = true;
            ModelState.Clear();
            await LoadAsync(memberId);
            Input = FamilyMemberInput.From(Current!);
            ModelState.AddModelError(string.Empty, "Someone else changed this family member's details while you were editing them. Your changes were not saved. Check the details below and make your changes again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid memberId)
    {
        Current = await db.FamilyMembers.AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(m => m.Id == memberId, HttpContext.RequestAborted);
        return Current is not null;
    }
}
