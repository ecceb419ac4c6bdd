using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>Drafts of a version given to the family and the case group before the report is completed, and their
/// responses, kept with the version (quality marker 12).</summary>
[ReviewPage(ReviewPermission.ViewReport, AuditActions.ReportViewed)]
public sealed class ReadersModel(ReportQueries queries, ReportReadersService readers, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    public const string CaseGroup = "case-group";

    public ReportVersion Version { get; private set; } = null!;

    public IReadOnlyList<DraftRow> Drafts { get; private set; } = [];

    public IReadOnlyList<GovUkOption> Readers { get; private set; } = [];

    [BindProperty(Name = "Input")]
    public GiveInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int number)
    {
        Input.GivenOn = DateInputModel.From(UkTime.Today(time));
        return await LoadAsync(number) ? Page() : NotFound();
    }

    /// <summary>A form posted with no handler named: nothing to do, so show the page again.</summary>
    [HandlerNeeds(ReviewPermission.WriteReport)]
    public IActionResult OnPost(int number) => Redirect(Link.ReportReaders(Review.Id, number));

    [HandlerNeeds(ReviewPermission.WriteReport)]
    public async Task<IActionResult> OnPostGiveAsync(int number)
    {
        var on = ModelState.Read("Input.GivenOn", Input.GivenOn, "The date the draft was given", required: true);
        if (string.IsNullOrEmpty(Input.Reader))
        {
            ModelState.AddModelError("Input.Reader", "Select who the draft was given to");
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(number) ? Page() : NotFound();
        }

        var toCaseGroup = Input.Reader == CaseGroup;
        Guid? member = !toCaseGroup && Guid.TryParse(Input.Reader, out var id) ? id : null;
        var result = await readers.GiveDraftAsync(Scope, number, toCaseGroup ? DraftReader.CaseGroup : DraftReader.Family, member, on, HttpContext.RequestAborted);
        return await AfterAsync(result, number, "Draft recorded as given");
    }

    [HandlerNeeds(ReviewPermission.WriteReport)]
    public async Task<IActionResult> OnPostResponseAsync(int number, Guid draftId, Guid token, string? response, DateInputModel respondedOn)
    {
        var on = respondedOn.TryGetDate();
        if (!respondedOn.IsEmpty && on is null)
        {
            ModelState.AddModelError($"RespondedOn-{draftId}-day", "The date of the response must be a real date");
            return await LoadAsync(number) ? Page() : NotFound();
        }

        var result = await readers.RecordResponseAsync(Scope, number, draftId, token, response, on, HttpContext.RequestAborted);

        // Each draft has its own form: point the error summary at this draft's fields.
        result = result with { Errors = result.Errors.Select(e => (e.Field == "Response" ? $"Response-{draftId}" : $"RespondedOn-{draftId}-day", e.Message)).ToList() };
        return await AfterAsync(result, number, "Response recorded");
    }

    private ReportScope Scope => new(Review.Id, Review.PartnershipId, HttpContext.AuditActor());

    private async Task<IActionResult> AfterAsync(WriteResult result, int number, string notice)
    {
        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect(Link.ReportReaders(Review.Id, number));
        }

        if (result.NotFound || !await LoadAsync(number))
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else recorded a response to this draft while you were writing. Read it below before recording yours");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            result.AddAsIs(ModelState);
        }

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
        Drafts = await queries.DraftsAsync(Review.Id, version.Id, ct);
        var family = await db.FamilyMembers.AsNoTracking().Where(f => f.ReviewId == Review.Id).OrderBy(f => f.Relationship).Select(f => new { f.Id, f.Relationship }).ToListAsync(ct);
        Readers = [new GovUkOption(CaseGroup, "The case group"), .. family.Select(f => new GovUkOption(f.Id.ToString(), $"Family: {f.Relationship}"))];
        return true;
    }

    public sealed class GiveInput
    {
        public string? Reader { get; set; }

        public DateInputModel GivenOn { get; set; } = new();
    }
}
