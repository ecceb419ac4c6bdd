using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Information.Documents;

/// <summary>One document: its details and file for everyone who may see the review's information; its details
/// changed by those who may edit it.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.DocumentViewed)]
public sealed class DocumentModel(DocumentService documents, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ChangeDocumentInput Input { get; set; } = new();

    public EvidenceDocument Current { get; private set; } = null!;

    public string OwnerName { get; private set; } = string.Empty;

    public string UploadedBy { get; private set; } = string.Empty;

    public Guid? MaterialItemId { get; private set; }

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid documentId)
    {
        if (!await LoadAsync(documentId))
        {
            return NotFound();
        }

        Input = ChangeDocumentInput.From(Current);
        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditInformation)]
    public async Task<IActionResult> OnPostAsync(Guid documentId)
    {
        if (!await LoadAsync(documentId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await documents.ChangeDocumentAsync(new ChangeDocumentOptions(Review.Id, Review.PartnershipId, documentId, Input.ToDetails(), Input.Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Document's details changed";
            return Redirect(Link.Document(Review.Id, documentId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.Clear();
            await LoadAsync(documentId);
            Input = ChangeDocumentInput.From(Current);
            ModelState.AddModelError(string.Empty, "Someone else changed this document's details while you were editing them. Your changes were not saved. Check the details below and make your changes again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid documentId)
    {
        var ct = HttpContext.RequestAborted;
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.ReviewId == Review.Id, ct);
        if (document is null)
        {
            return false;
        }

        Current = document;
        OwnerName = await db.Agencies.Where(a => a.Id == document.OwnerAgencyId).Select(a => a.Name).SingleAsync(ct);
        UploadedBy = await db.Users.Where(u => u.Id == document.UploadedByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? "Unknown";
        MaterialItemId = await db.MaterialItems.Where(m => m.DocumentId == document.Id).Select(m => (Guid?)m.Id).SingleOrDefaultAsync(ct);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId && (a.IsActive || a.Id == document.OwnerAgencyId))
            .OrderBy(a => a.Name).ToListAsync(ct);
        Agencies = [new SelectListItem("Choose an agency", string.Empty), .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
        return true;
    }
}
