using Lantern.Core.Disclosure;
using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>The review's identifying details: what the disclosure-risk check looks for beyond people's names, and
/// what replaces each in the published edition. Restricted to those who may see real identities.</summary>
[ReviewPage(ReviewPermission.ViewRealIdentities, AuditActions.ReportViewed)]
public sealed class IdentifyingDetailsModel(IdentifyingDetailService details) : ReviewPageModel
{
    public static readonly IReadOnlyList<(IdentifyingDetailKind Kind, string Name)> Kinds =
    [
        (IdentifyingDetailKind.School, "School or college"),
        (IdentifyingDetailKind.Nursery, "Nursery or childminder"),
        (IdentifyingDetailKind.GpPractice, "GP practice"),
        (IdentifyingDetailKind.Hospital, "Hospital"),
        (IdentifyingDetailKind.Place, "Other named place"),
        (IdentifyingDetailKind.Condition, "Rare condition"),
        (IdentifyingDetailKind.Other, "Something else"),
    ];

    public IReadOnlyList<ReviewIdentifyingDetail> Details { get; private set; } = [];

    [BindProperty(Name = "Input")]
    public DetailInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public static string KindName(IdentifyingDetailKind kind) => Kinds.First(k => k.Kind == kind).Name;

    public async Task OnGetAsync() => Details = await details.ListAsync(Review.Id, HttpContext.RequestAborted);

    /// <summary>A form posted with no handler named: nothing to do, so show the page again.</summary>
    [HandlerNeeds(ReviewPermission.EditInformation)]
    public IActionResult OnPost() => Redirect(Link.IdentifyingDetails(Review.Id));

    [HandlerNeeds(ReviewPermission.EditInformation)]
    public async Task<IActionResult> OnPostAddAsync()
    {
        var result = await details.AddAsync(Scope, Input.Kind, Input.Text, Input.Replacement, HttpContext.RequestAborted);
        return await AfterAsync(result, "Identifying detail added");
    }

    [HandlerNeeds(ReviewPermission.EditInformation)]
    public async Task<IActionResult> OnPostRemoveAsync(Guid detailId)
    {
        var result = await details.RemoveAsync(Scope, detailId, HttpContext.RequestAborted);
        return await AfterAsync(result, "Identifying detail removed");
    }

    private ReportScope Scope => new(Review.Id, Review.PartnershipId, HttpContext.AuditActor());

    private async Task<IActionResult> AfterAsync(WriteResult result, string notice)
    {
        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect(Link.IdentifyingDetails(Review.Id));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        result.AddAsIs(ModelState);
        Details = await details.ListAsync(Review.Id, HttpContext.RequestAborted);
        return Page();
    }

    public sealed class DetailInput
    {
        public IdentifyingDetailKind? Kind { get; set; }

        public string? Text { get; set; }

        public string? Replacement { get; set; }
    }
}
