namespace Lantern.Web.Pages.Analysis.Withdrawn;

/// <summary>The kinds of analysis item that can be withdrawn (analysis meetings among them, which are not
/// commented on or linked, so are not an <see cref="AnalysisItemKind"/>).</summary>
public enum WithdrawableKind
{
    Episode,
    Finding,
    Recommendation,
    NarrativeSection,
    Perspective,
    Discrepancy,
    Meeting,
    Conversation,
}

public static class WithdrawableKinds
{
    public static readonly IReadOnlyList<WithdrawableKind> All = Enum.GetValues<WithdrawableKind>();

    public static string DisplayName(this WithdrawableKind kind) => kind switch
    {
        WithdrawableKind.Episode => "Key practice episode",
        WithdrawableKind.Finding => "Finding",
        WithdrawableKind.Recommendation => "Recommendation",
        WithdrawableKind.NarrativeSection => "Narrative section",
        WithdrawableKind.Perspective => "Account in the narrative",
        WithdrawableKind.Discrepancy => "Discrepancy",
        WithdrawableKind.Meeting => "Meeting",
        WithdrawableKind.Conversation => "Conversation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind as it appears in the withdraw page's address.</summary>
    public static string Slug(this WithdrawableKind kind) => kind switch
    {
        WithdrawableKind.Episode => "episodes",
        WithdrawableKind.Finding => "findings",
        WithdrawableKind.Recommendation => "recommendations",
        WithdrawableKind.NarrativeSection => "narrative-sections",
        WithdrawableKind.Perspective => "accounts",
        WithdrawableKind.Discrepancy => "discrepancies",
        WithdrawableKind.Meeting => "meetings",
        WithdrawableKind.Conversation => "conversations",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static WithdrawableKind? FromSlug(string? slug) => All.Cast<WithdrawableKind?>().FirstOrDefault(k => k!.Value.Slug() == slug);

    /// <summary>The entity type the audit trail names.</summary>
    public static string EntityType(this WithdrawableKind kind) => kind switch
    {
        WithdrawableKind.Episode => nameof(KeyPracticeEpisode),
        WithdrawableKind.Finding => nameof(Finding),
        WithdrawableKind.Recommendation => nameof(Recommendation),
        WithdrawableKind.NarrativeSection => nameof(NarrativeSection),
        WithdrawableKind.Perspective => nameof(Perspective),
        WithdrawableKind.Discrepancy => nameof(Discrepancy),
        WithdrawableKind.Meeting => nameof(Meeting),
        WithdrawableKind.Conversation => nameof(Conversation),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string WithdrawPath(this WithdrawableKind kind, Guid reviewId, Guid itemId) => Link.WithdrawItem(reviewId, kind.Slug(), itemId);
}

/// <summary>One analysis item as the withdraw page and the withdrawn items page describe it.</summary>
public sealed record WithdrawableItem(
    WithdrawableKind Kind,
    Guid Id,
    int? Number,
    string Title,
    string? Href,
    Guid Version,
    Guid UpdatedByUserId,
    DateTime UpdatedAt,
    DateTime? WithdrawnAt,
    string? WithdrawnBy,
    string? WithdrawnReason)
{
    /// <summary>"Key practice episode 3", or the kind alone for items without a number.</summary>
    public string Label => Number is { } n ? $"{Kind.DisplayName()} {n}" : Kind.DisplayName();
}

/// <summary>What an item's page says about its withdrawal.</summary>
public sealed record WithdrawnNote(DateTime At, string By, string Reason);

/// <summary>
/// Reads of withdrawn analysis items. The data layer hides withdrawn items from every ordinary query; these reads
/// ask for them on purpose (<c>IgnoreQueryFilters</c>), to show them as withdrawn and to leave out the rows that
/// hang off them (links, comments, challenges), which have no filter of their own. Each read is of what the viewer
/// may see (<c>VisibleTo</c>).
/// </summary>
public sealed class WithdrawnItems(LanternDbContext db)
{
    /// <summary>One item of the review, withdrawn or not; null when it is not in the review (or not for the viewer).</summary>
    public async Task<WithdrawableItem?> FindAsync(Viewer viewer, WithdrawableKind kind, Guid itemId, CancellationToken ct) =>
        (await ReadAsync(viewer, kind, itemId, withdrawnOnly: false, ct)).SingleOrDefault();

    /// <summary>Every withdrawn item of the review, the most recently withdrawn first.</summary>
    public async Task<List<WithdrawableItem>> AllAsync(Viewer viewer, CancellationToken ct)
    {
        var items = new List<WithdrawableItem>();
        foreach (var kind in WithdrawableKinds.All)
        {
            items.AddRange(await ReadAsync(viewer, kind, null, withdrawnOnly: true, ct));
        }

        return items.OrderByDescending(i => i.WithdrawnAt).ThenBy(i => i.Kind).ThenBy(i => i.Number).ToList();
    }

    /// <summary>Whether anything in the review has been withdrawn.</summary>
    public async Task<bool> AnyAsync(Viewer viewer, CancellationToken ct) => (await IdsAsync(viewer, ct)).Count > 0;

    /// <summary>The ids of every withdrawn item of the review, for leaving out the links, comments and challenges
    /// that belong to them.</summary>
    public async Task<HashSet<Guid>> IdsAsync(Viewer viewer, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        ids.UnionWith(await Withdrawn(All(db.Episodes).VisibleTo(viewer)).Select(e => e.Id).ToListAsync(ct));
        ids.UnionWith(await Withdrawn(All(db.Findings).VisibleTo(viewer)).Select(e => e.Id).ToListAsync(ct));
        ids.UnionWith(await Withdrawn(All(db.Recommendations).VisibleTo(viewer)).Select(e => e.Id).ToListAsync(ct));
        ids.UnionWith(await Withdrawn(All(db.NarrativeSections).VisibleTo(viewer)).Select(e => e.Id).ToListAsync(ct));
        ids.UnionWith(await Withdrawn(All(db.Perspectives).VisibleTo(viewer)).Select(e => e.Id).ToListAsync(ct));
        ids.UnionWith(await Withdrawn(All(db.Discrepancies).VisibleTo(viewer)).Select(e => e.Id).ToListAsync(ct));
        ids.UnionWith((await Withdrawn(All(db.Meetings)).VisibleToAsync(viewer, ct)).Select(e => e.Id));
        ids.UnionWith(await Withdrawn(All(db.Conversations).VisibleTo(viewer)).Select(e => e.Id).ToListAsync(ct));
        return ids;
    }

    /// <summary>When, by whom and why the item was withdrawn; null when it has not been.</summary>
    public async Task<WithdrawnNote?> NoteAsync(Viewer viewer, WithdrawableKind kind, Guid itemId, CancellationToken ct) =>
        await FindAsync(viewer, kind, itemId, ct) is { WithdrawnAt: { } at } item ? new WithdrawnNote(at, item.WithdrawnBy ?? "a former user", item.WithdrawnReason ?? string.Empty) : null;

    /// <summary>Every row of the set, withdrawn or not, for the visibility extensions to narrow.</summary>
    private static IQueryable<T> All<T>(DbSet<T> set)
        where T : class, IWithdrawable => set.IgnoreQueryFilters().AsNoTracking();

    private static IQueryable<T> Withdrawn<T>(IQueryable<T> items)
        where T : class, IWithdrawable => items.Where(e => e.WithdrawnAt != null);

    private sealed record Raw(Guid Id, int? Number, string Title, Guid Version, Guid UpdatedByUserId, DateTime UpdatedAt, DateTime? WithdrawnAt, Guid? WithdrawnByUserId,
        string? WithdrawnReason, Guid? SectionId = null, Guid? PersonId = null, Guid? AgencyId = null);

    private static IQueryable<T> Items<T>(IQueryable<T> visible, Guid? itemId, bool withdrawnOnly)
        where T : class, IWithdrawable =>
        visible.Where(e => (itemId == null || EF.Property<Guid>(e, "Id") == itemId) && (!withdrawnOnly || e.WithdrawnAt != null));

    private async Task<List<WithdrawableItem>> ReadAsync(Viewer viewer, WithdrawableKind kind, Guid? itemId, bool withdrawnOnly, CancellationToken ct)
    {
        var reviewId = viewer.ReviewId;
        var rows = kind switch
        {
            WithdrawableKind.Episode => await Items(All(db.Episodes).VisibleTo(viewer), itemId, withdrawnOnly)
                .Select(e => new Raw(e.Id, e.Number, e.Title, e.Version, e.UpdatedByUserId, e.UpdatedAt, e.WithdrawnAt, e.WithdrawnByUserId, e.WithdrawnReason, null, null, null)).ToListAsync(ct),
            WithdrawableKind.Finding => await Items(All(db.Findings).VisibleTo(viewer), itemId, withdrawnOnly)
                .Select(e => new Raw(e.Id, e.Number, e.Title, e.Version, e.UpdatedByUserId, e.UpdatedAt, e.WithdrawnAt, e.WithdrawnByUserId, e.WithdrawnReason, null, null, null)).ToListAsync(ct),
            WithdrawableKind.Recommendation => await Items(All(db.Recommendations).VisibleTo(viewer), itemId, withdrawnOnly)
                .Select(e => new Raw(e.Id, e.Number, e.Text, e.Version, e.UpdatedByUserId, e.UpdatedAt, e.WithdrawnAt, e.WithdrawnByUserId, e.WithdrawnReason, null, null, null)).ToListAsync(ct),
            WithdrawableKind.NarrativeSection => await Items(All(db.NarrativeSections).VisibleTo(viewer), itemId, withdrawnOnly)
                .Select(e => new Raw(e.Id, e.Number, e.Title, e.Version, e.UpdatedByUserId, e.UpdatedAt, e.WithdrawnAt, e.WithdrawnByUserId, e.WithdrawnReason, null, null, null)).ToListAsync(ct),
            WithdrawableKind.Perspective => await Items(All(db.Perspectives).VisibleTo(viewer), itemId, withdrawnOnly)
                .Select(e => new Raw(e.Id, null, e.Account, e.Version, e.UpdatedByUserId, e.UpdatedAt, e.WithdrawnAt, e.WithdrawnByUserId, e.WithdrawnReason, e.SectionId, e.PersonId, e.AgencyId)).ToListAsync(ct),
            WithdrawableKind.Discrepancy => await Items(All(db.Discrepancies).VisibleTo(viewer), itemId, withdrawnOnly)
                .Select(e => new Raw(e.Id, e.Number, e.Description, e.Version, e.UpdatedByUserId, e.UpdatedAt, e.WithdrawnAt, e.WithdrawnByUserId, e.WithdrawnReason, e.SectionId, null, null)).ToListAsync(ct),
            WithdrawableKind.Meeting => (await Items(All(db.Meetings), itemId, withdrawnOnly).VisibleToAsync(viewer, ct))
                .Select(e => new Raw(e.Id, null, $"{e.Kind.DisplayName()} on {e.HeldOn.LongDate()}", e.Version, e.UpdatedByUserId,
                    e.UpdatedAt, e.WithdrawnAt, e.WithdrawnByUserId, e.WithdrawnReason)).ToList(),
            WithdrawableKind.Conversation => await Items(All(db.Conversations).VisibleTo(viewer), itemId, withdrawnOnly)
                .Select(e => new Raw(e.Id, e.Number, string.Empty, e.Version, e.UpdatedByUserId, e.UpdatedAt, e.WithdrawnAt, e.WithdrawnByUserId, e.WithdrawnReason, null, e.ParticipantPersonId, null)).ToListAsync(ct),
            _ => [],
        };
        if (rows.Count == 0)
        {
            return [];
        }

        var userIds = rows.Select(r => r.WithdrawnByUserId).OfType<Guid>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var personIds = rows.Select(r => r.PersonId).OfType<Guid>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Pseudonym, ct);
        var agencyIds = rows.Select(r => r.AgencyId).OfType<Guid>().Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var sectionIds = rows.Select(r => r.SectionId).OfType<Guid>().Distinct().ToList();
        var sections = await All(db.NarrativeSections).VisibleTo(viewer).Where(s => sectionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, ct);
        return rows.Select(r => new WithdrawableItem(kind, r.Id, r.Number, Title(kind, r, people, agencies, sections), Href(kind, reviewId, r), r.Version, r.UpdatedByUserId,
                r.UpdatedAt, r.WithdrawnAt, r.WithdrawnByUserId is { } by ? users.GetValueOrDefault(by, "a former user") : null, r.WithdrawnReason))
            .ToList();
    }

    /// <summary>The item's own page. Accounts, discrepancies and recommendations have none: while live they are
    /// shown in their section or list; once withdrawn, only on the withdrawn items page.</summary>
    private static string? Href(WithdrawableKind kind, Guid reviewId, Raw r) => kind switch
    {
        WithdrawableKind.Episode => Link.Episode(reviewId, r.Id),
        WithdrawableKind.Finding => Link.Finding(reviewId, r.Id),
        WithdrawableKind.NarrativeSection => Link.NarrativeSection(reviewId, r.Id),
        WithdrawableKind.Meeting => Link.Meeting(reviewId, r.Id),
        WithdrawableKind.Conversation => Link.Conversation(reviewId, r.Id),
        WithdrawableKind.Perspective or WithdrawableKind.Discrepancy when r.WithdrawnAt is null && r.SectionId is { } sectionId => Link.NarrativeSection(reviewId, sectionId),
        WithdrawableKind.Recommendation when r.WithdrawnAt is null => Link.ChangeRecommendation(reviewId, r.Id),
        _ => null,
    };

    private static string Title(WithdrawableKind kind, Raw r, Dictionary<Guid, string> people, Dictionary<Guid, string> agencies, Dictionary<Guid, int> sections) => kind switch
    {
        WithdrawableKind.Perspective =>
            $"{AnalysisQueries.PerspectiveName(r.PersonId is { } p ? people.GetValueOrDefault(p) : null, r.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null)}'s account in narrative section {(r.SectionId is { } s ? sections.GetValueOrDefault(s) : 0)}",
        WithdrawableKind.Conversation => $"Conversation with {(r.PersonId is { } p ? people.GetValueOrDefault(p, "someone removed from the register") : "someone removed from the register")}",
        WithdrawableKind.Recommendation or WithdrawableKind.Discrepancy => AnalysisQueries.Shorten(r.Title),
        _ => r.Title,
    };
}
