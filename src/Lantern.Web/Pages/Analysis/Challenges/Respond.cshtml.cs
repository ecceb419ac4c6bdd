namespace Lantern.Web.Pages.Analysis.Challenges;

/// <summary>Records the response to a challenge and its outcome.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class RespondModel(AnalysisService analysis, AnalysisQueries queries) : ReviewPageModel
{
    public static IReadOnlyList<GovUkOption> OutcomeOptions { get; } =
        Enum.GetValues<ChallengeOutcome>().Where(o => o != ChallengeOutcome.Open).Select(o => new GovUkOption(o.ToString(), o.DisplayName())).ToList();

    public ChallengeRow Raised { get; private set; } = null!;

    [BindProperty(Name = "Input")]
    public RespondInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid challengeId)
    {
        if (!await FindAsync(challengeId))
        {
            return NotFound();
        }

        Input = new RespondInput { Response = Raised.Response, Outcome = Raised.Outcome == ChallengeOutcome.Open ? null : Raised.Outcome, Version = Raised.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid challengeId)
    {
        if (!await FindAsync(challengeId))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await analysis.AnswerChallengeAsync(new AnswerChallengeOptions(Review.Viewer, challengeId, Input.Response, Input.Outcome!.Value, Input.Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                return Redirect(Link.Challenges(Review.Id));
            }

            if (result.Conflict)
            {
                ModelState.Remove("Input.Version");
                Input.Version = Raised.Version;
                ModelState.AddModelError(string.Empty, $"Someone else recorded a response while you were writing. Theirs says: \"{Raised.Response}\". Your response is still below: change it if you need to, then save again");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        return Page();
    }

    private async Task<bool> FindAsync(Guid challengeId)
    {
        var challenge = (await queries.ChallengesAsync(Review.Viewer, null, HttpContext.RequestAborted)).FirstOrDefault(c => c.Id == challengeId);
        Raised = challenge!;
        return challenge is not null;
    }
}

public sealed class RespondInput
{
    [Display(Name = "Response", Order = 1)]
    public string? Response { get; set; }

    [Display(Order = 2)]
    [Required(ErrorMessage = "Select the outcome of the challenge")]
    public ChallengeOutcome? Outcome { get; set; }

    public Guid Version { get; set; }
}
