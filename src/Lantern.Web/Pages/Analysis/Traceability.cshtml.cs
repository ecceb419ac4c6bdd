namespace Lantern.Web.Pages.Analysis;

/// <summary>
/// The traceability view: from each finding to the episodes, contributory factors and evidence behind it and on to
/// its issues for the Board and the recommendations that draw on it; and from
/// each chronology entry and document to the narrative accounts, episodes and findings that use it. Read in a handful of queries for
/// the whole review, whatever its size.
/// </summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class TraceabilityModel(AnalysisQueries queries, CodingSchemes schemes, LanternDbContext db) : ReviewPageModel
{
    public sealed record EpisodeTrace(Guid Id, int Number, string Title, string Href, IReadOnlyList<CodeRow> Factors, IReadOnlyList<EvidenceRow> Evidence);

    public sealed record FindingTrace(Guid Id, int Number, string Title, IReadOnlyList<EpisodeTrace> Episodes, IReadOnlyList<EvidenceRow> Evidence)
    {
        /// <summary>The finding's issues for the Board, each with the recommendations that answer it.</summary>
        public IReadOnlyList<(int Position, string Text, IReadOnlyList<RecommendationRow> AnsweredBy)> Issues { get; init; } = [];

        /// <summary>Recommendations drawing on the finding without answering one of its issues.</summary>
        public IReadOnlyList<RecommendationRow> OtherRecommendations { get; init; } = [];
    }

    public sealed record UseTrace(EvidenceKind Kind, string Label, string? Detail, string? Href, IReadOnlyList<(string Label, string Href)> UsedBy);

    public IReadOnlyList<FindingTrace> Findings { get; private set; } = [];

    public IReadOnlyList<EpisodeTrace> EpisodesWithoutFinding { get; private set; } = [];

    public IReadOnlyList<UseTrace> Uses { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var episodes = await db.Episodes.AsNoTracking().VisibleTo(Review.Viewer).OrderBy(e => e.Number)
            .Select(e => new { e.Id, e.Number, e.Title }).ToListAsync(ct);
        var findings = await db.Findings.AsNoTracking().VisibleTo(Review.Viewer)
            .InPriorityOrder().Select(f => new { f.Id, f.Number, f.Title }).ToListAsync(ct);
        var issues = (await db.BoardIssues.AsNoTracking().Where(i => i.ReviewId == Review.Id).OrderBy(i => i.Position).ToListAsync(ct)).ToLookup(i => i.FindingId);
        var recommendations = await queries.RecommendationsAsync(Review.Viewer, ct);
        var codes = (await db.AnalysisCodes.AsNoTracking().Where(c => c.ReviewId == Review.Id && c.ItemKind == AnalysisItemKind.Episode).ToListAsync(ct))
            .ToLookup(c => c.ItemId);
        var factors = new Dictionary<Guid, List<CodeRow>>();
        foreach (var e in episodes)
        {
            factors[e.Id] = await schemes.DescribeAsync(Review.PartnershipId, codes[e.Id], ct);
        }

        var accounts = await db.Perspectives.AsNoTracking().VisibleTo(Review.Viewer)
            .Join(db.NarrativeSections.VisibleTo(Review.Viewer), p => p.SectionId, s => s.Id, (p, s) => new { p.Id, SectionId = s.Id, s.Number }).ToListAsync(ct);

        // Statements link conversations to entries; they are shown only to those who may read conversation notes.
        var conversations = Review.Can(ReviewPermission.ViewConversationNotes)
            ? await db.Conversations.AsNoTracking().VisibleTo(Review.Viewer).Select(c => new { c.Id, c.Number }).ToListAsync(ct)
            : [];
        var itemIds = episodes.Select(e => e.Id).Concat(findings.Select(f => f.Id)).Concat(accounts.Select(a => a.Id)).Concat(conversations.Select(c => c.Id)).ToList();
        var evidence = await queries.EvidenceAsync(Review.Viewer, itemIds, ct);
        var links = await db.AnalysisLinks.AsNoTracking().Where(l => l.ReviewId == Review.Id).Select(l => new { l.Id, l.FromId }).ToListAsync(ct);
        var fromOf = links.ToDictionary(l => l.Id, l => l.FromId);
        var byItem = evidence.ToLookup(e => fromOf[e.LinkId]);

        var traces = episodes.ToDictionary(e => e.Id, e => new EpisodeTrace(e.Id, e.Number, e.Title, Link.Episode(Review.Id, e.Id),
            factors[e.Id], byItem[e.Id].ToList()));
        Findings = findings.Select(f => new FindingTrace(f.Id, f.Number, f.Title,
                byItem[f.Id].Where(e => e.Kind == EvidenceKind.Episode && traces.ContainsKey(e.TargetId)).Select(e => traces[e.TargetId]).OrderBy(e => e.Number).ToList(),
                byItem[f.Id].Where(e => e.Kind != EvidenceKind.Episode).ToList())
        {
            Issues = issues[f.Id].Select(i => (i.Position, i.Text,
                    (IReadOnlyList<RecommendationRow>)recommendations.Where(r => r.Findings.Any(d => d.Id == f.Id && d.Issues.Any(x => x.Position == i.Position))).ToList()))
                    .ToList(),
            OtherRecommendations = recommendations.Where(r => r.Findings.Any(d => d.Id == f.Id && d.Issues.Count == 0)).ToList(),
        })
            .ToList();
        var used = Findings.SelectMany(f => f.Episodes).Select(e => e.Id).ToHashSet();
        EpisodesWithoutFinding = traces.Values.Where(e => !used.Contains(e.Id)).OrderBy(e => e.Number).ToList();

        var labels = episodes.ToDictionary(e => e.Id, e => ($"Episode {e.Number}", Link.Episode(Review.Id, e.Id)));
        foreach (var f in findings)
        {
            labels[f.Id] = ($"Finding {f.Number}", Link.Finding(Review.Id, f.Id));
        }

        foreach (var c in conversations)
        {
            labels[c.Id] = ($"Conversation {c.Number}", Link.Conversation(Review.Id, c.Id) + "#statements");
        }

        foreach (var a in accounts)
        {
            labels[a.Id] = ($"Narrative section {a.Number}", Link.NarrativeSection(Review.Id, a.SectionId) + $"#account-{a.Id}");
        }

        // Each entry or document, with every item that uses it directly and every finding that uses it through an episode.
        var findingsOfEpisode = Findings.SelectMany(f => f.Episodes.Select(e => (Episode: e.Id, Finding: f.Id))).ToLookup(p => p.Episode, p => p.Finding);
        Uses = evidence.Where(e => e.Kind != EvidenceKind.Episode)
            .GroupBy(e => (e.Kind, e.TargetId))
            .Select(g =>
            {
                var first = g.First();
                var users = g.Select(e => fromOf[e.LinkId]).SelectMany(id => new[] { id }.Concat(findingsOfEpisode[id])).Distinct()
                    .Where(labels.ContainsKey).Select(id => labels[id]).OrderBy(l => l.Item1.StartsWith("Finding", StringComparison.Ordinal)).ThenBy(l => l.Item1, StringComparer.Ordinal).ToList();
                return new UseTrace(first.Kind, first.Label, first.Detail, first.Href, users);
            })
            .OrderBy(u => u.Kind).ThenBy(u => u.Label, StringComparer.Ordinal)
            .ToList();
    }
}
