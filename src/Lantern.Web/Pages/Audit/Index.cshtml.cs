using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Audit;

/// <summary>The partnership's audit trail, filtered by review, person and period.</summary>
[PartnershipPage(PartnershipPermission.ViewAuditTrail)]
public sealed class IndexModel(AuditTrailService trail, LanternDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "review")]
    public Guid? ReviewId { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "From")]
    public DateInputModel From { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "To")]
    public DateInputModel To { get; set; } = new();

    /// <summary>From ?page= (see <see cref="Paging.RequestedPage"/>).</summary>
    public int PageNumber { get; private set; } = 1;

    public PagedResult<AuditRow>? Events { get; private set; }

    public IReadOnlyList<SelectListItem> Reviews { get; private set; } = [];

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public bool CanVerify { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        PageNumber = Request.RequestedPage();
        var actor = User.RequireActor();
        CanVerify = AccessRules.Can(actor, actor.PartnershipId, PartnershipPermission.VerifyAuditTrail);
        await LoadChoicesAsync(actor.PartnershipId);

        // Ids that do not parse, or that name something outside the partnership, are simply not applied.
        ModelState.Remove("review");
        ModelState.Remove("user");
        if (ReviewId is { } review && Reviews.All(r => r.Value != review.ToString()))
        {
            ModelState.AddModelError("review", "Select a review from the list");
        }

        if (UserId is { } user && People.All(p => p.Value != user.ToString()))
        {
            ModelState.AddModelError("user", "Select a person from the list");
        }

        var fromError = From.IsEmpty ? null : From.Validate("The start date", out _);
        var toError = To.IsEmpty ? null : To.Validate("The end date", out _);
        if (fromError is not null)
        {
            ModelState.AddModelError(nameof(From), fromError);
        }

        if (toError is not null)
        {
            ModelState.AddModelError(nameof(To), toError);
        }

        From.Validate("The start date", out var from);
        To.Validate("The end date", out var to);
        foreach (var (date, field, label) in new[] { (from, nameof(From), "The start date"), (to, nameof(To), "The end date") })
        {
            if (date is { Year: < 2000 or > 2999 } && ModelState.GetFieldValidationState(field) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            {
                ModelState.AddModelError(field, $"{label} must be between the years 2000 and 2999");
            }
        }

        if (from is { } f && to is { } t && t < f)
        {
            ModelState.AddModelError(nameof(To), "The end date must be the same as or after the start date");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Events = await trail.PageAsync(actor.PartnershipId, new AuditFilter(ReviewId, UserId, From.IsEmpty ? null : from, To.IsEmpty ? null : to),
            PageNumber, HttpContext.AuditActor(), HttpContext.RequestAborted);
        return Page();
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["review"] = ReviewId?.ToString(),
            ["user"] = UserId?.ToString(),
            ["From.Day"] = From.Day,
            ["From.Month"] = From.Month,
            ["From.Year"] = From.Year,
            ["To.Day"] = To.Day,
            ["To.Month"] = To.Month,
            ["To.Year"] = To.Year,
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/audit", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    private async Task LoadChoicesAsync(Guid partnershipId)
    {
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.PartnershipId == partnershipId)
            .OrderBy(r => r.WorkingTitle).Select(r => new { r.Id, r.WorkingTitle }).ToListAsync();
        Reviews = [new SelectListItem("All reviews", string.Empty), .. reviews.Select(r => new SelectListItem(r.WorkingTitle, r.Id.ToString()))];
        var people = await db.Users.AsNoTracking().Where(u => u.PartnershipId == partnershipId)
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        People = [new SelectListItem("Everyone", string.Empty), .. people.Select(p => new SelectListItem(p.DisplayName, p.Id.ToString()))];
    }
}
