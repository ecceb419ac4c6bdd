namespace Lantern.Core.Audit;

/// <summary>The report, its editions and the disclosure-risk check.</summary>
public static partial class AuditActions
{
    public const string ReportViewed = "report.viewed";
    public const string ReportVersionStarted = "report.version-started";
    public const string ReportStatusChanged = "report.status-changed";
    public const string ReportVersionChanged = "report.version-changed";
    public const string ReportSectionWritten = "report.section-written";
    public const string ReportCommented = "report.commented";
    public const string ReportCommentAnswered = "report.comment-answered";
    public const string ReportCommentResolved = "report.comment-resolved";
    public const string ReportDraftGiven = "report.draft-given";
    public const string ReportDraftResponseRecorded = "report.draft-response-recorded";
    public const string ReportSharedDraftViewed = "report.shared-draft-viewed";
    public const string ReportHitReplaced = "report.hit-replaced";
    public const string ReportHitAccepted = "report.hit-accepted";
    public const string ReportEditionReady = "report.edition-ready";
    public const string ReportEditionOverridden = "report.edition-overridden";
    public const string ReportEditionDownloaded = "report.edition-downloaded";
    public const string ReportDownloadRefused = "report.download-refused";
    public const string ReportDocumentChecked = "report.document-checked";
    public const string ExportRefusedDisclosure = "export.refused-disclosure";
    public const string IdentifyingDetailAdded = "identifying-detail.added";
    public const string IdentifyingDetailRemoved = "identifying-detail.removed";
    public const string ReportStructureChanged = "report-structure.changed";

    private static string DescribeReport(string action) => action switch
    {
        ReportViewed => "Viewed the report: a version, a section or an edition",
        ReportVersionStarted => "Started a new version of the report",
        ReportStatusChanged => "Moved a report version on (quality assurance, agreed, presented, published)",
        ReportVersionChanged => "Changed a report version's settings (dates in the published edition, sharing with the case group)",
        ReportSectionWritten => "Wrote or changed a section of the report",
        ReportCommented => "Commented on a section of the report",
        ReportCommentAnswered => "Answered a comment on the report",
        ReportCommentResolved => "Resolved a comment on the report",
        ReportDraftGiven => "Gave a draft of the report to the family or the case group",
        ReportDraftResponseRecorded => "Recorded a response to a draft of the report",
        ReportSharedDraftViewed => "Read a draft of the report shared with the case group",
        ReportHitReplaced => "Replaced something the disclosure-risk check found",
        ReportHitAccepted => "Accepted something the disclosure-risk check found, with a reason",
        ReportEditionReady => "Marked an edition ready for publication",
        ReportEditionOverridden => "Chair marked an edition ready despite the disclosure-risk check, with a reason",
        ReportEditionDownloaded => "Downloaded an edition of the report",
        ReportDownloadRefused => "Download of an edition refused: not ready for publication",
        ReportDocumentChecked => "Checked a Word document for disclosure risks",
        ExportRefusedDisclosure => "Download of a pseudonymised export refused: the disclosure-risk check found something that could identify the family",
        IdentifyingDetailAdded => "Added an identifying detail to the review's list",
        IdentifyingDetailRemoved => "Removed an identifying detail from the review's list",
        ReportStructureChanged => "Changed the partnership's structure for reports",
        _ => DescribeBoard(action),
    };
}
