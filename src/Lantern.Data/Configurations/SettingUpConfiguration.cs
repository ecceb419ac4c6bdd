using Lantern.Core;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lantern.Data.Configurations;

/// <summary>Mappings for the records made while setting a review up. Each belongs to one review and goes
/// with it; nothing here refers across partnerships.</summary>
internal static class ReviewOwned
{
    public static void BelongsToReview<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, object?>> reviewId)
        where T : class
    {
        builder.HasOne<Review>().WithMany().HasForeignKey(reviewId!).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(reviewId!);
    }

    public static readonly ValueConverter<Money, long> MoneyInPence = new(m => m.Pence, p => new Money(p));
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Review>().WithOne().HasForeignKey<Referral>(r => r.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ReviewId).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.ReferringAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.SubjectName).HasMaxLength(Referral.NameMaxLength);
        builder.Property(r => r.SubjectSex).HasMaxLength(Referral.ShortTextMaxLength);
        builder.Property(r => r.SubjectEthnicity).HasMaxLength(Referral.ShortTextMaxLength);
        builder.Property(r => r.SubjectDisability).HasMaxLength(Referral.ShortTextMaxLength);
        builder.Property(r => r.SubjectArea).HasMaxLength(Referral.ShortTextMaxLength);
        builder.Property(r => r.ReferrerName).HasMaxLength(Referral.NameMaxLength);
        builder.Property(r => r.Circumstances).HasMaxLength(Referral.LongTextMaxLength);
        builder.Property(r => r.Rationale).HasMaxLength(Referral.LongTextMaxLength);
        builder.Property(r => r.OtherLearningReason).HasMaxLength(Referral.LongTextMaxLength);
        builder.Property(r => r.DelayExplanation).HasMaxLength(Referral.LongTextMaxLength);
        builder.OwnsMany(r => r.Criteria, c =>
        {
            c.ToJson();
            c.Property(x => x.Answer).HasConversion<string>();
        });
    }
}

internal sealed class PanelNotificationConfiguration : IEntityTypeConfiguration<PanelNotification>
{
    public void Configure(EntityTypeBuilder<PanelNotification> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<Review>().WithOne().HasForeignKey<PanelNotification>(n => n.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => n.ReviewId).IsUnique();
        builder.Property(n => n.Reference).HasMaxLength(PanelNotification.ReferenceMaxLength);
        builder.Property(n => n.Notes).HasMaxLength(Referral.LongTextMaxLength);
    }
}

internal sealed class InformationRequestConfiguration : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.BelongsToReview(r => r.ReviewId);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.WhatIsNeeded).HasMaxLength(Referral.LongTextMaxLength);
        builder.Property(r => r.InvolvementSummary).HasMaxLength(Referral.LongTextMaxLength);
        builder.Property(r => r.KeyContacts).HasMaxLength(Referral.LongTextMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ScopingMeetingConfiguration : IEntityTypeConfiguration<ScopingMeeting>
{
    public void Configure(EntityTypeBuilder<ScopingMeeting> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.BelongsToReview(m => m.ReviewId);
        builder.Property(m => m.Attendees).HasMaxLength(Referral.LongTextMaxLength);
        builder.Property(m => m.Summary).HasMaxLength(Referral.LongTextMaxLength);
        builder.Property(m => m.RecommendationReasons).HasMaxLength(Referral.LongTextMaxLength);
        builder.Property(m => m.Recommendation).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.ParticipantAgencyIds).AsJson();
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.BelongsToReview(d => d.ReviewId);
        builder.HasIndex(d => new { d.ReviewId, d.VersionNumber }).IsUnique();
        builder.HasOne<ReviewType>().WithMany().HasForeignKey(d => d.ReviewTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Scale).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Method).HasConversion<string>().HasMaxLength(30);
        foreach (var text in new[] { nameof(Decision.MethodJustification), nameof(Decision.CriteriaAssessment), nameof(Decision.Rationale), nameof(Decision.ChallengeConsulted), nameof(Decision.ChallengeResponse), nameof(Decision.DecisionNotifiedTo) })
        {
            builder.Property(text).HasMaxLength(Decision.TextMaxLength);
        }
    }
}

internal sealed class BoardConfiguration : IEntityTypeConfiguration<BoardNotification>, IEntityTypeConfiguration<BoardRecipient>
{
    public void Configure(EntityTypeBuilder<BoardNotification> builder)
    {
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.BelongsToReview(b => b.ReviewId);
        builder.Property(b => b.Summary).HasMaxLength(Referral.LongTextMaxLength);
        builder.Property(b => b.Method).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<BoardRecipient> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<BoardNotification>().WithMany().HasForeignKey(r => r.BoardNotificationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Name).HasMaxLength(BoardRecipient.NameMaxLength);
        builder.Property(r => r.Role).HasMaxLength(BoardRecipient.NameMaxLength);
    }
}

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<FamilyMember>, IEntityTypeConfiguration<Correspondence>, IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<FamilyMember> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.BelongsToReview(f => f.ReviewId);
        builder.Property(f => f.Name).HasMaxLength(FamilyMember.NameMaxLength);
        builder.Property(f => f.Relationship).HasMaxLength(FamilyMember.NameMaxLength);
        builder.Property(f => f.Language).HasMaxLength(FamilyMember.NameMaxLength);
        builder.Property(f => f.AccessibilityNeeds).HasMaxLength(FamilyMember.TextMaxLength);
        builder.Property(f => f.SafetyConcerns).HasMaxLength(FamilyMember.TextMaxLength);
        builder.Property(f => f.PreferredChannel).HasConversion<string>().HasMaxLength(30);
    }

    public void Configure(EntityTypeBuilder<Correspondence> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.BelongsToReview(c => c.ReviewId);
        builder.HasOne<FamilyMember>().WithMany().HasForeignKey(c => c.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Summary).HasMaxLength(Correspondence.SummaryMaxLength);
        builder.Property(c => c.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(30);
    }

    public void Configure(EntityTypeBuilder<LetterTemplate> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(t => t.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PartnershipId, t.Name }).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(LetterTemplate.NameMaxLength);
        builder.Property(t => t.Purpose).HasMaxLength(LetterTemplate.PurposeMaxLength);
        builder.Property(t => t.Body).HasMaxLength(LetterTemplate.BodyMaxLength);
    }
}

internal sealed class PurposeConfiguration : IEntityTypeConfiguration<PurposeStatement>
{
    public void Configure(EntityTypeBuilder<PurposeStatement> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Review>().WithOne().HasForeignKey<PurposeStatement>(p => p.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ReviewId).IsUnique();
        builder.Property(p => p.Statement).HasMaxLength(PurposeStatement.TextMaxLength);
        builder.Property(p => p.ComplicatingFactors).HasMaxLength(PurposeStatement.TextMaxLength);
        builder.Property(p => p.SentTo).HasMaxLength(PurposeStatement.TextMaxLength);
    }
}

internal sealed class TermsConfiguration : IEntityTypeConfiguration<TermsOfReference>, IEntityTypeConfiguration<GovernancePlan>
{
    public void Configure(EntityTypeBuilder<TermsOfReference> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.BelongsToReview(t => t.ReviewId);
        builder.HasIndex(t => new { t.ReviewId, t.VersionNumber }).IsUnique();
        builder.Property(t => t.Method).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Scale).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.LeadReviewers).HasMaxLength(TermsOfReference.TextMaxLength);
        builder.Property(t => t.SkillsRequired).HasMaxLength(TermsOfReference.TextMaxLength);
        builder.OwnsMany(t => t.FactorNotes, n => n.ToJson());
    }

    public void Configure(EntityTypeBuilder<GovernancePlan> builder)
    {
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.BelongsToReview(g => g.ReviewId);
        builder.HasIndex(g => new { g.ReviewId, g.VersionNumber }).IsUnique();
        foreach (var text in new[] { nameof(GovernancePlan.WhoConducts), nameof(GovernancePlan.WhoQualityAssures), nameof(GovernancePlan.SignOffRoute), nameof(GovernancePlan.ChallengeRoute), nameof(GovernancePlan.ImpasseRoute) })
        {
            builder.Property(text).HasMaxLength(GovernancePlan.TextMaxLength);
        }
    }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Milestone>, IEntityTypeConfiguration<DelayEntry>, IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.BelongsToReview(m => m.ReviewId);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(m => m.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Name).HasMaxLength(Milestone.NameMaxLength);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<DelayEntry> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.BelongsToReview(d => d.ReviewId);
        builder.Property(d => d.Reason).HasMaxLength(DelayEntry.TextMaxLength);
        builder.Property(d => d.DeadlineKey).HasMaxLength(60);
    }

    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<Review>().WithOne().HasForeignKey<Budget>(b => b.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.ReviewId).IsUnique();
        builder.Property(b => b.Planned).HasConversion(ReviewOwned.MoneyInPence);
        builder.Property(b => b.Committed).HasConversion(ReviewOwned.MoneyInPence);
        builder.Property(b => b.Actual).HasConversion(ReviewOwned.MoneyInPence);
        builder.Ignore(b => b.Remaining);
    }
}

internal sealed class TaskConfiguration : IEntityTypeConfiguration<ReviewTask>, IEntityTypeConfiguration<ReviewHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ReviewTask> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.BelongsToReview(t => t.ReviewId);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(t => t.AssignedUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Title).HasMaxLength(ReviewTask.TitleMaxLength);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(t => t.IsOpen);
        builder.HasIndex(t => new { t.AssignedUserId, t.CompletedAt });
    }

    public void Configure(EntityTypeBuilder<ReviewHistoryEntry> builder)
    {
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.BelongsToReview(h => h.ReviewId);
        builder.Property(h => h.Summary).HasMaxLength(ReviewHistoryEntry.SummaryMaxLength);
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(30);
    }
}

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Core.Deadlines.HolidayChange>, IEntityTypeConfiguration<Core.Deadlines.DeadlineRuleSetting>
{
    public void Configure(EntityTypeBuilder<Core.Deadlines.HolidayChange> builder)
    {
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(h => h.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.PartnershipId, h.Calendar, h.Date });
        builder.Property(h => h.Calendar).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(h => h.Reason).HasMaxLength(Core.Deadlines.HolidayChange.ReasonMaxLength);
    }

    public void Configure(EntityTypeBuilder<Core.Deadlines.DeadlineRuleSetting> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(r => r.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PartnershipId, r.Key }).IsUnique();
        builder.Property(r => r.Key).HasMaxLength(Core.Deadlines.DeadlineRuleSetting.KeyMaxLength);
        builder.Property(r => r.Name).HasMaxLength(Core.Deadlines.DeadlineRuleSetting.NameMaxLength);
        builder.Property(r => r.ReviewTypeName).HasMaxLength(ReviewType.NameMaxLength);
        builder.Property(r => r.Source).HasMaxLength(Core.Deadlines.DeadlineRuleSetting.SourceMaxLength);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Calendar).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Confidence).HasConversion<string>().HasMaxLength(20);
    }
}
