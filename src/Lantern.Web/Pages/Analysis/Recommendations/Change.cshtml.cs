using Lantern.Core.Access;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Analysis.Recommendations;

/// <summary>Changes a recommendation; a stale form keeps what was typed and shows the saved text beside it.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class ChangeModel(RecommendationService recommendations, LanternDbContext db) : RecommendationFormModel(db)
{
    private readonly LanternDbContext db = db;

    public Recommendation Recommendation { get; private set; } = null!;

    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid recommendationId)
    {
        if (!await FindAsync(recommendationId))
        {
            return NotFound();
        }

        Input = RecommendationInput.From(Recommendation);
        Input.FindingId = await db.RecommendationFindings.Where(l => l.RecommendationId == recommendationId)
            .Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => f).OrderBy(f => f.Number).Select(f => (Guid?)f.Id).FirstOrDefaultAsync();
        await LoadFindingsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid recommendationId)
    {
        if (!await FindAsync(recommendationId))
        {
            return NotFound();
        }

        if (ReadInput() is { } details)
        {
            var result = await recommendations.ChangeAsync(new ChangeRecommendationOptions(recommendationId, Input.Version, details), HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Notice"] = "Recommendation saved";
                return Redirect($"/reviews/{Review.Id}/analysis/recommendations");
            }

            if (result.Conflict)
            {
                var saved = Recommendation;
                Conflict = await ConflictResponse.ShowAsync(this, db, "recommendation", saved.UpdatedByUserId, saved.UpdatedAt,
                [
                    new("Recommendation", Input.Text, saved.Text),
                    new("Kind", Input.Kind?.ShortName(), saved.Kind.ShortName()),
                    new("Level", Input.Level?.ToString(), saved.Level.ToString()),
                    new("Suggested owner", Input.SuggestedOwner, saved.SuggestedOwner),
                ], HttpContext.RequestAborted);
                Input.Version = saved.Version;
            }
            else
            {
                result.AddTo(ModelState, "Input");
            }
        }

        await LoadFindingsAsync();
        return Page();
    }

    private async Task<bool> FindAsync(Guid recommendationId)
    {
        var recommendation = await db.Recommendations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == recommendationId && r.ReviewId == Review.Id, HttpContext.RequestAborted);
        Recommendation = recommendation!;
        return recommendation is not null;
    }
}
