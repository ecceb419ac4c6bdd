using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>The draft the writers shared with the case group, as it would be published (pseudonyms only), and the
/// member's own response to it. Nothing else of the report is open to the case group.</summary>
[ReviewPage(ReviewPermission.ReadSharedDraft, AuditActions.ReportSharedDraftViewed)]
public sealed class SharedDraftModel(LanternDbContext db, EditionBuilder builder, ReportReadersService readers) : ReviewPageModel
{
    public ReportVersion? Version { get; private set; }

    public ReportDocument? Document { get; private set; }

    public IReadOnlyList<ReportDraftResponse> MyResponses { get; private set; } = [];

    [BindProperty]
    public string? ResponseText { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Version is null)
        {
            return NotFound();
        }

        var result = await readers.RespondAsCaseGroupAsync(new ReportScope(Review.Id, Review.PartnershipId, HttpContext.AuditActor()), Version.Number, ResponseText, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Your response has been sent to the writers";
            return Redirect(Link.SharedReportDraft(Review.Id));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError(nameof(ResponseText), message);
        }

        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Version = await db.ReportVersions.AsNoTracking().Where(v => v.ReviewId == Review.Id && v.SharedWithCaseGroup)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (Version is null)
        {
            return;
        }

        var built = await builder.BuildAsync(Review.Id, Review.WorkingTitle, Version, EditionKind.Published, ct);
        Document = built.Blockers.Count == 0 ? built.Document : null;
        var me = HttpContext.AuditActor().UserId;
        MyResponses = await db.ReportDraftResponses.AsNoTracking().Where(d => d.VersionId == Version.Id && d.RespondentUserId == me).OrderBy(d => d.CreatedAt).ToListAsync(ct);
    }
}
