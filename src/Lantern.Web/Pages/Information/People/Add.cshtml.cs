namespace Lantern.Web.Pages.Information.People;

/// <summary>Adds a person to the register; a blank pseudonym is proposed from their place in the case.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.PeopleViewed)]
public sealed class AddModel(PeopleService people, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public PersonInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await AgencyList.LoadAsync(db, Review.PartnershipId, ViewData, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await AgencyList.LoadAsync(db, Review.PartnershipId, ViewData, HttpContext.RequestAborted);
        if (Input.Read(ModelState) is not { } details)
        {
            return Page();
        }

        var (result, person) = await people.AddPersonAsync(new AddPersonOptions(Review.Id, Review.PartnershipId, details),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            var shared = await people.SharedNamesAsync(Review.Id, person!.Id, [person.RealName, .. person.Aliases], HttpContext.RequestAborted);
            Notice = $"Person added as {person.Pseudonym}. {PeopleService.SharedNamesWarning(shared)}".TrimEnd();
            return RedirectToPage("/Information/People/Index", new { reviewId = Review.Id });
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }
}
