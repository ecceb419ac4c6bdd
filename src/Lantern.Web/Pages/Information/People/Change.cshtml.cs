namespace Lantern.Web.Pages.Information.People;

/// <summary>Changes a person's details or pseudonym. The form holds the real identity, so it needs the right
/// to see real identities as well as to edit, and opening it is audited as a view of that identity.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.PersonViewed)]
public sealed class ChangeModel(PeopleService people, LanternDbContext db, AuditRecorder recorder) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public PersonInput Input { get; set; } = new();

    public Person? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid personId)
    {
        if (!Review.Can(ReviewPermission.ViewRealIdentities))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await LoadAsync(personId))
        {
            return NotFound();
        }

        Input = PersonInput.From(Current!);
        recorder.Audit(HttpContext.AuditActor(), AuditActions.PersonIdentityViewed, Review.Id, Review.PartnershipId, "Person", personId);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid personId)
    {
        if (!Review.Can(ReviewPermission.ViewRealIdentities))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await LoadAsync(personId))
        {
            return NotFound();
        }

        if (Input.Read(ModelState) is not { } details)
        {
            return Page();
        }

        var result = await people.ChangePersonAsync(new ChangePersonOptions(Review.Id, Review.PartnershipId, personId, details, Input.Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            var shared = await people.SharedNamesAsync(Review.Id, personId, [details.RealName, .. details.Aliases], HttpContext.RequestAborted);
            TempData["Notice"] = $"Details changed. {PeopleService.SharedNamesWarning(shared)}".TrimEnd();
            return RedirectToPage("/Information/People/Person", new { reviewId = Review.Id, personId });
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.Clear();
            await LoadAsync(personId);
            Input = PersonInput.From(Current!);
            ModelState.AddModelError(string.Empty, "Someone else changed this person's details while you were editing them. Your changes were not saved. Check the details below and make your changes again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid personId)
    {
        await AgencyList.LoadAsync(db, Review.PartnershipId, ViewData, HttpContext.RequestAborted);
        ViewData["PseudonymHint"] = "The name used in anything the review publishes. It must be different from everyone else's and share no part of their real name";
        Current = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.ReviewId == Review.Id, HttpContext.RequestAborted);
        return Current is not null;
    }
}
