namespace Lantern.Web.Pages.Dashboard;

/// <summary>The partnership's reviews the person may see, with their next deadlines, and the person's tasks.</summary>
[PartnershipPage(PartnershipPermission.ListReviews)]
public sealed class IndexModel(DashboardService dashboard, Infrastructure.Reminders.ReminderService reminders) : PageModel
{
    public DashboardQuery Query { get; private set; } = DashboardQuery.Default;

    public PagedResult<DashboardRow> Reviews { get; private set; } = null!;

    public IReadOnlyList<DashboardTask> Tasks { get; private set; } = [];

    public int TaskCount { get; private set; }

    /// <summary>Reminders still open for the person: actions due, follow-up checks, publication and deadlines.</summary>
    public IReadOnlyList<Core.Reminders.Reminder> Reminders { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public static IReadOnlyList<(string Value, string Text)> StatusOptions { get; } =
    [
        (DashboardQuery.OpenReviews, "Open reviews"),
        (DashboardQuery.AllReviews, "All reviews, including closed ones"),
        .. ReviewStatusNames.All.Where(s => s != ReviewStatus.Withdrawn).Select(s => (s.ToString(), s.DisplayName())),
    ];

    public static IReadOnlyList<(string Value, string Text)> OwnerOptions { get; } =
    [
        ("anyone", "Anyone or no one"),
        ("me", "You"),
        ("none", "Not assigned"),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = User.RequireActor();
        Query = DashboardQuery.From(Request.Query);
        var page = Request.RequestedPage();
        Today = dashboard.Today;
        Reviews = await dashboard.ReviewsPageAsync(actor, Query, page, HttpContext.RequestAborted);
        (Tasks, TaskCount) = await dashboard.TasksAsync(actor, HttpContext.RequestAborted);
        Reminders = await reminders.OpenForAsync(actor.UserId, HttpContext.RequestAborted);
        await dashboard.RecordViewAsync(HttpContext.AuditActor(), actor.PartnershipId, HttpContext.RequestAborted);
        return Page();
    }

    public string PageUrl(int page) => Link(Query, page);

    public string ExportUrl => "/dashboard/export" + QueryString(Query, null);

    /// <summary>The link on a column heading: sorts by that column, or turns the order round if it already does.</summary>
    public string SortUrl(DashboardSort sort) =>
        Link(Query with { Sort = sort, Descending = Query.Sort == sort && !Query.Descending }, null);

    /// <summary>aria-sort for a sortable column heading.</summary>
    public string AriaSort(DashboardSort sort) =>
        Query.Sort != sort ? "none" : Query.Descending ? "descending" : "ascending";

    private static string Link(DashboardQuery query, int? page) => "/dashboard" + QueryString(query, page);

    private static string QueryString(DashboardQuery query, int? page)
    {
        var values = new Dictionary<string, string?>
        {
            ["status"] = query.Status,
            ["owner"] = query.OwnerValue,
            ["sort"] = query.SortValue,
            ["dir"] = query.DirectionValue,
        };
        if (page is > 1)
        {
            values["page"] = page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Microsoft.AspNetCore.Http.QueryString.Create(values).ToUriComponent();
    }
}
