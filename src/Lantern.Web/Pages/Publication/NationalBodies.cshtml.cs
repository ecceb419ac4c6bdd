namespace Lantern.Web.Pages.Publication;

/// <summary>Records when the final report went to the national panel (and, in England, the Secretary of State and
/// Ofsted). The plan's milestone for sending it to the panel is met on that day.</summary>
[ReviewPage(ReviewPermission.PlanPublication, AuditActions.PublicationPlanViewed)]
public sealed class NationalBodiesModel(PublicationQueries queries, PublicationService service) : PublicationFormModel(queries)
{
    [BindProperty(Name = "Input")]
    public SentForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (State.Plan is { } plan)
        {
            Input = new SentForm
            {
                PanelSentOn = DateInputModel.From(plan.PanelSentOn),
                SecretaryOfStateSentOn = DateInputModel.From(plan.SecretaryOfStateSentOn),
                OfstedSentOn = DateInputModel.From(plan.OfstedSentOn),
                Version = plan.Version,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var panel = ModelState.Read("Input.PanelSentOn", Input.PanelSentOn, "Date sent to the national panel", required: false);
        var sos = ModelState.Read("Input.SecretaryOfStateSentOn", Input.SecretaryOfStateSentOn, "Date sent to the Secretary of State", required: false);
        var ofsted = ModelState.Read("Input.OfstedSentOn", Input.OfstedSentOn, "Date sent to Ofsted", required: false);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var result = await service.RecordNationalBodiesAsync(Scope, new NationalBodiesInput(panel, sos, ofsted), Input.Version, HttpContext.RequestAborted);
        return await AfterSaveAsync(result, "Dates the final report was sent recorded", v => Input.Version = v);
    }

    public sealed class SentForm
    {
        [Display(Order = 1)]
        public DateInputModel PanelSentOn { get; set; } = new();

        [Display(Order = 2)]
        public DateInputModel SecretaryOfStateSentOn { get; set; } = new();

        [Display(Order = 3)]
        public DateInputModel OfstedSentOn { get; set; } = new();

        public Guid? Version { get; set; }
    }
}
