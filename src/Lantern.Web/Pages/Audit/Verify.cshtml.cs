namespace Lantern.Web.Pages.Audit;

/// <summary>Checks the whole hash chain and names the first event that does not fit.</summary>
[PartnershipPage(PartnershipPermission.VerifyAuditTrail)]
public sealed class VerifyModel(AuditTrailService trail) : PageModel
{
    public AuditVerification? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Result = await trail.VerifyAsync(HttpContext.AuditActor(), HttpContext.RequestAborted);
        return Page();
    }
}
