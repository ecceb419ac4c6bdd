namespace Lantern.Web.Pages.Analysis.Findings;

/// <summary>Links chronology entries and documents to a finding.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class EvidenceModel(AnalysisService analysis, AnalysisQueries queries, LanternDbContext db) : EvidencePageModel(analysis, queries, db)
{
    protected override AnalysisItemKind Kind => AnalysisItemKind.Finding;
}
