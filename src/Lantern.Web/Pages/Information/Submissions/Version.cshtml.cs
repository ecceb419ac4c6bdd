using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>The entries of one version of an agency's chronology, read-only, a page at a time.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologySubmissionsViewed)]
[AlsoOpenTo(ReviewPermission.SubmitChronology)]
public sealed class VersionModel(LanternDbContext db, EventWordsService eventWords) : ReviewPageModel
{
    public const int PageSize = 50;

    public Guid AgencyId { get; private set; }

    public string AgencyName { get; private set; } = string.Empty;

    public SubmissionVersion Version { get; private set; } = null!;

    public bool IsCurrent { get; private set; }

    /// <summary>Current entries whose words match no event type, when this is the version in use and the person may map them.</summary>
    public int UnmappedEntries { get; private set; }

    public PagedResult<ChronologyEntry> Entries { get; private set; } = null!;

    public string PageUrl(int page) => $"/reviews/{Review.Id}/information/chronology/submissions/agencies/{AgencyId}/versions/{Version.Number}?page={page}";

    public async Task<IActionResult> OnGetAsync(Guid agencyId, int number)
    {
        var ct = HttpContext.RequestAborted;
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId && a.PartnershipId == Review.PartnershipId, ct);
        var submission = await db.ChronologySubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.ReviewId == Review.Id && s.AgencyId == agencyId, ct);
        var version = submission is null ? null
            : await db.SubmissionVersions.AsNoTracking().SingleOrDefaultAsync(v => v.SubmissionId == submission.Id && v.Number == number, ct);
        if (agency is null || version is null || !SubmissionScope.MaySee(Review, User, agencyId))
        {
            return NotFound();
        }

        (AgencyId, AgencyName, Version, IsCurrent) = (agency.Id, agency.Name, version, submission!.CurrentVersion == number);
        UnmappedEntries = IsCurrent && SubmissionScope.MaySubmitFor(Review, User, agencyId) ? await eventWords.UnmappedCountAsync(Review.Id, agencyId, ct) : 0;
        Entries = await db.ChronologyEntries.AsNoTracking()
            .Where(e => e.SubmissionVersionId == version.Id)
            .OrderBy(e => e.Date).ThenBy(e => e.Time).ThenBy(e => e.RowNumber)
            .ToPageAsync(Request.RequestedPage(), PageSize, ct);
        return Page();
    }
}
