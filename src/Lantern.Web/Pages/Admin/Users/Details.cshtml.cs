namespace Lantern.Web.Pages.Admin.Users;

[PartnershipPage(PartnershipPermission.ManageUsers)]
public sealed class DetailsModel(UserQueries queries) : PageModel
{
    public UserRow Person { get; private set; } = null!;

    public bool IsYou { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid userId)
    {
        var actor = User.RequireActor();
        var person = await queries.FindAsync(actor.PartnershipId, userId, HttpContext.RequestAborted);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        IsYou = person.Id == actor.UserId;
        return Page();
    }
}
