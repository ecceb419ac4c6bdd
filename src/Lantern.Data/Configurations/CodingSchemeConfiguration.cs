using Lantern.Core.Analysis;
using Lantern.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

internal sealed class StoredCodingSchemeConfiguration : IEntityTypeConfiguration<StoredCodingScheme>
{
    public void Configure(EntityTypeBuilder<StoredCodingScheme> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(s => s.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PartnershipId, s.Key, s.SchemeVersion }).IsUnique();
        builder.Property(s => s.Key).HasMaxLength(StoredCodingScheme.KeyMaxLength);
        builder.Property(s => s.Name).HasMaxLength(CodingScheme.NameMaxLength);
        builder.Property(s => s.Purpose).HasConversion<string>().HasMaxLength(30);
    }
}
