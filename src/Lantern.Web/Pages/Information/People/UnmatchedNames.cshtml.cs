using Lantern.Core.Information.Import;
using Lantern.Web.Pages.Information.Submissions;

namespace Lantern.Web.Pages.Information.People;

/// <summary>
/// The names agencies wrote in the "people involved" column that match nobody in the register, commonest
/// first, each with a one-click "add as another name of" a person. The names come from the records as written,
/// so the page is open only to those who may see real identities (<see cref="ReviewPermission.ViewRealIdentities"/>).
/// </summary>
[ReviewPage(ReviewPermission.ViewRealIdentities, AuditActions.UnmatchedNamesViewed)]
public sealed class UnmatchedNamesModel(LanternDbContext db, PeopleService people, ChronologyLinks links) : ReviewPageModel
{
    public const int PageSize = 50;

    public sealed record PersonChoice(Guid Id, string Pseudonym, Guid Version);

    public PagedResult<UnmatchedName> Names { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<PersonChoice> People { get; private set; } = [];

    /// <summary>The name being added, posted from its row.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>"person id:version", so a person changed since the page was shown is not changed blindly.</summary>
    [BindProperty]
    public string? Person { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditInformation)]
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var parts = (Person ?? string.Empty).Split(':');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var personId) || !Guid.TryParse(parts[1], out var version))
        {
            ModelState.AddModelError(nameof(Person), "Select the person this is another name of");
            await LoadAsync();
            return Page();
        }

        var name = Name ?? string.Empty;
        var result = await people.AddAliasAsync(new AddAliasOptions(Review.Id, Review.PartnershipId, personId, name, version), HttpContext.AuditActor(), ct);
        if (result.Succeeded)
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Pseudonym, p.Aliases }).SingleAsync(ct);
            var linked = await db.EntryPeople.CountAsync(l => l.PersonId == personId, ct);
            var shared = await people.SharedNamesAsync(Review.Id, personId, [person.Aliases[^1]], ct);
            Notice = $"'{person.Aliases[^1]}' added as another name of {person.Pseudonym}, now linked to {linked} {(linked == 1 ? "entry" : "entries")}. {PeopleService.SharedNamesWarning(shared)}".TrimEnd();
            return RedirectToPage("/Information/People/UnmatchedNames", new { reviewId = Review.Id });
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(nameof(Person), "Someone else changed this person's details after this page was shown. Nothing was added. Check the list below and choose again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else if (result.NotFound)
        {
            ModelState.AddModelError(nameof(Person), "That person is no longer in the register. Select the person this is another name of");
        }
        else
        {
            foreach (var (_, message) in result.Errors)
            {
                ModelState.AddModelError(nameof(Person), message);
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var register = await db.People.AsNoTracking().Where(p => p.ReviewId == Review.Id)
            .Select(p => new { p.Id, p.Pseudonym, p.Version }).ToListAsync(ct);
        People = register.OrderBy(p => p.Pseudonym, StringComparer.OrdinalIgnoreCase).Select(p => new PersonChoice(p.Id, p.Pseudonym, p.Version)).ToList();
        var cells = await db.ChronologyEntries.AsNoTracking()
            .Where(e => e.ReviewId == Review.Id && e.IsCurrent && e.PeopleInvolved != null)
            .Select(e => e.PeopleInvolved).ToListAsync(ct);
        var found = UnmatchedNames.Find(cells, await links.MatcherAsync(Review.Id, ct), register.Select(p => p.Pseudonym));
        var page = Math.Clamp(Request.RequestedPage(), 1, Math.Max(1, (found.Count + PageSize - 1) / PageSize));
        Names = new PagedResult<UnmatchedName>(found.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, PageSize, found.Count);
    }
}
