using Lantern.Core.Actions;
using Lantern.Web.Infrastructure.Uploads;
using Lantern.Web.Pages.Information.Documents;

namespace Lantern.Web.Pages.Actions;

/// <summary>Adds a document as evidence that an action was taken. The file goes through the review's audited document
/// store, checked by its content like any other upload.</summary>
[ReviewPage(ReviewPermission.UpdateActions, AuditActions.ActionsViewed)]
[UploadLimit]
public sealed class EvidenceModel(ActionQueries queries, ActionService service, DocumentService documents, DocumentStore store) : ActionPageModel
{
    [BindProperty(Name = "Input")]
    public EvidenceForm Input { get; set; } = new();

    public ImprovementAction Action { get; private set; } = null!;

    public int MaxMegabytes => store.Options.MaxFileMegabytes;

    public async Task<IActionResult> OnGetAsync(Guid actionId)
    {
        if (await queries.ActionAsync(Scope, actionId, HttpContext.RequestAborted) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        if (Request.Query.ContainsKey(UploadLimitAttribute.TooLargeQuery))
        {
            ModelState.AddModelError("Input.File", documents.TooLarge);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid actionId)
    {
        if (await queries.ActionAsync(Scope, actionId, HttpContext.RequestAborted) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        await using var content = Input.File?.OpenReadStream();
        var result = await service.AddEvidenceAsync(Scope, actionId,
            new EvidenceInput(Input.Description, Input.File?.FileName, content, Input.File?.Length), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "The evidence is added";
            return Redirect(Link.ImprovementAction(Review.Id, actionId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        result.AddAsIs(ModelState);
        return Page();
    }

    public sealed class EvidenceForm
    {
        [Display(Name = "File", Order = 1)]
        public IFormFile? File { get; set; }

        [Display(Order = 2)]
        public string? Description { get; set; }
    }
}
