using Lantern.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(Partnership.NameMaxLength);
        builder.Property(p => p.FollowUpMonths).AsJson().HasMaxLength(100);
        builder.Ignore(p => p.FollowUpMonthsInUse);
    }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(Agency.NameMaxLength);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PartnershipId, a.Name }).IsUnique();
    }
}

internal sealed class LanternUserConfiguration : IEntityTypeConfiguration<LanternUser>
{
    public void Configure(EntityTypeBuilder<LanternUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(LanternUser.DisplayNameMaxLength);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(u => u.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.PartnershipId, u.DisplayName });
    }
}
