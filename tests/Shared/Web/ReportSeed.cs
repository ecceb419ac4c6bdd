using Lantern.Core.Disclosure;
using Lantern.Core.Reports;

namespace Lantern.Testing.Web;

public static class ReportSeed
{
    /// <summary>Draft 1 of a review's report, drafting, with a summary section and a findings section whose text
    /// carries the given words (fictional), written by <paramref name="userId"/>.</summary>
    public static async Task<Guid> ReportAsync(this LanternFactory factory, Guid reviewId, Guid userId, string summary = "The review looked at how agencies worked together.",
        ReportStatus status = ReportStatus.Drafting, bool sharedWithCaseGroup = false)
    {
        await using var db = factory.CreateDbContext();
        var now = DateTime.UtcNow;
        var version = ReportVersion.Start(reviewId, 1, userId, now);
        version.SharedWithCaseGroup = sharedWithCaseGroup;
        foreach (var to in new[] { ReportStatus.QualityAssurance, ReportStatus.AgreedByChair, ReportStatus.PresentedToBoard, ReportStatus.Published }.Where(s => s <= status))
        {
            version.MoveTo(to, 0, true, userId, now);
        }

        db.ReportVersions.Add(version);
        db.ReportSections.Add(new ReportSection
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            VersionId = version.Id,
            Key = "summary",
            Heading = "Summary",
            Position = 1,
            Text = summary,
            SourceJson = "[]",
            SourceFingerprint = string.Empty,
            WrittenAt = now,
            WrittenByUserId = userId,
        });
        db.ReportSections.Add(new ReportSection
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            VersionId = version.Id,
            Key = "glossary",
            Heading = "Glossary",
            Position = 2,
            Text = "- MASH: the multi-agency safeguarding hub",
            SourceJson = "[]",
            SourceFingerprint = string.Empty,
            WrittenAt = now,
            WrittenByUserId = userId,
        });
        await db.SaveChangesAsync();
        return version.Id;
    }

    /// <summary>An identifying detail on the review's list (a school, a GP practice), as the review team would add it.</summary>
    public static async Task<Guid> IdentifyingDetailAsync(this LanternFactory factory, Guid reviewId, Guid userId, string text, string replacement,
        IdentifyingDetailKind kind = IdentifyingDetailKind.School)
    {
        await using var db = factory.CreateDbContext();
        var detail = new ReviewIdentifyingDetail
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Kind = kind,
            Text = text,
            Replacement = replacement,
            CreatedAt = DateTime.UtcNow,
            CreatedByUserId = userId,
        };
        db.IdentifyingDetails.Add(detail);
        await db.SaveChangesAsync();
        return detail.Id;
    }
}
