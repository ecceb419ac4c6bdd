using Lantern.Core.Analysis;
using Lantern.Core.Board;
using Lantern.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>Mappings for the Board's response: the meeting the report was presented at, the response to each finding
/// and the partnership's learning and improvement priorities.</summary>
internal sealed class BoardPresentationConfiguration : IEntityTypeConfiguration<BoardPresentation>
{
    public void Configure(EntityTypeBuilder<BoardPresentation> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.BelongsToReview(p => p.ReviewId);
        builder.HasIndex(p => p.ReviewId).IsUnique();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Attendees).AsJson();
        builder.Property(p => p.Minutes).HasMaxLength(BoardPresentation.MinutesMaxLength);
    }
}

internal sealed class FindingResponseConfiguration : IEntityTypeConfiguration<FindingResponse>
{
    public void Configure(EntityTypeBuilder<FindingResponse> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.BelongsToReview(r => r.ReviewId);
        builder.HasOne<Finding>().WithMany().HasForeignKey(r => r.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.FindingId).IsUnique();
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        foreach (var text in new[] { nameof(FindingResponse.Reasons), nameof(FindingResponse.BoardWillDo), nameof(FindingResponse.AgenciesWillDo), nameof(FindingResponse.Monitoring) })
        {
            builder.Property(text).HasMaxLength(FindingResponse.TextMaxLength);
        }

        builder.Property(r => r.AgencyIds).AsJson();
        builder.Property(r => r.IssueAnswers).AsJson();
    }
}

internal sealed class LearningPriorityConfiguration : IEntityTypeConfiguration<LearningPriority>
{
    public void Configure(EntityTypeBuilder<LearningPriority> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(p => p.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.PartnershipId);
        builder.Property(p => p.Title).HasMaxLength(LearningPriority.TitleMaxLength);
    }
}

internal sealed class PublicationPlanConfiguration : IEntityTypeConfiguration<PublicationPlan>
{
    public void Configure(EntityTypeBuilder<PublicationPlan> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.BelongsToReview(p => p.ReviewId);
        builder.HasIndex(p => p.ReviewId).IsUnique();
        foreach (var name in new[] { nameof(PublicationPlan.FamilyToldBy), nameof(PublicationPlan.PressLead) })
        {
            builder.Property(name).HasMaxLength(PublicationPlan.NameMaxLength);
        }

        foreach (var text in new[]
                 {
                     nameof(PublicationPlan.FamilySupport), nameof(PublicationPlan.HoldingStatement), nameof(PublicationPlan.ExpectedQuestions),
                     nameof(PublicationPlan.ApprovedLines), nameof(PublicationPlan.LateReason),
                 })
        {
            builder.Property(text).HasMaxLength(PublicationPlan.TextMaxLength);
        }

        builder.Property(p => p.PublishedWhere).HasMaxLength(PublicationPlan.WhereMaxLength);
        builder.Property(p => p.Editions).HasConversion<int>();
    }
}

internal sealed class ProfessionalsNoticeConfiguration : IEntityTypeConfiguration<ProfessionalsNotice>
{
    public void Configure(EntityTypeBuilder<ProfessionalsNotice> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.BelongsToReview(n => n.ReviewId);
        builder.HasOne<Agency>().WithMany().HasForeignKey(n => n.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.ReviewId, n.AgencyId }).IsUnique();
        builder.Property(n => n.Support).HasMaxLength(ProfessionalsNotice.SupportMaxLength);
    }
}
