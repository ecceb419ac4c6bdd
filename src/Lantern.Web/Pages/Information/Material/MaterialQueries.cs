namespace Lantern.Web.Pages.Information.Material;

/// <summary>One disclosure request as the index shows it.</summary>
public sealed record DisclosureRow(Guid Id, Guid ItemId, string RequestedBy, DateOnly ReceivedOn, string WhatIsAsked, DisclosureDecision? Decision, string? Reason, DateOnly? DecidedOn, Guid Version);

/// <summary>One line of the index of material. For an agency's chronology with no request yet, <see cref="Id"/> is
/// the submission's id (its item, once made, takes the same id).</summary>
public sealed record MaterialRow(
    Guid Id,
    MaterialKind Kind,
    string Title,
    Guid? OwnerAgencyId,
    string Owner,
    DateOnly Date,
    string Location,
    Sensitivity Sensitivity,
    string? Description,
    Guid? DocumentId,
    IReadOnlyList<DisclosureRow> Requests)
{
    /// <summary>True when an agency owns the item: requests go to it to decide.</summary>
    public bool OwnedByAgency => OwnerAgencyId is not null;
}

/// <summary>What the index of material lists: filters, order and a page of it.</summary>
public sealed record MaterialQuery(MaterialKind? Kind, Guid? Owner, string Sort, bool Descending)
{
    public static readonly IReadOnlyList<(string Key, string Name)> Sorts = [("date", "Date"), ("title", "Title"), ("type", "Type"), ("owner", "Owner")];

    public static MaterialQuery From(IQueryCollection query)
    {
        var sort = Sorts.Any(s => s.Key == query["sort"]) ? query["sort"].ToString() : "date";
        return new MaterialQuery(
            Enum.TryParse<MaterialKind>(query["type"], out var kind) && Enum.IsDefined(kind) ? kind : null,
            Guid.TryParse(query["owner"], out var owner) ? owner : null,
            sort,
            query["dir"] == "desc" || (query["dir"].Count == 0 && sort == "date"));
    }
}

/// <summary>
/// Reads the index of material: the items stored for the review (documents add theirs on upload; hand-added
/// notes, drafts, emails, recordings) and every agency chronology, read from the submissions themselves. A
/// review's index holds hundreds of items at most, so it is put together, filtered and sorted in memory.
/// </summary>
public sealed class MaterialQueries(LanternDbContext db)
{
    public const string ChronologyLocation = "Lantern (agency chronologies)";

    /// <summary>The index of material of <paramref name="viewer"/>'s review, with the agencies' chronologies they may see.</summary>
    public async Task<IReadOnlyList<MaterialRow>> AllAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var reviewId = viewer.ReviewId;
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => db.Reviews.Any(r => r.Id == reviewId && r.PartnershipId == a.PartnershipId))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var requests = (await db.DisclosureRequests.AsNoTracking().Where(r => r.ReviewId == reviewId).OrderBy(r => r.ReceivedOn).ThenBy(r => r.RecordedAt).ToListAsync(cancellationToken))
            .Select(r => new DisclosureRow(r.Id, r.MaterialItemId, r.RequestedBy, r.ReceivedOn, r.WhatIsAsked, r.Decision, r.DecisionReason, r.DecidedOn, r.Version))
            .ToLookup(r => r.ItemId);
        var items = await db.MaterialItems.AsNoTracking().Where(m => m.ReviewId == reviewId).ToListAsync(cancellationToken);
        var rows = items.Select(m => new MaterialRow(
            m.Id, m.Kind, m.Title, m.OwnerAgencyId, Owner(m.OwnerAgencyId, m.OwnerName, agencies), m.ItemDate, m.Location, m.Sensitivity, m.Description, m.DocumentId,
            requests[m.Id].ToList())).ToList();

        var listed = items.Where(m => m.SubmissionId != null).Select(m => m.SubmissionId!.Value).ToHashSet();
        var submissions = await (from s in db.ChronologySubmissions.AsNoTracking().VisibleTo(viewer)
                                 where s.CurrentVersion > 0
                                 join v in db.SubmissionVersions on new { Id = s.Id, Number = s.CurrentVersion } equals new { Id = v.SubmissionId, v.Number }
                                 select new { s.Id, s.AgencyId, s.CurrentVersion, v.AppliedAt }).ToListAsync(cancellationToken);
        rows.AddRange(submissions.Where(s => !listed.Contains(s.Id)).Select(s => new MaterialRow(
            s.Id, MaterialKind.Chronology, ChronologyTitle(agencies.GetValueOrDefault(s.AgencyId), s.CurrentVersion), s.AgencyId, agencies.GetValueOrDefault(s.AgencyId) ?? "Unknown agency",
            DateOnly.FromDateTime(s.AppliedAt), ChronologyLocation, Sensitivity.Sensitive, null, null, [])));
        return rows;
    }

    public static string ChronologyTitle(string? agency, int version) => $"{agency ?? "Agency"} chronology (version {version})";

    public static IReadOnlyList<MaterialRow> Apply(IReadOnlyList<MaterialRow> rows, MaterialQuery query)
    {
        var filtered = rows.Where(r => (query.Kind is null || r.Kind == query.Kind) && (query.Owner is null || r.OwnerAgencyId == query.Owner));
        Func<MaterialRow, IComparable> key = query.Sort switch
        {
            "title" => r => r.Title,
            "type" => r => r.Kind.DisplayName(),
            "owner" => r => r.Owner,
            _ => r => r.Date,
        };
        var ordered = query.Descending ? filtered.OrderByDescending(key) : filtered.OrderBy(key);
        return ordered.ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id).ToList();
    }

    private static string Owner(Guid? agencyId, string? ownerName, IReadOnlyDictionary<Guid, string> agencies) =>
        agencyId is { } id ? agencies.GetValueOrDefault(id) ?? "Unknown agency" : ownerName ?? "The review";
}
