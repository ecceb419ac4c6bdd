using Lantern.Core.Quality;

namespace Lantern.Web.Pages.Quality;

/// <summary>The partnership's quality markers across its reviews: markers down the side, reviews across the top,
/// each cell's answer in words as well as colour, and the markers most often not met or partly met.</summary>
[PartnershipPage(PartnershipPermission.ViewQualityGrid)]
public sealed class GridModel(QualityService quality, AuditRecorder recorder, LanternDbContext db) : PageModel
{
    public QualityGrid Grid { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var actor = User.RequireActor();
        Grid = await quality.GridAsync(actor.PartnershipId, HttpContext.RequestAborted);
        recorder.AuditPartnership(HttpContext.AuditActor(), AuditActions.QualityGridViewed, actor.PartnershipId);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    public static string TagClass(MarkerAnswer? answer) => IndexModel.TagClass(answer);
}
