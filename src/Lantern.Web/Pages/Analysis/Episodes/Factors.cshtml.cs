using Lantern.Core.Access;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Analysis.Episodes;

/// <summary>Codes an episode's contributory factors against the framework, level by level. Optional, and any
/// number may apply.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class FactorsModel(EpisodeService episodes, LanternDbContext db) : ReviewPageModel
{
    public static CodingScheme Scheme => DefaultCodingSchemes.ContributoryFactors;

    public KeyPracticeEpisode Episode { get; private set; } = null!;

    [BindProperty(Name = "Factors")]
    public List<string> Factors { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid episodeId)
    {
        if (!await FindAsync(episodeId))
        {
            return NotFound();
        }

        Factors = await db.AnalysisCodes.Where(c => c.ItemId == episodeId && c.SchemeKey == Scheme.Key).Select(c => c.CodeKey).ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid episodeId)
    {
        if (!await FindAsync(episodeId))
        {
            return NotFound();
        }

        var result = await episodes.CodeFactorsAsync(new CodeEpisodeOptions(Review.Id, Review.PartnershipId, episodeId, Factors), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Contributory factors saved";
            return Redirect($"/reviews/{Review.Id}/analysis/episodes/{episodeId}");
        }

        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError($"factor-{Scheme.Codes[0].Key}", message);
        }

        return Page();
    }

    private async Task<bool> FindAsync(Guid episodeId)
    {
        var episode = await db.Episodes.AsNoTracking().SingleOrDefaultAsync(e => e.Id == episodeId && e.ReviewId == Review.Id, HttpContext.RequestAborted);
        Episode = episode!;
        return episode is not null;
    }
}
