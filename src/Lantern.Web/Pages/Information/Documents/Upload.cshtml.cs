using Lantern.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Information.Documents;

/// <summary>Uploads one document with its details. The file is checked by its content before anything is kept.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.DocumentsViewed)]
[UploadLimit]
public sealed class UploadModel(DocumentService documents, DocumentStore store, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public DocumentUploadInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public int MaxMegabytes => store.Options.MaxFileMegabytes;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        if (Request.Query.ContainsKey(UploadLimitAttribute.TooLargeQuery))
        {
            ModelState.AddModelError("Input.File", documents.TooLarge);
        }

        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            await using var content = Input.File?.OpenReadStream();
            var (result, documentId) = await documents.UploadDocumentAsync(
                new UploadDocumentOptions(Review.Id, Review.PartnershipId, Input.ToDetails(), Input.File?.FileName, content, Input.File?.Length),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Document uploaded";
                return Redirect(Link.Document(Review.Id, documentId!.Value));
            }

            result.AddTo(ModelState, "Input");
        }
        else
        {
            // Say everything that is wrong at once, including the details the service checks.
            var errors = await documents.CheckDetailsAsync(Input.ToDetails(), Review.PartnershipId, HttpContext.RequestAborted);
            if (Input.File is null)
            {
                errors.Add(("File", "Select a file to upload"));
            }
            else if (Input.File.Length > store.Options.MaxFileBytes)
            {
                errors.Add(("File", documents.TooLarge));
            }

            foreach (var (field, message) in errors.Where(e => ModelState[$"Input.{e.Field}"] is not { Errors.Count: > 0 }))
            {
                ModelState.AddModelError($"Input.{field}", message);
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId && a.IsActive).OrderBy(a => a.Name).ToListAsync(HttpContext.RequestAborted);
        Agencies = [new SelectListItem("Choose an agency", string.Empty), .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
    }
}
