namespace Lantern.Web.Pages.Information.Material;

/// <summary>Records the decision on a disclosure request, with the reason and the date.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.MaterialViewed)]
public sealed class DecideModel(MaterialService material, MaterialQueries queries, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public DecisionInput Input { get; set; } = new();

    public MaterialRow Item { get; private set; } = null!;

    public DisclosureRow Disclosure { get; private set; } = null!;

    public IReadOnlyList<GovUkOption> Decisions { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid itemId, Guid disclosureId)
    {
        if (!await LoadAsync(itemId, disclosureId))
        {
            return NotFound();
        }

        Input = new DecisionInput
        {
            Decision = Disclosure.Decision,
            Reason = Disclosure.Reason,
            DecidedOn = DateInputModel.From(Disclosure.DecidedOn ?? UkTime.Today(time)),
            Version = Disclosure.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid itemId, Guid disclosureId)
    {
        if (!await LoadAsync(itemId, disclosureId))
        {
            return NotFound();
        }

        var decided = ModelState.Read("Input.DecidedOn", Input.DecidedOn, "The date of the decision", required: true);
        if (ModelState.IsValid && decided is { } on)
        {
            var result = await material.DecideDisclosureAsync(
                new DecideDisclosureOptions(Review.Id, Review.PartnershipId, itemId, disclosureId, Input.Decision!.Value, Input.Reason, on, Input.Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                Notice = Input.Decision == DisclosureDecision.ReferToOwner ? $"Decision recorded: the request goes to {Item.Owner}" : "Decision recorded";
                return Redirect(Link.MaterialItem(Review.Id, itemId));
            }

            if (result.Conflict)
            {
                ModelState.Clear();
                await LoadAsync(itemId, disclosureId);
                Input = new DecisionInput { Decision = Disclosure.Decision, Reason = Disclosure.Reason, DecidedOn = DateInputModel.From(Disclosure.DecidedOn ?? on), Version = Disclosure.Version };
                ModelState.AddModelError(string.Empty, "Someone else recorded a decision on this request while you were writing yours. Yours was not saved. Check the decision below and try again");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid itemId, Guid disclosureId)
    {
        var item = (await queries.AllAsync(Review.Viewer, HttpContext.RequestAborted)).FirstOrDefault(r => r.Id == itemId);
        var request = item?.Requests.FirstOrDefault(r => r.Id == disclosureId);
        if (item is null || request is null)
        {
            return false;
        }

        Item = item;
        Disclosure = request;
        Decisions =
        [
            new(nameof(DisclosureDecision.Disclose), "Disclose"),
            new(nameof(DisclosureDecision.DiscloseInPart), "Disclose in part", "Say which parts in the reason"),
            new(nameof(DisclosureDecision.Withhold), "Withhold"),
            .. item.OwnedByAgency ? [new GovUkOption(nameof(DisclosureDecision.ReferToOwner), $"Refer to {item.Owner}", "The item is theirs, so they decide")] : Array.Empty<GovUkOption>(),
        ];
        return true;
    }

    public sealed class DecisionInput
    {
        [Display(Order = 1)]
        [Required(ErrorMessage = "Select the decision")]
        public DisclosureDecision? Decision { get; set; }

        [Display(Name = "Reason", Order = 2)]
        public string? Reason { get; set; }

        [Display(Order = 3)]
        public DateInputModel DecidedOn { get; set; } = new();

        public Guid Version { get; set; }
    }
}
