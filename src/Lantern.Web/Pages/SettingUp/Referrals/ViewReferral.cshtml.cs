namespace Lantern.Web.Pages.SettingUp.Referrals;

/// <summary>The referral. Who it is about is shown only to roles that need it, and each showing is audited.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.ReferralViewed)]
public sealed class ViewReferralModel(ReferralService referrals, LanternDbContext db, AuditRecorder recorder) : ReviewPageModel
{
    public Referral? Referral { get; private set; }

    public bool ShowsIdentity { get; private set; }

    public string ReferringAgency { get; private set; } = string.Empty;

    public IReadOnlyList<string> OtherAgencies { get; private set; } = [];

    public IReadOnlyList<(string Question, string Answer)> Criteria { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Referral = await referrals.FindAsync(Review.Id, HttpContext.RequestAborted);
        if (Referral is null)
        {
            return Page();
        }

        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId).ToDictionaryAsync(a => a.Id, a => a.Name);
        ReferringAgency = agencies.GetValueOrDefault(Referral.ReferringAgencyId) ?? string.Empty;
        OtherAgencies = Referral.OtherAgencyIds.Select(id => agencies.GetValueOrDefault(id)).OfType<string>().ToList();
        var checklist = StatutoryCriteria.For(Referral.Jurisdiction, Referral.SubjectKind);
        Criteria = checklist.Select(c => (c.Question, Referral.Criteria.FirstOrDefault(r => r.Key == c.Key)?.Answer.DisplayName() ?? "Not answered")).ToList();

        ShowsIdentity = Review.Can(ReviewPermission.ViewSubjectIdentity);
        if (ShowsIdentity)
        {
            recorder.Audit(HttpContext.AuditActor(), AuditActions.SubjectIdentityViewed, Review.Id, Review.PartnershipId, "Referral", Referral.Id);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return Page();
    }
}
