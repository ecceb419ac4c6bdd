using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Data;
using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>One agency's entry as it wrote it, with the people linked to it by pseudonym.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyViewed)]
public sealed class EntryModel(LanternDbContext db, ChronologyQueries queries) : ReviewPageModel
{
    public EntryAccount Account { get; private set; } = null!;

    public Core.Information.ChronologyEntry Entry { get; private set; } = null!;

    public int VersionNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid entryId)
    {
        var ct = HttpContext.RequestAborted;
        var entry = await db.ChronologyEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId && e.ReviewId == Review.Id, ct);
        if (entry is null)
        {
            return NotFound();
        }

        Entry = entry;
        Account = (await queries.AccountsAsync(Review.Id, Review.PartnershipId, db.ChronologyEntries.AsNoTracking().Where(e => e.Id == entryId), ct)).Single();
        VersionNumber = await db.SubmissionVersions.Where(v => v.Id == entry.SubmissionVersionId).Select(v => v.Number).FirstOrDefaultAsync(ct);
        return Page();
    }
}
