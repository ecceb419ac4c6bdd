using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

internal sealed class ReviewTypeConfiguration : IEntityTypeConfiguration<ReviewType>
{
    public void Configure(EntityTypeBuilder<ReviewType> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(ReviewType.NameMaxLength);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(t => t.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PartnershipId, t.Name }).IsUnique();
    }
}

internal sealed class ReviewEntityConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.WorkingTitle).HasMaxLength(ReviewTitle.MaxLength);
        builder.Property(r => r.RealIdentityRoles).HasConversion(v => v.Bits, b => new Core.Access.IdentityRoles(b));
        builder.HasOne<Partnership>().WithMany().HasForeignKey(r => r.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReviewType>().WithMany().HasForeignKey(r => r.ReviewTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(r => r.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PartnershipId, r.CreatedAt });
        builder.Property(r => r.WithdrawnReason).HasMaxLength(Review.WithdrawnReasonMaxLength);
        builder.Property(r => r.StatusBeforeWithdrawal).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class ReviewMemberConfiguration : IEntityTypeConfiguration<ReviewMember>
{
    public void Configure(EntityTypeBuilder<ReviewMember> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Review>().WithMany().HasForeignKey(m => m.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(m => m.AddedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ReviewId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
    }
}
