using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>One version of the report: where it stands and who moved it on, its sections (with open comments and
/// whether the analysis changed since each was written), its editions and their checks, and moving it on.</summary>
[ReviewPage(ReviewPermission.ViewReport, AuditActions.ReportViewed)]
public sealed class VersionModel(ReportQueries queries, ReportService reports) : ReviewPageModel
{
    public ReportVersion Version { get; private set; } = null!;

    public IReadOnlyList<StatusStep> Steps { get; private set; } = [];

    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];

    public IReadOnlyList<EditionRow> Editions { get; private set; } = [];

    [BindProperty(Name = "Input")]
    public SettingsInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Whether the person may take the version to its next step.</summary>
    public bool MayMoveOn => Version.Next is { } next && May(next);

    public async Task<IActionResult> OnGetAsync(int number)
    {
        if (!await LoadAsync(number))
        {
            return NotFound();
        }

        Input = new SettingsInput { DateStyle = Version.DateStyle, ShareWithCaseGroup = Version.SharedWithCaseGroup, Token = Version.Version };
        return Page();
    }

    /// <summary>A form posted with no handler named: nothing to do, so show the page again.</summary>
    [HandlerNeeds(ReviewPermission.WriteReport)]
    public IActionResult OnPost(int number) => Redirect(Link.ReportVersion(Review.Id, number));

    /// <summary>Moving on needs a permission that depends on the step, checked by <see cref="May"/>; the page's own
    /// permission is the least any step needs.</summary>
    [HandlerNeeds(ReviewPermission.ViewReport)]
    public async Task<IActionResult> OnPostMoveAsync(int number, ReportStatus to, Guid token)
    {
        var result = await reports.MoveOnAsync(Scope, number, token, to, May, HttpContext.RequestAborted);
        return await AfterAsync(result, number, $"Moved on to {ReportStatuses.Name(to).ToLowerInvariant()}");
    }

    [HandlerNeeds(ReviewPermission.WriteReport)]
    public async Task<IActionResult> OnPostSettingsAsync(int number)
    {
        var result = await reports.ChangeSettingsAsync(Scope, number, Input.Token, Input.DateStyle, Input.ShareWithCaseGroup, HttpContext.RequestAborted);
        return await AfterAsync(result, number, "Settings saved");
    }

    private ReportScope Scope => new(Review.Id, Review.PartnershipId, HttpContext.AuditActor());

    private bool May(ReportStatus to) => to switch
    {
        ReportStatus.QualityAssurance => Review.Can(ReviewPermission.WriteReport),
        ReportStatus.AgreedByChair => Review.Can(ReviewPermission.AgreeReport),
        _ => Review.Can(ReviewPermission.PublishReport),
    };

    private async Task<IActionResult> AfterAsync(WriteResult result, int number, string notice)
    {
        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect(Link.ReportVersion(Review.Id, number));
        }

        if (result.NotFound || !await LoadAsync(number))
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this version while you were looking at it. Check what it says now and try again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            result.AddAsIs(ModelState);
        }

        Input.Token = Version.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(int number)
    {
        var ct = HttpContext.RequestAborted;
        if (await queries.VersionAsync(Review.Id, number, ct) is not { } version)
        {
            return false;
        }

        Version = version;
        Steps = await queries.StepsAsync(version.Id, ct);
        Sections = await queries.SectionsAsync(version, ct);
        Editions = await queries.EditionsAsync(version.Id, ct);
        return true;
    }

    public sealed class SettingsInput
    {
        public PublishedDateStyle DateStyle { get; set; }

        public bool ShareWithCaseGroup { get; set; }

        public Guid Token { get; set; }
    }
}
