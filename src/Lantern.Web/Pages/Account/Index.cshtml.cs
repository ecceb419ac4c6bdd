using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Pages.Account;

[SignedInPage]
public sealed class IndexModel(LanternDbContext db, UserManager<LanternUser> users, AuditRecorder recorder) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;
    public string Email { get; private set; } = string.Empty;
    public string AgencyName { get; private set; } = string.Empty;
    public string PartnershipName { get; private set; } = string.Empty;
    public PartnershipRoles Roles { get; private set; }
    public IReadOnlyList<(string Title, ReviewRole Role)> ReviewRoles { get; private set; } = [];
    public int RecoveryCodesLeft { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = User.RequireActor();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        DisplayName = user.DisplayName;
        Email = user.Email ?? string.Empty;
        Roles = user.PartnershipRoles;
        AgencyName = await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.Name).SingleAsync();
        PartnershipName = await db.Partnerships.Where(p => p.Id == user.PartnershipId).Select(p => p.Name).SingleAsync();
        ReviewRoles = (await db.ReviewMembers
                .Where(m => m.UserId == actor.UserId)
                .Join(db.Reviews, m => m.ReviewId, r => r.Id, (m, r) => new { r.WorkingTitle, m.Role })
                .OrderBy(x => x.WorkingTitle)
                .ToListAsync())
            .Select(x => (x.WorkingTitle, x.Role))
            .ToList();
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);

        // The page lists the titles of the person's reviews, so it counts as viewing the review list.
        recorder.AuditPartnership(HttpContext.AuditActor(), AuditActions.ReviewListViewed, actor.PartnershipId);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }
}
