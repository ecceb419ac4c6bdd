using Lantern.Web.Pages.Reports;

namespace Lantern.Web.Pages.Publication;

/// <summary>What every form of the publication plan shares: the state it shows, the plan's version it was filled
/// in from, and the same handling of a save (back to the plan, a conflict page, or the errors).</summary>
public abstract class PublicationFormModel(PublicationQueries queries) : ReviewPageModel
{
    public PublicationState State { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    protected ReportScope Scope => new(Review.Id, Review.PartnershipId, HttpContext.AuditActor());

    protected async Task LoadAsync() => State = await queries.StateAsync(Review.Id, Review.PartnershipId, HttpContext.RequestAborted);

    /// <summary>Back to the plan with <paramref name="notice"/>, or this page again with the errors or the conflict.</summary>
    protected async Task<IActionResult> AfterSaveAsync(WriteResult result, string notice, Action<Guid?> keepVersion)
    {
        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect(Link.Publication(Review.Id));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        await LoadAsync();
        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed the publication plan while you were editing it, so your changes have not been saved. The plan as they left it is shown on the plan page; enter yours again here if they should still change");
            keepVersion(State.Plan?.Version);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddAsIs(ModelState);
        return Page();
    }
}
