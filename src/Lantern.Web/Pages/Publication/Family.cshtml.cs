namespace Lantern.Web.Pages.Publication;

/// <summary>Records that the family were told what the report says and when it will be published, who told them,
/// whether they were offered a meeting and the support offered (quality marker 17, point 3).</summary>
[ReviewPage(ReviewPermission.PlanPublication, AuditActions.PublicationPlanViewed)]
public sealed class FamilyModel(PublicationQueries queries, PublicationService service) : PublicationFormModel(queries)
{
    [BindProperty(Name = "Input")]
    public FamilyForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (State.Plan is { } plan)
        {
            Input = new FamilyForm
            {
                ToldOn = DateInputModel.From(plan.FamilyToldOn),
                ToldBy = plan.FamilyToldBy,
                OfferedMeeting = plan.FamilyToldOn is null ? null : plan.FamilyOfferedMeeting,
                Support = plan.FamilySupport,
                Version = plan.Version,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var told = ModelState.Read("Input.ToldOn", Input.ToldOn, "Date the family were told", required: false);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var result = await service.RecordFamilyAsync(Scope, new FamilyNoticeInput(told, Input.ToldBy, Input.OfferedMeeting, Input.Support), Input.Version, HttpContext.RequestAborted);
        return await AfterSaveAsync(result, "What the family were told is recorded", v => Input.Version = v);
    }

    public sealed class FamilyForm
    {
        [Display(Order = 1)]
        public DateInputModel ToldOn { get; set; } = new();

        [Display(Order = 2)]
        public string? ToldBy { get; set; }

        [Display(Order = 3)]
        public bool? OfferedMeeting { get; set; }

        [Display(Order = 4)]
        public string? Support { get; set; }

        public Guid? Version { get; set; }
    }
}
