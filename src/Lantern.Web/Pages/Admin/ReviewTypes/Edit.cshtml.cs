namespace Lantern.Web.Pages.Admin.ReviewTypes;

[PartnershipPage(PartnershipPermission.ManageReviewTypes)]
public sealed class EditModel(ReviewTypeService types) : PageModel
{
    [BindProperty(Name = "Input")]
    public ReviewTypeInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public bool Conflict { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid typeId) => await FillAsync(typeId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid typeId)
    {
        if (!(await types.ListAsync(User.RequireActor().PartnershipId, HttpContext.RequestAborted)).Any(t => t.Id == typeId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await types.ChangeReviewTypeAsync(
            new ChangeReviewTypeOptions(User.RequireActor().PartnershipId, typeId, Input.Name!, Input.SortOrder, Input.IsActive, Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"{Input.Name!.Trim()} saved";
            return RedirectToPage("/Admin/ReviewTypes/Index");
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            Conflict = true;
            ModelState.Clear();
            await FillAsync(typeId);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> FillAsync(Guid typeId)
    {
        var type = (await types.ListAsync(User.RequireActor().PartnershipId, HttpContext.RequestAborted)).FirstOrDefault(t => t.Id == typeId);
        if (type is null)
        {
            return false;
        }

        Input = new ReviewTypeInput { Name = type.Name, SortOrder = type.SortOrder, IsActive = type.IsActive };
        Version = type.Version;
        return true;
    }
}
