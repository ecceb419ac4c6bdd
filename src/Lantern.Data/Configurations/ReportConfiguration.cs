using Lantern.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>Mappings for the review's report: its versions, their sections, quality-assurance comments, drafts given
/// to readers, editions with their disclosure-risk checks, and the review's list of identifying details.</summary>
internal sealed class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersion>
{
    public void Configure(EntityTypeBuilder<ReportVersion> builder)
    {
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.BelongsToReview(v => v.ReviewId);
        builder.HasIndex(v => new { v.ReviewId, v.Number }).IsUnique();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.DateStyle).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(v => v.Label);
        builder.Ignore(v => v.IsOpenForWriting);
        builder.Ignore(v => v.Next);
    }
}

internal sealed class ReportStatusChangeConfiguration : IEntityTypeConfiguration<ReportStatusChange>
{
    public void Configure(EntityTypeBuilder<ReportStatusChange> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<ReportVersion>().WithMany().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(30);
    }
}

internal sealed class ReportSectionConfiguration : IEntityTypeConfiguration<ReportSection>
{
    public void Configure(EntityTypeBuilder<ReportSection> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<ReportVersion>().WithMany().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.VersionId, s.Key }).IsUnique();
        builder.HasIndex(s => s.ReviewId);
        builder.Property(s => s.Key).HasMaxLength(60);
        builder.Property(s => s.Heading).HasMaxLength(ReportSection.HeadingMaxLength);
        builder.Property(s => s.SourceFingerprint).HasMaxLength(100);
    }
}

internal sealed class ReportCommentConfiguration : IEntityTypeConfiguration<ReportComment>
{
    public void Configure(EntityTypeBuilder<ReportComment> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<ReportSection>().WithMany().HasForeignKey(c => c.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.VersionId);
        builder.HasIndex(c => c.ReviewId);
        builder.Property(c => c.Text).HasMaxLength(ReportComment.TextMaxLength);
        builder.Property(c => c.Answer).HasMaxLength(ReportComment.TextMaxLength);
        builder.Ignore(c => c.IsOpen);
    }
}

internal sealed class ReportDraftResponseConfiguration : IEntityTypeConfiguration<ReportDraftResponse>
{
    public void Configure(EntityTypeBuilder<ReportDraftResponse> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<ReportVersion>().WithMany().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ReviewId);
        builder.Property(r => r.Reader).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Response).HasMaxLength(ReportDraftResponse.TextMaxLength);
    }
}

internal sealed class ReportEditionConfiguration : IEntityTypeConfiguration<ReportEdition>
{
    public void Configure(EntityTypeBuilder<ReportEdition> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<ReportVersion>().WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.VersionId, e.Kind }).IsUnique();
        builder.HasIndex(e => e.ReviewId);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ContentHash).HasMaxLength(100);
        builder.Property(e => e.OverrideReason).HasMaxLength(ReportEdition.ReasonMaxLength);
        builder.Ignore(e => e.IsReady);
    }
}

internal sealed class ReportHitResolutionConfiguration : IEntityTypeConfiguration<ReportHitResolution>
{
    public void Configure(EntityTypeBuilder<ReportHitResolution> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<ReportEdition>().WithMany().HasForeignKey(r => r.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EditionId, r.Rule, r.Words, r.Occurrence }).IsUnique();
        builder.Property(r => r.Rule).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Words).HasMaxLength(400);
        builder.Property(r => r.Replacement).HasMaxLength(400);
        builder.Property(r => r.Reason).HasMaxLength(Core.Disclosure.HitResolution.ReasonMaxLength);
        builder.Ignore(r => r.Key);
    }
}

internal sealed class ReviewIdentifyingDetailConfiguration : IEntityTypeConfiguration<ReviewIdentifyingDetail>
{
    public void Configure(EntityTypeBuilder<ReviewIdentifyingDetail> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.BelongsToReview(d => d.ReviewId);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Text).HasMaxLength(Core.Disclosure.IdentifyingDetail.TextMaxLength);
        builder.Property(d => d.Replacement).HasMaxLength(Core.Disclosure.IdentifyingDetail.ReplacementMaxLength);
    }
}

internal sealed class ReportStructureSettingConfiguration : IEntityTypeConfiguration<ReportStructureSetting>
{
    public void Configure(EntityTypeBuilder<ReportStructureSetting> builder)
    {
        builder.HasKey(s => s.PartnershipId);
        builder.HasOne<Core.Organisation.Partnership>().WithOne().HasForeignKey<ReportStructureSetting>(s => s.PartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
