namespace Lantern.Web.Pages.Analysis;

/// <summary>The analysis section of a review: how far the narrative, episodes, findings and recommendations have got, and
/// the ways into each.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class IndexModel(LanternDbContext db) : ReviewPageModel
{
    public int Episodes { get; private set; }

    public int EpisodesAgreed { get; private set; }

    public int Findings { get; private set; }

    public int FindingsAgreed { get; private set; }

    public int Recommendations { get; private set; }

    public int OpenChallenges { get; private set; }

    public int Shared { get; private set; }

    public int Conversations { get; private set; }

    public int ConversationsConfirmed { get; private set; }

    public int Sections { get; private set; }

    public int OpenDiscrepancies { get; private set; }

    public int Meetings { get; private set; }

    public int TechniquesAnswered { get; private set; }

    /// <summary>Whether any analysis item has been withdrawn, so the withdrawn items are offered.</summary>
    public bool AnyWithdrawn { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Sections = await db.NarrativeSections.VisibleTo(Review.Viewer).CountAsync(ct);
        OpenDiscrepancies = await db.Discrepancies.VisibleTo(Review.Viewer).CountAsync(d => d.Status == DiscrepancyStatus.ToExplore || d.Status == DiscrepancyStatus.Exploring, ct);
        Meetings = (await db.Meetings.AsNoTracking().VisibleToAsync(Review.Viewer, ct)).Count;
        TechniquesAnswered = (await db.HindsightRecords.AsNoTracking().Where(h => h.ReviewId == Review.Id).Select(h => h.Entries).FirstOrDefaultAsync(ct))?
            .Count(e => e.Use != TechniqueUse.NotRecorded) ?? 0;
        var episodes = await db.Episodes.VisibleTo(Review.Viewer).GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Episodes = episodes.Sum(e => e.Count);
        EpisodesAgreed = episodes.Where(e => e.Key != EpisodeStatus.Proposed).Sum(e => e.Count);
        var findings = await db.Findings.VisibleTo(Review.Viewer).GroupBy(f => f.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Findings = findings.Sum(f => f.Count);
        FindingsAgreed = findings.Where(f => f.Key != EpisodeStatus.Proposed).Sum(f => f.Count);
        Conversations = await db.Conversations.VisibleTo(Review.Viewer).CountAsync(ct);
        ConversationsConfirmed = await db.Conversations.VisibleTo(Review.Viewer).CountAsync(c => c.Status == ConversationStatus.Confirmed, ct);
        Recommendations = await db.Recommendations.VisibleTo(Review.Viewer).CountAsync(ct);
        var withdrawn = (await new Withdrawn.WithdrawnItems(db).IdsAsync(Review.Viewer, ct)).ToList();
        AnyWithdrawn = withdrawn.Count > 0;
        OpenChallenges = await db.Challenges.VisibleTo(Review.Viewer).CountAsync(c => c.Outcome == ChallengeOutcome.Open && !withdrawn.Contains(c.ItemId), ct);
        Shared = await db.Episodes.VisibleTo(Review.Viewer).SharedWithCaseGroup().CountAsync(ct) + await db.Findings.VisibleTo(Review.Viewer).SharedWithCaseGroup().CountAsync(ct)
            + await db.NarrativeSections.VisibleTo(Review.Viewer).SharedWithCaseGroup().CountAsync(ct);
    }
}
