using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>Mappings for the evidence a review holds: documents, the index of material with its disclosure
/// requests, and parallel processes with their constraints and liaison log.</summary>
internal sealed class EvidenceDocumentConfiguration : IEntityTypeConfiguration<EvidenceDocument>
{
    public void Configure(EntityTypeBuilder<EvidenceDocument> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.BelongsToReview(d => d.ReviewId);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.StoredName).IsUnique();
        builder.Property(d => d.Title).HasMaxLength(EvidenceDocument.TitleMaxLength);
        builder.Property(d => d.Description).HasMaxLength(EvidenceDocument.DescriptionMaxLength);
        builder.Property(d => d.Provenance).HasMaxLength(EvidenceDocument.ProvenanceMaxLength);
        builder.Property(d => d.OriginalFileName).HasMaxLength(EvidenceDocument.FileNameMaxLength);
        builder.Property(d => d.StoredName).HasMaxLength(64);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.Sensitivity).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Disclosable).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class MaterialItemConfiguration : IEntityTypeConfiguration<MaterialItem>
{
    public void Configure(EntityTypeBuilder<MaterialItem> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.BelongsToReview(m => m.ReviewId);
        builder.HasOne<Agency>().WithMany().HasForeignKey(m => m.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EvidenceDocument>().WithMany().HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChronologySubmission>().WithMany().HasForeignKey(m => m.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.DocumentId).IsUnique();
        builder.HasIndex(m => m.SubmissionId).IsUnique();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Title).HasMaxLength(MaterialItem.TitleMaxLength);
        builder.Property(m => m.OwnerName).HasMaxLength(MaterialItem.OwnerNameMaxLength);
        builder.Property(m => m.Location).HasMaxLength(MaterialItem.LocationMaxLength);
        builder.Property(m => m.Description).HasMaxLength(MaterialItem.DescriptionMaxLength);
        builder.Property(m => m.Sensitivity).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class DisclosureRequestConfiguration : IEntityTypeConfiguration<DisclosureRequest>
{
    public void Configure(EntityTypeBuilder<DisclosureRequest> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<MaterialItem>().WithMany().HasForeignKey(r => r.MaterialItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ReviewId);
        builder.Property(r => r.RequestedBy).HasMaxLength(DisclosureRequest.RequestedByMaxLength);
        builder.Property(r => r.WhatIsAsked).HasMaxLength(DisclosureRequest.TextMaxLength);
        builder.Property(r => r.DecisionReason).HasMaxLength(DisclosureRequest.TextMaxLength);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class ParallelProcessConfiguration : IEntityTypeConfiguration<ParallelProcess>
{
    public void Configure(EntityTypeBuilder<ParallelProcess> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.BelongsToReview(p => p.ReviewId);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.LeadBody).HasMaxLength(ParallelProcess.LeadBodyMaxLength);
        builder.Property(p => p.Contact).HasMaxLength(ParallelProcess.ContactMaxLength);
        builder.Property(p => p.Notes).HasMaxLength(ParallelProcess.NotesMaxLength);
    }
}

internal sealed class ProcessConstraintConfiguration : IEntityTypeConfiguration<ProcessConstraint>
{
    public void Configure(EntityTypeBuilder<ProcessConstraint> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<ParallelProcess>().WithMany().HasForeignKey(c => c.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ReviewId);
        builder.Property(c => c.Text).HasMaxLength(ProcessConstraint.TextMaxLength);
        builder.Property(c => c.LiftReason).HasMaxLength(ProcessConstraint.ReasonMaxLength);
        builder.Property(c => c.Holds).HasConversion<string>().HasMaxLength(80);
    }
}

internal sealed class LiaisonEntryConfiguration : IEntityTypeConfiguration<LiaisonEntry>
{
    public void Configure(EntityTypeBuilder<LiaisonEntry> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasOne<ParallelProcess>().WithMany().HasForeignKey(l => l.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.ReviewId, l.ProcessId });
        builder.Property(l => l.WithWhom).HasMaxLength(LiaisonEntry.WithWhomMaxLength);
        builder.Property(l => l.Summary).HasMaxLength(LiaisonEntry.SummaryMaxLength);
    }
}
