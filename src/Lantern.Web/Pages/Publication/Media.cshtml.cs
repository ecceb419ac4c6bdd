namespace Lantern.Web.Pages.Publication;

/// <summary>The media plan for publication (quality marker 17, point 4): who leads on press enquiries, the holding
/// statement, the questions expected and the lines agreed for answering them.</summary>
[ReviewPage(ReviewPermission.PlanPublication, AuditActions.PublicationPlanViewed)]
public sealed class MediaModel(PublicationQueries queries, PublicationService service) : PublicationFormModel(queries)
{
    [BindProperty(Name = "Input")]
    public MediaForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (State.Plan is { } plan)
        {
            Input = new MediaForm
            {
                PressLead = plan.PressLead,
                HoldingStatement = plan.HoldingStatement,
                ExpectedQuestions = plan.ExpectedQuestions,
                ApprovedLines = plan.ApprovedLines,
                Version = plan.Version,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var result = await service.RecordMediaAsync(Scope, new MediaPlanInput(Input.PressLead, Input.HoldingStatement, Input.ExpectedQuestions, Input.ApprovedLines),
            Input.Version, HttpContext.RequestAborted);
        return await AfterSaveAsync(result, "Media plan saved", v => Input.Version = v);
    }

    public sealed class MediaForm
    {
        [Display(Order = 1)]
        public string? PressLead { get; set; }

        [Display(Order = 2)]
        public string? HoldingStatement { get; set; }

        [Display(Order = 3)]
        public string? ExpectedQuestions { get; set; }

        [Display(Order = 4)]
        public string? ApprovedLines { get; set; }

        public Guid? Version { get; set; }
    }
}
