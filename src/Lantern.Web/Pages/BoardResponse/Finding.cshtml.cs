using Lantern.Core.Analysis;
using Lantern.Core.Board;
using Lantern.Web.Pages.Reports;

namespace Lantern.Web.Pages.BoardResponse;

/// <summary>
/// The Board's answer to one finding (quality marker 16): accepted, accepted in part or not accepted with reasons;
/// the learning and improvement priority it serves; what the Board and which agencies will do; how it will be
/// monitored; whether national action is needed; and an answer to each issue for the Board. Two people answering at
/// once: the second is shown the first's answer beside their own, and nothing is saved over it.
/// </summary>
[ReviewPage(ReviewPermission.ViewReport, AuditActions.BoardResponseViewed)]
[AlsoOpenTo(ReviewPermission.ReadPresentedReport)]
public sealed class FindingModel(BoardResponseQueries queries, BoardResponseService service, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ResponseForm Input { get; set; } = new();

    public FindingToAnswer Item { get; private set; } = null!;

    public bool Presented { get; private set; }

    public IReadOnlyList<LearningPriority> Priorities { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<Recommendation> NationalRecommendations { get; private set; } = [];

    /// <summary>After a conflict: the answer someone else saved, shown beside the one just entered.</summary>
    public FindingResponse? Theirs { get; private set; }

    /// <summary>Whether the finding is one the Board answers: agreed by the review team, not good practice.</summary>
    public bool ForTheBoard { get; private set; }

    public bool CanRecord => Review.Can(ReviewPermission.RecordBoardResponse) && Presented && ForTheBoard;

    public async Task<IActionResult> OnGetAsync(Guid findingId)
    {
        if (!await LoadAsync(findingId))
        {
            return NotFound();
        }

        if (Item.Response is { } r)
        {
            Input = ResponseForm.From(r);
        }

        return Page();
    }

    [HandlerNeeds(ReviewPermission.RecordBoardResponse)]
    public async Task<IActionResult> OnPostAsync(Guid findingId)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(findingId))
        {
            return NotFound();
        }

        var answers = Item.Issues.ToDictionary(i => i.Id, i => Input.Issues.GetValueOrDefault(i.Id));
        var input = new FindingResponseInput(Input.Decision, Input.Reasons, Input.PriorityId, Input.BoardWillDo, Input.AgenciesWillDo,
            Input.AgencyIds, Input.Monitoring, Input.NationalActionNeeded, Input.NationalRecommendationId, answers);
        var result = await service.RecordFindingResponseAsync(new ReportScope(Review.Id, Review.PartnershipId, HttpContext.AuditActor()),
            findingId, input, Input.Version, UkTime.Today(time), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = $"The Board's answer to finding {Item.Finding.Number} saved";
            return Redirect(Link.BoardResponse(Review.Id));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            await LoadAsync(findingId);
            Theirs = Item.Response;
            Input.Version = Theirs?.Version;
            ModelState.AddModelError(string.Empty, "Someone else saved an answer to this finding while you were writing yours, so yours has not been saved. Theirs is shown below yours: compare them, change yours if needed and save again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddAsIs(ModelState);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid findingId)
    {
        var ct = HttpContext.RequestAborted;
        Presented = await queries.PresentedAsync(Review.Id, ct);
        var item = (await queries.FindingsAsync(Review.Id, ct)).FirstOrDefault(f => f.Finding.Id == findingId);
        ForTheBoard = item is not null;
        if (item is null && Review.Can(ReviewPermission.ViewReport) && await queries.FindingAsync(Review.Id, findingId, ct) is { } other)
        {
            // A proposed or good-practice finding: shown to the review's own readers with why the Board does not answer it.
            item = new FindingToAnswer(other, [], null);
        }

        if (item is null || (!Presented && !Review.Can(ReviewPermission.ViewReport)))
        {
            return false;
        }

        Item = item;
        Priorities = await queries.PrioritiesAsync(Review.PartnershipId, UkTime.Today(time), ct);
        Agencies = await queries.AgenciesAsync(Review.PartnershipId, ct);
        NationalRecommendations = await queries.NationalRecommendationsAsync(Review.Id, ct);
        return true;
    }

    public sealed class ResponseForm
    {
        [Display(Order = 1)]
        public FindingDecision? Decision { get; set; }

        [Display(Order = 2)]
        public string? Reasons { get; set; }

        [Display(Order = 3)]
        public Guid? PriorityId { get; set; }

        [Display(Order = 4)]
        public string? BoardWillDo { get; set; }

        [Display(Order = 5)]
        public List<Guid> AgencyIds { get; set; } = [];

        [Display(Order = 6)]
        public string? AgenciesWillDo { get; set; }

        [Display(Order = 7)]
        public string? Monitoring { get; set; }

        [Display(Order = 8)]
        public bool? NationalActionNeeded { get; set; }

        [Display(Order = 9)]
        public Guid? NationalRecommendationId { get; set; }

        [Display(Order = 10)]
        public Dictionary<Guid, string?> Issues { get; set; } = [];

        public Guid? Version { get; set; }

        public static ResponseForm From(FindingResponse r) => new()
        {
            Decision = r.Decision,
            Reasons = r.Reasons,
            PriorityId = r.PriorityId,
            BoardWillDo = r.BoardWillDo,
            AgencyIds = [.. r.AgencyIds],
            AgenciesWillDo = r.AgenciesWillDo,
            Monitoring = r.Monitoring,
            NationalActionNeeded = r.NationalActionNeeded,
            NationalRecommendationId = r.NationalRecommendationId,
            Issues = r.IssueAnswers.ToDictionary(a => a.BoardIssueId, a => (string?)a.Answer),
            Version = r.Version,
        };
    }
}
