namespace Lantern.Web.Pages.SettingUp.Family;

public sealed record CorrespondenceRow(DateOnly OccurredOn, string? MemberName, CorrespondenceDirection Direction, ContactChannel Channel, string Summary);

public sealed record FamilyTaskRow(string Title, DateOnly? DueOn);

/// <summary>The family contact plan (quality marker 4): how to reach each family member kindly and safely, and
/// every contact with the family so far.</summary>
[ReviewPage(ReviewPermission.ViewFamily, AuditActions.FamilyViewed)]
public sealed class FamilyModel(LanternDbContext db) : ReviewPageModel
{
    public const int PageSize = 25;

    /// <summary>From ?page= (see <see cref="Paging.RequestedPage"/>).</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<FamilyMember> Members { get; private set; } = [];

    public PagedResult<CorrespondenceRow> Log { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<FamilyTaskRow> OpenTasks { get; private set; } = [];

    public bool CanEdit => Review.Can(ReviewPermission.EditFamily);

    public bool CanManageLetters { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        PageNumber = Request.RequestedPage();
        CanManageLetters = User.ToActor() is { } actor && AccessRules.Can(actor, Review.PartnershipId, PartnershipPermission.ManageLetterTemplates);
        Members = await db.FamilyMembers.AsNoTracking().VisibleTo(Review.Viewer)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Name).ToListAsync(cancellationToken);
        OpenTasks = await db.ReviewTasks.AsNoTracking()
            .Where(t => t.ReviewId == Review.Id && t.Kind == TaskKind.InformFamily && t.CompletedAt == null)
            .OrderBy(t => t.DueOn).Select(t => new FamilyTaskRow(t.Title, t.DueOn)).ToListAsync(cancellationToken);
        Log = await (from c in db.Correspondence.AsNoTracking().VisibleTo(Review.Viewer)
                     join m in db.FamilyMembers.VisibleTo(Review.Viewer) on c.FamilyMemberId equals (Guid?)m.Id into members
                     from m in members.DefaultIfEmpty()
                     orderby c.OccurredOn descending, c.RecordedAt descending
                     select new CorrespondenceRow(c.OccurredOn, m != null ? m.Name : null, c.Direction, c.Channel, c.Summary))
            .ToPageAsync(PageNumber, PageSize, cancellationToken);
    }

    // Written out: Url.Page drops a "page" value, which Razor Pages keeps for the page's own name.
    public string PageUrl(int page) => page <= 1 ? Link.Family(Review.Id) : Link.Family(Review.Id) + $"?page={page}";
}
