using Lantern.Core.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>Mappings for the analysis: key practice episodes, findings with their issues for the Board,
/// recommendations, and the codes, links, comments and challenges that hang off them.</summary>
internal sealed class KeyPracticeEpisodeConfiguration : IEntityTypeConfiguration<KeyPracticeEpisode>
{
    public void Configure(EntityTypeBuilder<KeyPracticeEpisode> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.BelongsToReview(e => e.ReviewId);
        builder.HasIndex(e => new { e.ReviewId, e.Number }).IsUnique().HasFilter(WithdrawableMapping.LiveOnly);
        builder.Withdrawable();
        builder.Agreeable();
        builder.Property(e => e.Title).HasMaxLength(KeyPracticeEpisode.TitleMaxLength);
        builder.Property(e => e.WhatHappened).HasMaxLength(KeyPracticeEpisode.TextMaxLength);
        builder.Property(e => e.KnownThen).HasMaxLength(KeyPracticeEpisode.TextMaxLength);
        builder.Property(e => e.AppraisalReasons).HasMaxLength(KeyPracticeEpisode.TextMaxLength);
        builder.Property(e => e.Explanation).HasMaxLength(KeyPracticeEpisode.TextMaxLength);
        builder.Property(e => e.AgencyIds).AsJson();
        builder.Property(e => e.Appraisal).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.RaisedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(30);
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.BelongsToReview(f => f.ReviewId);
        builder.HasIndex(f => new { f.ReviewId, f.Number }).IsUnique().HasFilter(WithdrawableMapping.LiveOnly);
        builder.Withdrawable();
        builder.Agreeable();
        builder.Property(f => f.Title).HasMaxLength(FindingAnatomy.TitleMaxLength);
        foreach (var text in new[] { nameof(Finding.InThisCase), nameof(Finding.NotPeculiar), nameof(Finding.HowWidespread), nameof(Finding.WhyItMatters), nameof(Finding.Statement) })
        {
            builder.Property(text).HasMaxLength(Finding.TextMaxLength);
        }

        builder.Property(f => f.StillHappensEvidence).HasMaxLength(Finding.EvidenceMaxLength);
        builder.Property(f => f.StillHappens).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(30);
    }
}

internal sealed class BoardIssueConfiguration : IEntityTypeConfiguration<BoardIssue>
{
    public void Configure(EntityTypeBuilder<BoardIssue> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<Finding>().WithMany().HasForeignKey(i => i.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.FindingId, i.Position }).IsUnique();
        builder.HasIndex(i => i.ReviewId);
        builder.Property(i => i.Text).HasMaxLength(FindingAnatomy.IssueMaxLength);
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.BelongsToReview(r => r.ReviewId);
        builder.HasIndex(r => new { r.ReviewId, r.Number }).IsUnique().HasFilter(WithdrawableMapping.LiveOnly);
        builder.Withdrawable();
        builder.Property(r => r.Text).HasMaxLength(Recommendation.TextMaxLength);
        builder.Property(r => r.SuggestedOwner).HasMaxLength(Recommendation.OwnerMaxLength);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class AnalysisCodeConfiguration : IEntityTypeConfiguration<AnalysisCode>
{
    public void Configure(EntityTypeBuilder<AnalysisCode> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.BelongsToReview(c => c.ReviewId);
        builder.HasIndex(c => new { c.ItemId, c.SchemeKey, c.CodeKey }).IsUnique();
        builder.Property(c => c.ItemKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.SchemeKey).HasMaxLength(60);
        builder.Property(c => c.CodeKey).HasMaxLength(60);
        builder.Property(c => c.Note).HasMaxLength(AnalysisCode.NoteMaxLength);
    }
}

internal sealed class RecommendationFindingConfiguration : IEntityTypeConfiguration<RecommendationFinding>
{
    public void Configure(EntityTypeBuilder<RecommendationFinding> builder)
    {
        builder.HasKey(l => new { l.RecommendationId, l.FindingId });
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(l => l.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Finding>().WithMany().HasForeignKey(l => l.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.FindingId);
        builder.HasIndex(l => l.ReviewId);
    }
}

internal sealed class RecommendationIssueConfiguration : IEntityTypeConfiguration<RecommendationIssue>
{
    public void Configure(EntityTypeBuilder<RecommendationIssue> builder)
    {
        builder.HasKey(l => new { l.RecommendationId, l.BoardIssueId });
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(l => l.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BoardIssue>().WithMany().HasForeignKey(l => l.BoardIssueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.BoardIssueId);
        builder.HasIndex(l => l.ReviewId);
    }
}

internal sealed class AnalysisLinkConfiguration : IEntityTypeConfiguration<AnalysisLink>
{
    public void Configure(EntityTypeBuilder<AnalysisLink> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.BelongsToReview(l => l.ReviewId);
        builder.HasIndex(l => new { l.FromId, l.ToKind, l.ToId }).IsUnique();
        builder.HasIndex(l => new { l.ReviewId, l.ToKind, l.ToId });
        builder.Property(l => l.FromKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.ToKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Note).HasMaxLength(AnalysisLink.NoteMaxLength);
    }
}

internal sealed class AnalysisCommentConfiguration : IEntityTypeConfiguration<AnalysisComment>
{
    public void Configure(EntityTypeBuilder<AnalysisComment> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.BelongsToReview(c => c.ReviewId);
        builder.HasIndex(c => new { c.ItemId, c.CreatedAt });
        builder.Property(c => c.ItemKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Text).HasMaxLength(AnalysisComment.TextMaxLength);
    }
}

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.BelongsToReview(c => c.ReviewId);
        builder.HasIndex(c => c.ItemId);
        builder.Property(c => c.ItemKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Text).HasMaxLength(Challenge.TextMaxLength);
        builder.Property(c => c.Response).HasMaxLength(Challenge.TextMaxLength);
    }
}

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.BelongsToReview(c => c.ReviewId);
        builder.HasIndex(c => new { c.ReviewId, c.Number }).IsUnique().HasFilter(WithdrawableMapping.LiveOnly);
        builder.Withdrawable();
        builder.HasIndex(c => c.ParticipantUserId);
        builder.HasOne<Core.Information.Person>().WithMany().HasForeignKey(c => c.ParticipantPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.InterviewerUserIds).AsJson();
        builder.Property(c => c.Purpose).HasMaxLength(Conversation.PurposeMaxLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ConversationNotesConfiguration : IEntityTypeConfiguration<ConversationNotes>
{
    public void Configure(EntityTypeBuilder<ConversationNotes> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<Conversation>().WithMany().HasForeignKey(n => n.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.ConversationId, n.Number }).IsUnique();
        builder.HasIndex(n => n.ReviewId);
        builder.Property(n => n.Author).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Sections).AsJson();
        builder.Property(n => n.Comment).HasMaxLength(ConversationNotes.CommentMaxLength);
    }
}

internal sealed class ParticipantFeedbackConfiguration : IEntityTypeConfiguration<ParticipantFeedback>
{
    public void Configure(EntityTypeBuilder<ParticipantFeedback> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.BelongsToReview(f => f.ReviewId);
        builder.Property(f => f.Answers).AsJson();
    }
}
