using Lantern.Core.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>Mappings for the practitioners' narrative (sections, perspectives, discrepancies), meetings and the
/// review's record of techniques against hindsight.</summary>
internal sealed class NarrativeSectionConfiguration : IEntityTypeConfiguration<NarrativeSection>
{
    public void Configure(EntityTypeBuilder<NarrativeSection> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.BelongsToReview(s => s.ReviewId);
        builder.HasIndex(s => new { s.ReviewId, s.Number }).IsUnique().HasFilter(WithdrawableMapping.LiveOnly);
        builder.Withdrawable();
        builder.Agreeable();
        builder.Property(s => s.Title).HasMaxLength(NarrativeSection.TitleMaxLength);
        builder.Property(s => s.Summary).HasMaxLength(NarrativeSection.TextMaxLength);
    }
}

internal sealed class PerspectiveConfiguration : IEntityTypeConfiguration<Perspective>
{
    public void Configure(EntityTypeBuilder<Perspective> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<NarrativeSection>().WithMany().HasForeignKey(p => p.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ReviewId);
        builder.Withdrawable();
        builder.HasOne<Core.Information.Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Account).HasMaxLength(Perspective.AccountMaxLength);
    }
}

internal sealed class DiscrepancyConfiguration : IEntityTypeConfiguration<Discrepancy>
{
    public void Configure(EntityTypeBuilder<Discrepancy> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<NarrativeSection>().WithMany().HasForeignKey(d => d.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ReviewId, d.Number }).IsUnique().HasFilter(WithdrawableMapping.LiveOnly);
        builder.Withdrawable();
        builder.Property(d => d.Description).HasMaxLength(Discrepancy.TextMaxLength);
        builder.Property(d => d.WhatWeFound).HasMaxLength(Discrepancy.TextMaxLength);
        builder.Property(d => d.PerspectiveIds).AsJson();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.BelongsToReview(m => m.ReviewId);
        builder.HasIndex(m => new { m.ReviewId, m.HeldOn });
        builder.Withdrawable();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Place).HasMaxLength(Meeting.PlaceMaxLength);
        builder.Property(m => m.Agenda).HasMaxLength(Meeting.AgendaMaxLength);
        builder.Property(m => m.Notes).HasMaxLength(Meeting.NotesMaxLength);
        builder.Property(m => m.Attendees).AsJson();
        builder.Property(m => m.Decisions).AsJson();
    }
}

internal sealed class HindsightRecordConfiguration : IEntityTypeConfiguration<HindsightRecord>
{
    public void Configure(EntityTypeBuilder<HindsightRecord> builder)
    {
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.BelongsToReview(h => h.ReviewId);
        builder.HasIndex(h => h.ReviewId).IsUnique();
        builder.Property(h => h.Entries).AsJson();
        builder.Property(h => h.Other).HasMaxLength(HindsightRecord.OtherMaxLength);
    }
}
