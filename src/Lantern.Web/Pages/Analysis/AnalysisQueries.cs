using Lantern.Core.Information.Merging;

namespace Lantern.Web.Pages.Analysis;

/// <summary>Reads for the analysis pages. Each returns only what is in the given review.</summary>
public sealed class AnalysisQueries(LanternDbContext db, CodingSchemes schemes)
{
    public const int EvidenceTextLength = 160;

    /// <summary>The episodes <paramref name="viewer"/> may see (<see cref="Viewer.InSharedView"/> for the shared pages).</summary>
    public async Task<List<EpisodeRow>> EpisodesAsync(Viewer viewer, CancellationToken ct)
    {
        var agencies = await AgencyNamesAsync(viewer.PartnershipId, ct);
        var rows = await db.Episodes.AsNoTracking().VisibleTo(viewer)
            .OrderBy(e => e.Number)
            .Select(e => new
            {
                e.Id,
                e.Number,
                e.Title,
                e.PeriodFrom,
                e.PeriodTo,
                e.AgencyIds,
                e.Appraisal,
                e.Status,
                Changed = e.Status == EpisodeStatus.Proposed && e.AgreedText != null,
                Shared = e.SharedAt != null,
                Factors = db.AnalysisCodes.Count(c => c.ItemId == e.Id),
                Evidence = db.AnalysisLinks.Count(l => l.FromId == e.Id),
                Comments = db.AnalysisComments.Count(c => c.ItemId == e.Id),
            })
            .ToListAsync(ct);
        return rows.Select(e => new EpisodeRow(e.Id, e.Number, e.Title, e.PeriodFrom, e.PeriodTo, Names(e.AgencyIds, agencies), e.Appraisal, e.Status, e.Shared,
            e.Factors, e.Evidence, e.Comments)
        { ChangedSinceAgreed = e.Changed }).ToList();
    }

    /// <summary>The findings <paramref name="viewer"/> may see, in priority order.</summary>
    public async Task<List<FindingRow>> FindingsAsync(Viewer viewer, CancellationToken ct)
    {
        var reviewId = viewer.ReviewId;
        var findings = await db.Findings.AsNoTracking().VisibleTo(viewer).ToListAsync(ct);
        var issues = (await db.BoardIssues.AsNoTracking().Where(i => i.ReviewId == reviewId).Select(i => new { i.FindingId, i.Text }).ToListAsync(ct))
            .ToLookup(i => i.FindingId, i => i.Text);
        var episodes = (await db.AnalysisLinks.AsNoTracking().Where(l => l.ReviewId == reviewId && l.FromKind == AnalysisItemKind.Finding && l.ToKind == EvidenceKind.Episode)
            .Join(db.Episodes, l => l.ToId, e => e.Id, (l, e) => l.FromId).ToListAsync(ct)).CountBy(id => id).ToDictionary();
        return findings
            .InPriorityOrder()
            .Select(f => new FindingRow(f.Id, f.Number, f.Title, f.IsGoodPractice, f.PriorityRank, f.Status, f.SharedAt is not null,
                episodes.GetValueOrDefault(f.Id), issues[f.Id].Count(),
                FindingAnatomy.Missing(new FindingDraft(f.Title, f.InThisCase, f.NotPeculiar, f.HowWidespread, f.WhyItMatters, f.Statement, issues[f.Id].ToList(), f.IsGoodPractice)))
            { ChangedSinceAgreed = f.IsChangedSinceAgreed() })
            .ToList();
    }

    /// <summary>The review's recommendations <paramref name="viewer"/> may see in number order, each with the live
    /// findings it draws on (in number order) and the issues for the Board it answers under each.</summary>
    public async Task<List<RecommendationRow>> RecommendationsAsync(Viewer viewer, CancellationToken ct)
    {
        var reviewId = viewer.ReviewId;
        var recommendations = await db.Recommendations.AsNoTracking().VisibleTo(viewer).OrderBy(r => r.Number).ToListAsync(ct);
        var findings = (await db.RecommendationFindings.AsNoTracking().Where(l => l.ReviewId == reviewId)
                .Join(db.Findings.VisibleTo(viewer), l => l.FindingId, f => f.Id, (l, f) => new { l.RecommendationId, f.Id, f.Number, f.Title }).ToListAsync(ct))
            .ToLookup(f => f.RecommendationId);
        var issues = (await db.RecommendationIssues.AsNoTracking().Where(l => l.ReviewId == reviewId)
                .Join(db.BoardIssues, l => l.BoardIssueId, i => i.Id, (l, i) => new { l.RecommendationId, i.FindingId, i.Position, i.Text }).ToListAsync(ct))
            .ToLookup(i => (i.RecommendationId, i.FindingId));
        return recommendations.Select(r => new RecommendationRow(r.Id, r.Number, r.Text, r.Kind, r.Level,
                findings[r.Id].OrderBy(f => f.Number)
                    .Select(f => new DrawnOn(f.Id, f.Number, f.Title, issues[(r.Id, f.Id)].OrderBy(i => i.Position).Select(i => (i.Position, i.Text)).ToList()))
                    .ToList(),
                r.SuggestedOwner))
            .ToList();
    }

    /// <summary>How far <paramref name="item"/> is agreed and, if it changed since, what changed: <paramref name="now"/>
    /// against the agreed wording, and who saved changes (audited as <paramref name="changedAction"/>) since its status
    /// last moved (audited as <paramref name="statusAction"/>).</summary>
    public async Task<AgreementView> AgreementAsync(IAgreeable item, Guid itemId, AgreedWording now, string changedAction, string statusAction, CancellationToken ct)
    {
        var agreedBy = item.AgreedByUserId is { } by ? await db.Users.Where(u => u.Id == by).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "Former user" : null;
        if (!item.IsChangedSinceAgreed())
        {
            return new AgreementView(item.IsAgreed(), false, agreedBy, item.AgreedAt, [], []);
        }

        // Changes saved after the last move of status (the agreement), in the order the audit chain holds them.
        var agreedAt = await db.AuditEvents.AsNoTracking().Where(e => e.EntityId == itemId && e.Action == statusAction).MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        var changes = await db.AuditEvents.AsNoTracking().Where(e => e.EntityId == itemId && e.Action == changedAction && e.Sequence > agreedAt)
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.OccurredAt, Who = db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        return new AgreementView(false, true, agreedBy, item.AgreedAt, item.ChangesSinceAgreed(now),
            changes.Select(c => (c.Who ?? "Former user", c.OccurredAt)).ToList());
    }

    /// <summary>The codes on an item, each with the scheme and version it was coded against.</summary>
    public Task<List<CodeRow>> CodesAsync(Guid partnershipId, Guid itemId, CancellationToken ct) => schemes.CodesAsync(partnershipId, itemId, ct);

    /// <summary>Codes in the scheme's own order, each with its path ("Team: supervision") for a reader.</summary>
    public static List<CodeRow> Describe(IEnumerable<string> keys, CodingScheme scheme)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        return scheme.All.Where(c => wanted.Contains(c.Key))
            .Select(c => new CodeRow(c.Key, c.Name, string.Join(": ", scheme.PathTo(c.Key))))
            .ToList();
    }

    /// <summary>What an item is linked to, each described: chronology entries by date, agency and the start of
    /// their text with names replaced by pseudonyms; documents by title; episodes by number and title. Only what
    /// <paramref name="viewer"/> may see is described.</summary>
    public async Task<List<EvidenceRow>> EvidenceAsync(Viewer viewer, IReadOnlyCollection<Guid> itemIds, CancellationToken ct)
    {
        var reviewId = viewer.ReviewId;
        var links = await db.AnalysisLinks.AsNoTracking().Where(l => l.ReviewId == reviewId && itemIds.Contains(l.FromId)).OrderBy(l => l.CreatedAt).ToListAsync(ct);
        var entries = await EntriesAsync(viewer, links.Where(l => l.ToKind == EvidenceKind.ChronologyEntry).Select(l => l.ToId).ToList(), ct);
        var documentIds = links.Where(l => l.ToKind == EvidenceKind.Document).Select(l => l.ToId).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        var conversationIds = links.Where(l => l.ToKind == EvidenceKind.Conversation).Select(l => l.ToId).ToList();
        var conversations = await db.Conversations.AsNoTracking().VisibleTo(viewer).Where(c => conversationIds.Contains(c.Id))
            .Join(db.People, c => c.ParticipantPersonId, p => p.Id, (c, p) => new { c.Id, c.Number, p.Pseudonym, c.ScheduledFor }).ToDictionaryAsync(c => c.Id, ct);
        var episodeIds = links.Where(l => l.ToKind == EvidenceKind.Episode).Select(l => l.ToId).ToList();
        var episodes = await db.Episodes.AsNoTracking().VisibleTo(viewer).Where(e => episodeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => new { e.Number, e.Title }, ct);

        // An episode or conversation withdrawn as made in error is no longer evidence for anything.
        var withdrawn = (await db.Episodes.IgnoreQueryFilters().VisibleTo(viewer).Where(e => episodeIds.Contains(e.Id) && e.WithdrawnAt != null).Select(e => e.Id).ToListAsync(ct))
            .Concat(await db.Conversations.IgnoreQueryFilters().VisibleTo(viewer).Where(c => conversationIds.Contains(c.Id) && c.WithdrawnAt != null).Select(c => c.Id).ToListAsync(ct))
            .ToHashSet();
        var rows = new List<EvidenceRow>();
        foreach (var link in links.Where(l => !withdrawn.Contains(l.ToId)))
        {
            rows.Add(link.ToKind switch
            {
                EvidenceKind.ChronologyEntry when entries.TryGetValue(link.ToId, out var entry) =>
                    new EvidenceRow(link.Id, link.ToKind, link.ToId, entry.Label, entry.Text, Link.ChronologyEntry(reviewId, entry.EntryId), link.Note),
                EvidenceKind.Document when documents.TryGetValue(link.ToId, out var title) =>
                    new EvidenceRow(link.Id, link.ToKind, link.ToId, title, null, Link.Document(reviewId, link.ToId), link.Note),
                EvidenceKind.Conversation when conversations.TryGetValue(link.ToId, out var conversation) =>
                    new EvidenceRow(link.Id, link.ToKind, link.ToId, $"Conversation {conversation.Number} with {conversation.Pseudonym}",
                        conversation.ScheduledFor.LongDate(), Link.Conversation(reviewId, link.ToId), link.Note),
                EvidenceKind.Episode when episodes.TryGetValue(link.ToId, out var episode) =>
                    new EvidenceRow(link.Id, link.ToKind, link.ToId, $"Episode {episode.Number}: {episode.Title}", null, Link.Episode(reviewId, link.ToId), link.Note),
                _ => new EvidenceRow(link.Id, link.ToKind, link.ToId, $"{link.ToKind.DisplayName()} no longer in the review", null, null, link.Note),
            } with
            { FromId = link.FromId });
        }

        // Links saved together share a moment, so episodes are put in number order rather than left to chance.
        return rows.OrderBy(r => r.Kind == EvidenceKind.Episode && episodes.TryGetValue(r.TargetId, out var e) ? e.Number : 0).ToList();
    }

    public sealed record EntryLabel(Guid EntryId, string Label, string Text);

    /// <summary>Current chronology entries whose description or event type holds every one of up to five words,
    /// oldest first: how many match, and the first <paramref name="max"/> labelled.</summary>
    public async Task<(int Matching, List<(Guid LineageId, string Label, string Text)> Results)> SearchEntriesAsync(Viewer viewer, string? query, int max, CancellationToken ct)
    {
        var entries = db.ChronologyEntries.AsNoTracking().VisibleTo(viewer).Where(e => e.IsCurrent);
        var words = (query ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5).Select(Core.Folding.Fold).ToList();
        int matching;
        List<Guid> page;
        if (words.Count == 0)
        {
            matching = await entries.CountAsync(ct);
            page = await entries.OrderBy(e => e.Date).ThenBy(e => e.Time).Take(max).Select(e => e.LineageId).ToListAsync(ct);
        }
        else
        {
            // Folded in memory, so "zoe" finds "ZOË": SQLite's LIKE folds only ASCII letters and PostgreSQL's none.
            var found = (await entries.Select(e => new { e.LineageId, e.Date, e.Time, e.Description, e.EventType }).ToListAsync(ct))
                .Select(e => (e.LineageId, e.Date, e.Time, Text: Core.Folding.Fold(e.Description) + "\n" + Core.Folding.Fold(e.EventType)))
                .Where(e => words.TrueForAll(w => e.Text.Contains(w, StringComparison.Ordinal)))
                .ToList();
            matching = found.Count;
            page = found.OrderBy(e => e.Date).ThenBy(e => e.Time).Take(max).Select(e => e.LineageId).ToList();
        }

        var labels = await EntriesAsync(viewer, page, ct);
        return (matching, page.Where(labels.ContainsKey).Select(id => (id, labels[id].Label, labels[id].Text)).ToList());
    }

    /// <summary>Current chronology entries <paramref name="viewer"/> may see by lineage, labelled for evidence lists.</summary>
    public async Task<Dictionary<Guid, EntryLabel>> EntriesAsync(Viewer viewer, IReadOnlyCollection<Guid> lineageIds, CancellationToken ct)
    {
        if (lineageIds.Count == 0)
        {
            return [];
        }

        var agencies = await AgencyNamesAsync(viewer.PartnershipId, ct);
        var entries = new List<(Guid Id, Guid LineageId, Guid AgencyId, DateOnly Date, string EventType, string Description)>();
        foreach (var chunk in lineageIds.Distinct().Chunk(500))
        {
            entries.AddRange((await db.ChronologyEntries.AsNoTracking().VisibleTo(viewer)
                    .Where(e => e.IsCurrent && chunk.Contains(e.LineageId))
                    .Select(e => new { e.Id, e.LineageId, e.AgencyId, e.Date, e.EventType, e.Description })
                    .ToListAsync(ct))
                .Select(e => (e.Id, e.LineageId, e.AgencyId, e.Date, e.EventType, e.Description)));
        }

        var pseudonyms = await Information.People.PeopleRegister.PseudonymTextAsync(db, viewer.ReviewId, ct);
        return entries.ToDictionary(
            e => e.LineageId,
            e => new EntryLabel(e.Id, $"{e.Date.LongDate()}, {agencies.GetValueOrDefault(e.AgencyId, "Unknown agency")}: {pseudonyms.Replace(e.EventType)}",
                Shorten(pseudonyms.Replace(e.Description))));
    }

    /// <summary>The comments on an item that <paramref name="viewer"/> may read, oldest first.</summary>
    public async Task<List<CommentRow>> CommentsAsync(Viewer viewer, Guid itemId, CancellationToken ct) =>
        await db.AnalysisComments.AsNoTracking().VisibleTo(viewer, db).Where(c => c.ItemId == itemId).OrderBy(c => c.CreatedAt)
            .Select(c => new CommentRow(c.Id, db.Users.Where(u => u.Id == c.AuthorUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "Former user", c.Text, c.CreatedAt))
            .ToListAsync(ct);

    /// <summary>The challenges <paramref name="viewer"/> may see: the log (<paramref name="itemId"/> null) or one item's.</summary>
    public async Task<List<ChallengeRow>> ChallengesAsync(Viewer viewer, Guid? itemId, CancellationToken ct)
    {
        // Challenges to withdrawn items leave the log with them (they stay on the withdrawn item's own page).
        var withdrawn = itemId is null ? (await new Withdrawn.WithdrawnItems(db).IdsAsync(viewer, ct)).ToList() : [];
        var challenges = await db.Challenges.AsNoTracking().VisibleTo(viewer).Where(c => (itemId == null || c.ItemId == itemId) && !withdrawn.Contains(c.ItemId))
            .OrderBy(c => c.RaisedAt)
            .Select(c => new
            {
                Challenge = c,
                RaisedBy = db.Users.Where(u => u.Id == c.RaisedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                RespondedBy = db.Users.Where(u => u.Id == c.RespondedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var labels = await ItemLabelsAsync(viewer, challenges.Select(c => c.Challenge.ItemId).ToList(), ct);
        return challenges.Select(c => new ChallengeRow(c.Challenge.Id, c.Challenge.ItemKind, c.Challenge.ItemId, labels.GetValueOrDefault(c.Challenge.ItemId, "An item no longer in the review"),
                c.RaisedBy ?? "Former user", c.Challenge.RaisedAt, c.Challenge.Text, c.Challenge.Response, c.Challenge.Outcome, c.RespondedBy, c.Challenge.RespondedAt, c.Challenge.Version))
            .ToList();
    }

    /// <summary>"Episode 3: title", "Finding 2: title", "Recommendation 1" for the given items <paramref name="viewer"/> may see.</summary>
    public async Task<Dictionary<Guid, string>> ItemLabelsAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var labels = new Dictionary<Guid, string>();
        foreach (var e in await db.Episodes.AsNoTracking().VisibleTo(viewer).Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Number, e.Title }).ToListAsync(ct))
        {
            labels[e.Id] = $"Episode {e.Number}: {e.Title}";
        }

        foreach (var f in await db.Findings.AsNoTracking().VisibleTo(viewer).Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Number, f.Title }).ToListAsync(ct))
        {
            labels[f.Id] = $"Finding {f.Number}: {f.Title}";
        }

        foreach (var r in await db.Recommendations.AsNoTracking().VisibleTo(viewer).Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Number }).ToListAsync(ct))
        {
            labels[r.Id] = $"Recommendation {r.Number}";
        }

        foreach (var n in await db.NarrativeSections.AsNoTracking().VisibleTo(viewer).Where(n => ids.Contains(n.Id)).Select(n => new { n.Id, n.Number, n.Title }).ToListAsync(ct))
        {
            labels[n.Id] = $"Narrative section {n.Number}: {n.Title}";
        }

        foreach (var p in await db.Perspectives.AsNoTracking().VisibleTo(viewer).Where(p => ids.Contains(p.Id))
                     .Select(p => new { p.Id, Section = db.NarrativeSections.Where(n => n.Id == p.SectionId).Select(n => n.Number).FirstOrDefault(), Person = db.People.Where(x => x.Id == p.PersonId).Select(x => x.Pseudonym).FirstOrDefault(), Agency = db.Agencies.Where(a => a.Id == p.AgencyId).Select(a => a.Name).FirstOrDefault() })
                     .ToListAsync(ct))
        {
            labels[p.Id] = $"{PerspectiveName(p.Person, p.Agency)}'s account in narrative section {p.Section}";
        }

        return labels;
    }

    /// <summary>Whose account a perspective is: "Pseudonym (Agency)", the person or the agency alone.</summary>
    public static string PerspectiveName(string? person, string? agency) => (person, agency) switch
    {
        ({ } p, { } a) => $"{p} ({a})",
        ({ } p, null) => p,
        (null, { } a) => a,
        _ => "Unknown",
    };

    public async Task<Dictionary<Guid, string>> AgencyNamesAsync(Guid partnershipId, CancellationToken ct) =>
        await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);

    public static List<string> Names(IEnumerable<Guid> ids, IReadOnlyDictionary<Guid, string> agencies) =>
        ids.Select(id => agencies.GetValueOrDefault(id, "Unknown agency")).Order(StringComparer.Ordinal).ToList();

    public static string Shorten(string text) =>
        text.Length <= EvidenceTextLength ? text : string.Concat(text.AsSpan(0, EvidenceTextLength).TrimEnd(), "…");
}
