using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Pages.Admin.Letters;

/// <summary>Changes the wording of one letter, checked so that every placeholder is one Lantern can fill in.</summary>
[PartnershipPage(PartnershipPermission.ManageLetterTemplates)]
public sealed class EditModel(LetterTemplateService letters) : PageModel
{
    /// <summary>What each placeholder becomes, for the person writing the letter.</summary>
    public static IReadOnlyList<(string Placeholder, string Meaning)> Placeholders { get; } =
    [
        (LetterPlaceholders.FamilyMemberName, "the family member the letter is for"),
        (LetterPlaceholders.ChildOrAdultName, "the child or adult the review is about"),
        (LetterPlaceholders.PartnershipName, "your partnership's name"),
        (LetterPlaceholders.ReviewType, "the type of review, as your partnership names it"),
        (LetterPlaceholders.LeadReviewer, "the lead reviewer, once one has a role on the review"),
        (LetterPlaceholders.BusinessUnitContact, "the person in the business unit who looks after the review, or whoever writes the letter"),
        (LetterPlaceholders.ChairName, "your partnership's chair"),
        (LetterPlaceholders.Date, "the date of the letter"),
    ];

    [BindProperty(Name = "Input")]
    public LetterTemplateInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public bool Conflict { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid templateId) => await FillAsync(templateId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid templateId)
    {
        var partnershipId = User.RequireActor().PartnershipId;
        if (await letters.FindAsync(partnershipId, templateId, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await letters.ChangeLetterTemplateAsync(
            new ChangeLetterTemplateOptions(partnershipId, templateId, Input.Name!, Input.Purpose, Input.Body!, Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"{Input.Name!.Trim()} saved";
            return RedirectToPage("/Admin/Letters/Index");
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            Conflict = true;
            ModelState.Clear();
            await FillAsync(templateId);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> FillAsync(Guid templateId)
    {
        var template = await letters.FindAsync(User.RequireActor().PartnershipId, templateId, HttpContext.RequestAborted);
        if (template is null)
        {
            return false;
        }

        Input = new LetterTemplateInput { Name = template.Name, Purpose = template.Purpose, Body = template.Body };
        Version = template.Version;
        return true;
    }

    public sealed class LetterTemplateInput
    {
        [Display(Name = "Name", Order = 1)]
        [Required(ErrorMessage = "Enter the name of the letter")]
        [StringLength(LetterTemplate.NameMaxLength, ErrorMessage = "Name must be 120 characters or fewer")]
        public string? Name { get; set; }

        [Display(Name = "When to send it", Order = 2)]
        [StringLength(LetterTemplate.PurposeMaxLength, ErrorMessage = "When to send it must be 480 characters or fewer")]
        public string? Purpose { get; set; }

        [Display(Name = "Letter", Order = 3)]
        [Required(ErrorMessage = "Enter the text of the letter")]
        public string? Body { get; set; }
    }
}
