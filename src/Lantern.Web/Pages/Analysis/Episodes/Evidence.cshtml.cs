namespace Lantern.Web.Pages.Analysis.Episodes;

/// <summary>Links chronology entries and documents to an episode.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class EvidenceModel(AnalysisService analysis, AnalysisQueries queries, LanternDbContext db) : EvidencePageModel(analysis, queries, db)
{
    protected override AnalysisItemKind Kind => AnalysisItemKind.Episode;
}
