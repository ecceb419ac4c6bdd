namespace Lantern.Web.Pages.Information.Material;

/// <summary>Records a request to disclose an item: who asked, when and for what.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.MaterialViewed)]
public sealed class AddRequestModel(MaterialService material, MaterialQueries queries, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public RequestInput Input { get; set; } = new();

    public MaterialRow Item { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid itemId)
    {
        if (!await LoadAsync(itemId))
        {
            return NotFound();
        }

        Input.ReceivedOn = DateInputModel.From(UkTime.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid itemId)
    {
        if (!await LoadAsync(itemId))
        {
            return NotFound();
        }

        var received = ModelState.Read("Input.ReceivedOn", Input.ReceivedOn, "The date the request arrived", required: true);
        if (ModelState.IsValid && received is { } on)
        {
            var result = await material.RecordDisclosureAsync(new RecordDisclosureOptions(Review.Viewer, Review.PartnershipId, itemId, Input.RequestedBy, on, Input.WhatIsAsked),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                Notice = Item.OwnedByAgency ? $"Request recorded. Pass it to {Item.Owner} to decide" : "Request recorded";
                return Redirect(Link.MaterialItem(Review.Id, itemId));
            }

            result.AddTo(ModelState, "Input");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid itemId)
    {
        Item = (await queries.AllAsync(Review.Viewer, HttpContext.RequestAborted)).FirstOrDefault(r => r.Id == itemId)!;
        return Item is not null;
    }

    public sealed class RequestInput
    {
        [Display(Name = "Who asked", Order = 1)]
        public string? RequestedBy { get; set; }

        [Display(Order = 2)]
        public DateInputModel ReceivedOn { get; set; } = new();

        [Display(Name = "What they asked for", Order = 3)]
        public string? WhatIsAsked { get; set; }
    }
}
