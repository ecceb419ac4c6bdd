namespace Lantern.Web.Pages.Information.People;

/// <summary>The business unit chooses which review roles may see the real identities behind the pseudonyms.</summary>
[ReviewPage(ReviewPermission.ManageMembers, AuditActions.PeopleViewed)]
public sealed class IdentityAccessModel(PeopleService people, LanternDbContext db) : ReviewPageModel
{
    public static IReadOnlyList<GovUkOption> RoleOptions { get; } =
        ReviewRoleNames.All.Select(r => new GovUkOption(r.ToString(), r.DisplayName(), Hint(r))).ToList();

    [BindProperty(Name = "Input")]
    public IdentityAccessInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var review = await db.Reviews.AsNoTracking().Where(r => r.Id == Review.Id).Select(r => new { r.RealIdentityRoles, r.Version }).SingleAsync(HttpContext.RequestAborted);
        Input = new IdentityAccessInput { Roles = review.RealIdentityRoles.Roles.ToList(), Version = review.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await people.SetIdentityRolesAsync(new SetIdentityRolesOptions(Review.Id, Review.PartnershipId, Input.Roles.Distinct().ToList(), Input.Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Who can see real identities has been changed";
            return RedirectToPage("/Information/People/Index", new { reviewId = Review.Id });
        }

        if (result.Conflict)
        {
            ModelState.Clear();
            await OnGetAsync();
            ModelState.AddModelError(string.Empty, "Someone else changed this review while you were making your choice. Nothing was saved. Check the choices below and save again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return result.NotFound ? NotFound() : Page();
    }

    private static string Hint(ReviewRole role) => role switch
    {
        ReviewRole.LeadReviewer => "Usually needed, to read agencies' records and talk to practitioners",
        ReviewRole.Observer => "Observers do quality assurance and rarely need real names",
        _ => role.Description(),
    };
}

public sealed class IdentityAccessInput
{
    [Display(Order = 1)]
    public List<ReviewRole> Roles { get; set; } = [];

    public Guid Version { get; set; }
}
