namespace Lantern.Web.Pages.Analysis.Narrative.Perspectives;

/// <summary>Links the sources of an account: chronology entries, conversations and documents.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class SourcesModel(AnalysisService analysis, AnalysisQueries queries, LanternDbContext db) : EvidencePageModel(analysis, queries, db)
{
    private readonly LanternDbContext db = db;

    protected override AnalysisItemKind Kind => AnalysisItemKind.Perspective;

    protected override string RouteKey => "perspectiveId";

    protected override async Task<bool> InRouteAsync(Guid itemId) =>
        Guid.TryParse(RouteData.Values["sectionId"]?.ToString(), out var sectionId)
        && await db.Perspectives.VisibleTo(Review.Viewer).AnyAsync(p => p.Id == itemId && p.SectionId == sectionId, HttpContext.RequestAborted);

    protected override string PathFor(Guid itemId) => Link.NarrativeSection(Review.Id, Guid.Parse(RouteData.Values["sectionId"]!.ToString()!)) + $"#account-{itemId}";
}
