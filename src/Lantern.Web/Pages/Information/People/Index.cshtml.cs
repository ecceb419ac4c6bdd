namespace Lantern.Web.Pages.Information.People;

/// <summary>The people register, by pseudonym. Those who may see real identities can choose to show them;
/// each time they do is audited.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.PeopleViewed)]
public sealed class IndexModel(LanternDbContext db, AuditRecorder recorder) : ReviewPageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Pseudonym, PersonCategory Category, string? Relationship, string? Role, string? Agency,
        string RealName, IReadOnlyList<string> Aliases, DateOnly? DateOfBirth, int Entries);

    public IReadOnlyList<Row> People { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>From ?page= (see <see cref="Paging.RequestedPage"/>).</summary>
    public int PageNumber { get; private set; } = 1;

    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public bool ShowingIdentities { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        ShowingIdentities = Show == "identities" && Review.Can(ReviewPermission.ViewRealIdentities);
        var query = db.People.AsNoTracking().Where(p => p.ReviewId == Review.Id);
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(Request.RequestedPage(), 1, PageCount);
        var ordered = Sort == "pseudonym"
            ? query.OrderBy(p => p.Pseudonym)
            : query.OrderBy(p => p.Category).ThenBy(p => p.Pseudonym);
        var rows = await ordered
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new
            {
                p.Id,
                p.Pseudonym,
                p.Category,
                p.Relationship,
                p.ProfessionalRole,
                p.RealName,
                p.Aliases,
                p.DateOfBirth,
                Agency = db.Agencies.Where(a => a.Id == p.AgencyId).Select(a => a.Name).FirstOrDefault(),
                Entries = db.EntryPeople.Count(e => e.PersonId == p.Id),
            })
            .ToListAsync(ct);

        // Real identities never leave the server unless this viewer may see them and asked to.
        People = rows.Select(p => new Row(p.Id, p.Pseudonym, p.Category, p.Relationship, p.ProfessionalRole, p.Agency,
            ShowingIdentities ? p.RealName : string.Empty, ShowingIdentities ? p.Aliases : [], ShowingIdentities ? p.DateOfBirth : null, p.Entries)).ToList();

        if (ShowingIdentities)
        {
            recorder.Audit(HttpContext.AuditActor(), AuditActions.IdentitiesViewed, Review.Id, Review.PartnershipId, "Review", Review.Id);
            await db.SaveChangesAsync(ct);
        }

        return Page();
    }
}
