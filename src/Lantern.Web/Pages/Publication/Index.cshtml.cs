namespace Lantern.Web.Pages.Publication;

/// <summary>
/// The plan for publishing the report (quality marker 17): the target date and what stands in its way (holds from
/// parallel processes, the national bodies' deadline), the family and the professionals told, the media plan, and
/// the publication itself with the date it comes down.
/// </summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.PublicationPlanViewed)]
public sealed class IndexModel(PublicationQueries queries) : ReviewPageModel
{
    public PublicationState State { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => State = await queries.StateAsync(Review.Id, Review.PartnershipId, HttpContext.RequestAborted);
}
