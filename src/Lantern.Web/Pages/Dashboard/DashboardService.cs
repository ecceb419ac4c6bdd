using CsvHelper;
using Lantern.Web.Pages.Reviews;
using Lantern.Web.Pages.SettingUp;
using Lantern.Web.Pages.SettingUp.Deadlines;
using Microsoft.Extensions.Primitives;

namespace Lantern.Web.Pages.Dashboard;

public enum DashboardSort
{
    Deadline,
    DaysLeft,
    Title,
    Owner,
}

public enum OwnerFilter
{
    Anyone,
    Me,
    NotAssigned,
}

/// <summary>Which reviews the dashboard lists and in what order, as the query string says:
/// <c>?status=open&amp;owner=me&amp;sort=deadline&amp;dir=asc</c>. Anything it does not recognise falls back
/// to the default, so a mangled link still shows the dashboard.</summary>
public sealed record DashboardQuery(string Status, OwnerFilter Owner, DashboardSort Sort, bool Descending)
{
    public const string OpenReviews = "open";
    public const string AllReviews = "all";

    public static readonly DashboardQuery Default = new(OpenReviews, OwnerFilter.Anyone, DashboardSort.Deadline, false);

    /// <summary>The one stage asked for, if the filter names one.</summary>
    public ReviewStatus? OnlyStatus => Enum.TryParse<ReviewStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;

    public static DashboardQuery From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string Read(string key) => (query.TryGetValue(key, out var value) ? value : StringValues.Empty).ToString().Trim().ToLowerInvariant();

        var status = Read("status") switch
        {
            AllReviews => AllReviews,
            var named when Enum.TryParse<ReviewStatus>(named, ignoreCase: true, out var s) && Enum.IsDefined(s) && s != ReviewStatus.Withdrawn && !int.TryParse(named, out _) => s.ToString(),
            _ => OpenReviews,
        };
        var owner = Read("owner") switch
        {
            "me" => OwnerFilter.Me,
            "none" => OwnerFilter.NotAssigned,
            _ => OwnerFilter.Anyone,
        };
        var sort = Read("sort") switch
        {
            "title" => DashboardSort.Title,
            "days" => DashboardSort.DaysLeft,
            "owner" => DashboardSort.Owner,
            _ => DashboardSort.Deadline,
        };
        return new DashboardQuery(status, owner, sort, Read("dir") == "desc");
    }

    /// <summary>The query string values, for links and forms.</summary>
    public string OwnerValue => Owner switch
    {
        OwnerFilter.Me => "me",
        OwnerFilter.NotAssigned => "none",
        _ => "anyone",
    };

    public string SortValue => Sort switch
    {
        DashboardSort.Title => "title",
        DashboardSort.DaysLeft => "days",
        DashboardSort.Owner => "owner",
        _ => "deadline",
    };

    public string DirectionValue => Descending ? "desc" : "asc";
}

/// <summary>One review on the dashboard. <see cref="Next"/> is null when no deadline is open, the review is
/// closed, or the person's role does not let them see how the review is being set up.</summary>
public sealed record DashboardRow(
    Guid Id,
    string WorkingTitle,
    string TypeName,
    ReviewStatus Status,
    string? OwnerName,
    bool CanViewSettingUp,
    DeadlineView? Next);

/// <summary>An open task for the person, or for their business unit.</summary>
public sealed record DashboardTask(
    Guid Id,
    Guid ReviewId,
    string ReviewTitle,
    bool CanViewSettingUp,
    string Title,
    DateOnly? DueOn,
    bool AssignedToYou);

/// <summary>
/// The partnership's reviews a person may see, with stage, owner and the next deadline of each; their tasks;
/// and the same list as CSV. Withdrawn reviews are records, not work: none of them, their deadlines or their
/// tasks are shown or counted here. The reviews are read in one query and their deadlines in a fixed handful more
/// (see <see cref="DeadlineService.NextDeadlinesAsync"/>), however many reviews there are.
/// </summary>
public sealed class DashboardService(ReviewService reviews, DeadlineService deadlines, LanternDbContext db, AuditRecorder recorder)
{
    public const int PageSize = 25;

    /// <summary>Most tasks shown at once; the page says when there are more.</summary>
    public const int TaskLimit = 50;

    public const string NotAssigned = "Not assigned";

    public DateOnly Today => recorder.Today;

    /// <summary>Every review matching <paramref name="query"/> that <paramref name="actor"/> may see, sorted.</summary>
    public async Task<IReadOnlyList<DashboardRow>> ReviewsAsync(Actor actor, DashboardQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        var visible = reviews.VisibleTo(actor).Where(r => r.Status != ReviewStatus.Withdrawn);
        if (query.OnlyStatus is { } only)
        {
            visible = visible.Where(r => r.Status == only);
        }
        else if (query.Status != DashboardQuery.AllReviews)
        {
            visible = visible.Where(r => r.Status != ReviewStatus.Closed && r.Status != ReviewStatus.NotProceeding);
        }

        visible = query.Owner switch
        {
            OwnerFilter.Me => visible.Where(r => r.OwnerUserId == actor.UserId),
            OwnerFilter.NotAssigned => visible.Where(r => r.OwnerUserId == null),
            _ => visible,
        };

        var found = await visible.Select(r => new
        {
            r.Id,
            r.PartnershipId,
            r.WorkingTitle,
            TypeName = db.ReviewTypes.Where(t => t.Id == r.ReviewTypeId).Select(t => t.Name).FirstOrDefault() ?? string.Empty,
            r.Status,
            OwnerName = db.Users.Where(u => u.Id == r.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            YourRole = db.ReviewMembers.Where(m => m.ReviewId == r.Id && m.UserId == actor.UserId).Select(m => (ReviewRole?)m.Role).FirstOrDefault(),
        }).ToListAsync(cancellationToken);

        var rows = found.Select(r => new
        {
            Review = r,
            CanViewSettingUp = AccessRules.Can(actor, r.PartnershipId, r.YourRole, ReviewPermission.ViewSettingUp),
        }).ToList();

        // Deadlines belong to setting up: shown only to those who may see it, and only while the review is open.
        var counted = rows.Where(r => r.CanViewSettingUp && r.Review.Status.IsOpen()).Select(r => r.Review.Id).ToList();
        var next = await deadlines.NextDeadlinesAsync(counted, cancellationToken);

        var list = rows.Select(r => new DashboardRow(r.Review.Id, r.Review.WorkingTitle, r.Review.TypeName, r.Review.Status, r.Review.OwnerName,
            r.CanViewSettingUp, next.GetValueOrDefault(r.Review.Id))).ToList();
        return Sort(list, query);
    }

    public async Task<PagedResult<DashboardRow>> ReviewsPageAsync(Actor actor, DashboardQuery query, int page, CancellationToken cancellationToken = default)
    {
        var all = await ReviewsAsync(actor, query, cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(all.Count / (double)PageSize));
        var current = Math.Clamp(page, 1, pageCount);
        return new PagedResult<DashboardRow>(all.Skip((current - 1) * PageSize).Take(PageSize).ToList(), current, PageSize, all.Count);
    }

    /// <summary>Open tasks on reviews <paramref name="actor"/> may see: those given to them, and for the
    /// business unit and chair those given to nobody yet. Overdue first, then by due date.</summary>
    public async Task<(IReadOnlyList<DashboardTask> Tasks, int Total)> TasksAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var unassignedToo = AccessRules.SeesAllReviews(actor);
        var found = await (
            from t in db.ReviewTasks.AsNoTracking()
            join r in reviews.VisibleTo(actor) on t.ReviewId equals r.Id
            where t.CompletedAt == null && r.Status != ReviewStatus.Withdrawn &&
                  (t.AssignedUserId == actor.UserId || (unassignedToo && t.AssignedUserId == null))
            orderby t.DueOn == null, t.DueOn, t.CreatedAt
            select new
            {
                t.Id,
                t.ReviewId,
                r.PartnershipId,
                r.WorkingTitle,
                t.Title,
                t.DueOn,
                t.AssignedUserId,
                YourRole = db.ReviewMembers.Where(m => m.ReviewId == r.Id && m.UserId == actor.UserId).Select(m => (ReviewRole?)m.Role).FirstOrDefault(),
            }).ToListAsync(cancellationToken);

        var tasks = found.Take(TaskLimit)
            .Select(t => new DashboardTask(t.Id, t.ReviewId, t.WorkingTitle,
                AccessRules.Can(actor, t.PartnershipId, t.YourRole, ReviewPermission.ViewSettingUp),
                t.Title, t.DueOn, t.AssignedUserId == actor.UserId))
            .ToList();
        return (tasks, found.Count);
    }

    /// <summary>Records that the person opened the dashboard.</summary>
    public async Task RecordViewAsync(AuditActor audit, Guid partnershipId, CancellationToken cancellationToken = default)
    {
        recorder.AuditPartnership(audit, AuditActions.DashboardViewed, partnershipId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Writes every review matching <paramref name="query"/> as CSV, in the dashboard's order. Cells a
    /// spreadsheet would run as formulas are escaped.</summary>
    public async Task ExportAsync(Actor actor, DashboardQuery query, Stream output, AuditActor audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rows = await ReviewsAsync(actor, query, cancellationToken);
        recorder.AuditPartnership(audit, AuditActions.DashboardExported, actor.PartnershipId);
        await db.SaveChangesAsync(cancellationToken);

        await using var writer = new StreamWriter(output, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CsvFiles.Configuration());
        foreach (var header in new[] { "Review", "Type", "Stage", "Owner", "Next deadline", "Due date", "Working days left" })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        foreach (var row in rows)
        {
            csv.WriteField(row.WorkingTitle);
            csv.WriteField(row.TypeName);
            csv.WriteField(row.Status.DisplayName());
            csv.WriteField(row.OwnerName ?? NotAssigned);
            csv.WriteField(row.Next?.Deadline.Rule.Name);
            csv.WriteField(row.Next?.Deadline.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            csv.WriteField(row.Next?.WorkingDaysLeft.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await csv.NextRecordAsync();
        }
    }

    /// <summary>Rows in the order asked for. Rows with nothing to sort by (no deadline, no owner) go last in
    /// either direction; ties fall back to the working title.</summary>
    private static List<DashboardRow> Sort(IEnumerable<DashboardRow> rows, DashboardQuery query)
    {
        var titles = StringComparer.OrdinalIgnoreCase;
        IOrderedEnumerable<DashboardRow> Then<TKey>(IOrderedEnumerable<DashboardRow> ordered, Func<DashboardRow, TKey> key) =>
            query.Descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

        var ordered = query.Sort switch
        {
            DashboardSort.Title => query.Descending ? rows.OrderByDescending(r => r.WorkingTitle, titles) : rows.OrderBy(r => r.WorkingTitle, titles),
            DashboardSort.Owner => Then(rows.OrderBy(r => r.OwnerName is null), r => r.OwnerName ?? string.Empty),
            DashboardSort.DaysLeft => Then(Then(rows.OrderBy(r => r.Next is null), r => r.Next?.WorkingDaysLeft ?? 0), r => r.Next?.Deadline.Due ?? DateOnly.MinValue),
            _ => Then(Then(rows.OrderBy(r => r.Next is null), r => r.Next?.Deadline.Due ?? DateOnly.MinValue), r => r.Next?.WorkingDaysLeft ?? 0),
        };
        return ordered.ThenBy(r => r.WorkingTitle, titles).ThenBy(r => r.Id).ToList();
    }
}

/// <summary>Working days left, in words.</summary>
public static class DaysLeftText
{
    public static string For(int workingDaysLeft) => workingDaysLeft switch
    {
        0 => "Due today",
        1 => "1 working day left",
        -1 => "1 working day overdue",
        < 0 => $"{-workingDaysLeft} working days overdue",
        _ => $"{workingDaysLeft} working days left",
    };
}
