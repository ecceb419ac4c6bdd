using System.ComponentModel.DataAnnotations;
using Lantern.Core.Analysis;
using Lantern.Data;
using Lantern.Web.Components;
using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Analysis.Recommendations;

/// <summary>The form shared by adding and changing a recommendation.</summary>
public abstract class RecommendationFormModel(LanternDbContext db) : ReviewPageModel
{
    public static IReadOnlyList<GovUkOption> KindOptions { get; } =
        RecommendationNames.Kinds.Select(k => new GovUkOption(k.ToString(), k.DisplayName())).ToList();

    public static IReadOnlyList<GovUkOption> LevelOptions { get; } =
        RecommendationNames.Levels.Select(l => new GovUkOption(l.ToString(), l.ToString())).ToList();

    [BindProperty(Name = "Input")]
    public RecommendationInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> FindingOptions { get; private set; } = [];

    protected RecommendationDetails? ReadInput() => ModelState.IsValid
        ? new RecommendationDetails(Review.Id, Review.PartnershipId, Input.Text, Input.Kind, Input.Level, Input.FindingId, Input.SuggestedOwner)
        : null;

    protected async Task LoadFindingsAsync()
    {
        var findings = await db.Findings.AsNoTracking().Where(f => f.ReviewId == Review.Id).OrderBy(f => f.Number)
            .Select(f => new { f.Id, f.Number, f.Title }).ToListAsync(HttpContext.RequestAborted);
        FindingOptions =
        [
            new SelectListItem("Not linked to a finding", string.Empty),
            .. findings.Select(f => new SelectListItem($"Finding {f.Number}: {AnalysisQueries.Shorten(f.Title)}", f.Id.ToString())),
        ];
    }
}

public sealed class RecommendationInput
{
    [Display(Name = "Recommendation", Order = 1)]
    public string? Text { get; set; }

    [Display(Order = 2)]
    public RecommendationKind? Kind { get; set; }

    [Display(Order = 3)]
    public RecommendationLevel? Level { get; set; }

    [Display(Order = 4)]
    public Guid? FindingId { get; set; }

    [Display(Name = "Suggested owner", Order = 5)]
    public string? SuggestedOwner { get; set; }

    public Guid Version { get; set; }

    public static RecommendationInput From(Recommendation r) => new()
    {
        Text = r.Text,
        Kind = r.Kind,
        Level = r.Level,
        SuggestedOwner = r.SuggestedOwner,
        Version = r.Version,
    };
}
