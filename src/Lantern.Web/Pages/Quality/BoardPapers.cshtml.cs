using Lantern.Core.Analysis;
using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Quality;

/// <summary>A report presented to the Board, with how many of its findings the Board has answered.</summary>
public sealed record PresentedReview(Guid ReviewId, string WorkingTitle, DateOnly PresentedOn, string VersionLabel, int Findings, int Answered, DateOnly? PublishedOn);

/// <summary>
/// The Board's own page (quality markers 15 to 18, the Partner role): the reports presented to it, newest first, with
/// the answers still to give; and links to the partnership's action tracker and quality-marker grid. Nothing of a
/// review beyond what was presented: the working title, the meeting date and the counts.
/// </summary>
[PartnershipPage(PartnershipPermission.ViewBoardPapers)]
public sealed class BoardPapersModel(LanternDbContext db, AuditRecorder recorder) : PageModel
{
    public IReadOnlyList<PresentedReview> Presented { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var actor = User.RequireActor();
        var ct = HttpContext.RequestAborted;
        var presented = await (from p in db.BoardPresentations.AsNoTracking()
                               join r in db.Reviews.AsNoTracking() on p.ReviewId equals r.Id
                               join v in db.ReportVersions.AsNoTracking() on p.ReportVersionId equals v.Id
                               where r.PartnershipId == actor.PartnershipId && v.Status >= ReportStatus.PresentedToBoard
                               select new { r.Id, r.WorkingTitle, p.PresentedOn, v.Number }).ToListAsync(ct);
        var ids = presented.Select(p => p.Id).ToList();
        var findings = await db.Findings.AsNoTracking().Where(f => ids.Contains(f.ReviewId) && f.WithdrawnAt == null && !f.IsGoodPractice && f.Status != EpisodeStatus.Proposed)
            .GroupBy(f => f.ReviewId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var answered = await db.FindingResponses.AsNoTracking().Where(r => ids.Contains(r.ReviewId))
            .GroupBy(r => r.ReviewId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var published = await db.PublicationPlans.AsNoTracking().Where(p => ids.Contains(p.ReviewId) && p.PublishedOn != null)
            .ToDictionaryAsync(p => p.ReviewId, p => p.PublishedOn, ct);
        Presented = [.. presented.OrderByDescending(p => p.PresentedOn).ThenBy(p => p.WorkingTitle)
            .Select(p => new PresentedReview(p.Id, p.WorkingTitle, p.PresentedOn, $"Draft {p.Number}", findings.GetValueOrDefault(p.Id), answered.GetValueOrDefault(p.Id), published.GetValueOrDefault(p.Id)))];
        recorder.AuditPartnership(HttpContext.AuditActor(), AuditActions.BoardPapersViewed, actor.PartnershipId);
        await db.SaveChangesAsync(ct);
    }
}
