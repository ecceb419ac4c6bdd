namespace Lantern.Web.Infrastructure.Links;

public static partial class Link
{
    public static string Report(Guid reviewId) => Fill(RouteTemplates.Report, reviewId);
    public static string ReportVersion(Guid reviewId, int number) => Fill(RouteTemplates.ReportVersion, reviewId, number);
    public static string ReportSection(Guid reviewId, int number, string key) => Fill(RouteTemplates.ReportSection, reviewId, number, key);
    public static string WriteReportSection(Guid reviewId, int number, string key) => Fill(RouteTemplates.WriteReportSection, reviewId, number, key);
    public static string ReportEdition(Guid reviewId, int number, Core.Reports.EditionKind kind) => Fill(RouteTemplates.ReportEdition, reviewId, number, EditionSlugs.Slug(kind));
    public static string ReportReaders(Guid reviewId, int number) => Fill(RouteTemplates.ReportReaders, reviewId, number);
    public static string SharedReportDraft(Guid reviewId) => Fill(RouteTemplates.SharedReportDraft, reviewId);
    public static string IdentifyingDetails(Guid reviewId) => Fill(RouteTemplates.IdentifyingDetails, reviewId);
    public static string CheckWordDraft(Guid reviewId) => Fill(RouteTemplates.CheckWordDraft, reviewId);
    public static string BoardResponse(Guid reviewId) => Fill(RouteTemplates.BoardResponse, reviewId);
    public static string BoardPresentation(Guid reviewId) => Fill(RouteTemplates.BoardPresentation, reviewId);
    public static string BoardFindingResponse(Guid reviewId, Guid findingId) => Fill(RouteTemplates.BoardFindingResponse, reviewId, findingId);
    public const string LearningPriorities = "/admin/learning-priorities";
    public static string Publication(Guid reviewId) => Fill(RouteTemplates.Publication, reviewId);
    public static string PublicationNationalBodies(Guid reviewId) => Fill(RouteTemplates.PublicationNationalBodies, reviewId);
    public static string PublicationFamily(Guid reviewId) => Fill(RouteTemplates.PublicationFamily, reviewId);
    public static string PublicationMedia(Guid reviewId) => Fill(RouteTemplates.PublicationMedia, reviewId);
    public static string PublicationRecord(Guid reviewId) => Fill(RouteTemplates.PublicationRecord, reviewId);
    public static string PublicationProfessionals(Guid reviewId) => Fill(RouteTemplates.PublicationProfessionals, reviewId);
    public static string ReviewActions(Guid reviewId) => Fill(RouteTemplates.ReviewActions, reviewId);
    public static string RaiseAction(Guid reviewId) => Fill(RouteTemplates.RaiseAction, reviewId);
    public static string ImprovementAction(Guid reviewId, Guid actionId) => Fill(RouteTemplates.ImprovementAction, reviewId, actionId);
    public static string UpdateAction(Guid reviewId, Guid actionId) => Fill(RouteTemplates.UpdateAction, reviewId, actionId);
    public static string ActionEvidence(Guid reviewId, Guid actionId) => Fill(RouteTemplates.ActionEvidence, reviewId, actionId);
    public static string AddOutcomeMeasure(Guid reviewId, Guid actionId) => Fill(RouteTemplates.AddOutcomeMeasure, reviewId, actionId);
    public static string OutcomeMeasure(Guid reviewId, Guid actionId, Guid measureId) => Fill(RouteTemplates.OutcomeMeasure, reviewId, actionId, measureId);
    public static string FollowUpCheck(Guid reviewId, Guid actionId, Guid checkId) => Fill(RouteTemplates.FollowUpCheck, reviewId, actionId, checkId);
    public const string ActionTracker = RouteTemplates.ActionTracker;
    public static string ActionTrackerExport(string format) => Fill(RouteTemplates.ActionTrackerExport, format);
    public static string ReviewQuality(Guid reviewId) => Fill(RouteTemplates.ReviewQuality, reviewId);
    public static string QualityMarker(Guid reviewId, int marker) => Fill(RouteTemplates.QualityMarker, reviewId, marker);
    public static string QualityModeration(Guid reviewId, int marker) => Fill(RouteTemplates.QualityModeration, reviewId, marker);
    public static string ReviewQualityDownload(Guid reviewId) => Fill(RouteTemplates.ReviewQualityDownload, reviewId);
    public const string QualityGrid = RouteTemplates.QualityGrid;
    public const string QualityGridDownload = RouteTemplates.QualityGridDownload;
}

/// <summary>How each edition is named in its address.</summary>
public static class EditionSlugs
{
    public static string Slug(Core.Reports.EditionKind kind) => kind switch
    {
        Core.Reports.EditionKind.Restricted => "restricted",
        Core.Reports.EditionKind.Published => "published",
        Core.Reports.EditionKind.PractitionerBriefing => "practitioner-briefing",
        Core.Reports.EditionKind.FamilySummary => "family-summary",
        Core.Reports.EditionKind.BoardResponse => "board-response",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static Core.Reports.EditionKind? Parse(string? slug) => slug switch
    {
        "restricted" => Core.Reports.EditionKind.Restricted,
        "published" => Core.Reports.EditionKind.Published,
        "practitioner-briefing" => Core.Reports.EditionKind.PractitionerBriefing,
        "family-summary" => Core.Reports.EditionKind.FamilySummary,
        "board-response" => Core.Reports.EditionKind.BoardResponse,
        _ => null,
    };
}
