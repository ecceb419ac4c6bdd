namespace Lantern.Web.Pages.Information.People;

/// <summary>One person in the register by their pseudonym; their real identity only for those who may see
/// it and ask to, each time audited.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.PersonViewed)]
public sealed class PersonModel(LanternDbContext db, AuditRecorder recorder) : ReviewPageModel
{
    public Person? Current { get; private set; }

    public string? AgencyName { get; private set; }

    public int EntryCount { get; private set; }

    public bool ShowingIdentity { get; private set; }

    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid personId)
    {
        var ct = HttpContext.RequestAborted;
        Current = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.ReviewId == Review.Id, ct);
        if (Current is null)
        {
            return NotFound();
        }

        AgencyName = await db.Agencies.Where(a => a.Id == Current.AgencyId).Select(a => a.Name).FirstOrDefaultAsync(ct);
        EntryCount = await db.EntryPeople.CountAsync(e => e.PersonId == personId, ct);
        ShowingIdentity = Show == "identity" && Review.Can(ReviewPermission.ViewRealIdentities);
        if (ShowingIdentity)
        {
            recorder.Audit(HttpContext.AuditActor(), AuditActions.PersonIdentityViewed, Review.Id, Review.PartnershipId, "Person", personId);
            await db.SaveChangesAsync(ct);
        }

        return Page();
    }
}
