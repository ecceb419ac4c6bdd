using Lantern.Core.Actions;
using Lantern.Core.Organisation;
using Lantern.Core.Quality;
using Lantern.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>Mappings for what follows a review: improvement actions with their notes, evidence, outcome measures and
/// follow-up checks; the review's quality-marker self-assessment; and the reminders sent about them.</summary>
internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.BelongsToReview(a => a.ReviewId);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.OwningAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PartnershipId, a.Status, a.DueOn });
        builder.HasIndex(a => new { a.ReviewId, a.Source, a.SourceId });
        builder.HasIndex(a => a.OwningAgencyId);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Title).HasMaxLength(ImprovementAction.TitleMaxLength);
        builder.Property(a => a.FollowUpMonths).AsJson().HasMaxLength(100);
        builder.Property(a => a.Description).HasMaxLength(ImprovementAction.DescriptionMaxLength);
        builder.Property(a => a.OwnerName).HasMaxLength(ImprovementAction.OwnerNameMaxLength);
        builder.Property(a => a.CompletionSummary).HasMaxLength(ImprovementAction.TextMaxLength);
        builder.Property(a => a.CancelledReason).HasMaxLength(ImprovementAction.TextMaxLength);
    }
}

internal sealed class ActionChildrenConfiguration :
    IEntityTypeConfiguration<ActionProgressNote>, IEntityTypeConfiguration<ActionEvidence>, IEntityTypeConfiguration<OutcomeMeasure>,
    IEntityTypeConfiguration<OutcomeReading>, IEntityTypeConfiguration<FollowUpCheck>
{
    public void Configure(EntityTypeBuilder<ActionProgressNote> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<ImprovementAction>().WithMany().HasForeignKey(n => n.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => n.ActionId);
        builder.Property(n => n.Text).HasMaxLength(ActionProgressNote.TextMaxLength);
    }

    public void Configure(EntityTypeBuilder<ActionEvidence> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<ImprovementAction>().WithMany().HasForeignKey(e => e.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.ActionId);
        builder.HasOne<Core.Information.EvidenceDocument>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Description).HasMaxLength(ActionEvidence.DescriptionMaxLength);
    }

    public void Configure(EntityTypeBuilder<OutcomeMeasure> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<ImprovementAction>().WithMany().HasForeignKey(m => m.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.ActionId);
        builder.Property(m => m.Measure).HasMaxLength(OutcomeMeasure.MeasureMaxLength);
        builder.Property(m => m.Source).HasMaxLength(OutcomeMeasure.SourceMaxLength);
        builder.Property(m => m.Unit).HasMaxLength(OutcomeMeasure.UnitMaxLength);
        builder.Property(m => m.Baseline).HasPrecision(OutcomeMeasure.ValuePrecision, OutcomeMeasure.ValueScale);
        builder.Property(m => m.Target).HasPrecision(OutcomeMeasure.ValuePrecision, OutcomeMeasure.ValueScale);
    }

    public void Configure(EntityTypeBuilder<OutcomeReading> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<OutcomeMeasure>().WithMany().HasForeignKey(r => r.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.MeasureId);
        builder.Property(r => r.Value).HasPrecision(OutcomeMeasure.ValuePrecision, OutcomeMeasure.ValueScale);
        builder.Property(r => r.Note).HasMaxLength(OutcomeReading.NoteMaxLength);
    }

    public void Configure(EntityTypeBuilder<FollowUpCheck> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<ImprovementAction>().WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ActionId, c.MonthsAfterCompletion, c.DueOn }).IsUnique();
        builder.HasIndex(c => c.DueOn);
        builder.Property(c => c.Sustained).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.UnintendedConsequences).HasMaxLength(FollowUpCheck.TextMaxLength);
        builder.Property(c => c.Comment).HasMaxLength(FollowUpCheck.TextMaxLength);
    }
}

internal sealed class MarkerAssessmentConfiguration : IEntityTypeConfiguration<MarkerAssessment>
{
    public void Configure(EntityTypeBuilder<MarkerAssessment> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.BelongsToReview(m => m.ReviewId);
        builder.HasIndex(m => new { m.ReviewId, m.Marker }).IsUnique();
        builder.Property(m => m.Answer).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.ModeratedAnswer).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Comment).HasMaxLength(MarkerAssessment.CommentMaxLength);
        builder.Property(m => m.ModerationComment).HasMaxLength(MarkerAssessment.ModerationCommentMaxLength);
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(r => r.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.Kind, r.SubjectId, r.UserId, r.DueOn }).IsUnique();
        builder.HasIndex(r => new { r.SentAt, r.NextAttemptAt });
        builder.HasIndex(r => r.UserId);
        builder.Property(r => r.Link).HasMaxLength(Reminder.LinkMaxLength);
        builder.Property(r => r.LastError).HasMaxLength(Reminder.ErrorMaxLength);
        builder.Property(r => r.ClaimedBy).HasMaxLength(Reminder.ClaimMaxLength);
    }
}
