using Lantern.Core.Information.Merging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>Pairs of chronology entries (by lineage) a reviewer said are not the same event.</summary>
internal sealed class MergeRejectionConfiguration : IEntityTypeConfiguration<MergeRejection>
{
    public void Configure(EntityTypeBuilder<MergeRejection> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.BelongsToReview(r => r.ReviewId);
        builder.HasIndex(r => new { r.ReviewId, r.FirstLineageId, r.SecondLineageId }).IsUnique();
    }
}
