using Lantern.Core.Library;
using Lantern.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>
/// The library of findings (issue 19). Its full-text index is the database's own, made by the migration
/// <c>AddLibrary</c> in SQL rather than in this model: on SQLite an FTS5 table (Porter stemmer) that triggers on
/// <c>LibraryEntries</c> keep in step inside the same transaction; on PostgreSQL a stored generated
/// <c>tsvector</c> column with a GIN index. Facet values are rows of their own, indexed for counting.
/// </summary>
internal sealed class LibraryEntryConfiguration : IEntityTypeConfiguration<LibraryEntry>
{
    public void Configure(EntityTypeBuilder<LibraryEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(e => e.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PartnershipId, e.Key }).IsUnique();
        builder.HasIndex(e => e.FindingId);
        builder.Property(e => e.Key).HasMaxLength(LibraryEntry.KeyMaxLength);
        builder.Property(e => e.ReviewLabel).HasMaxLength(LibraryEntry.TitleMaxLength);
        builder.Property(e => e.Title).HasMaxLength(LibraryEntry.TitleMaxLength);
        builder.Property(e => e.Text).HasMaxLength(LibraryEntry.TextMaxLength);
        builder.HasMany(e => e.Facets).WithOne().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LibraryFacetValueConfiguration : IEntityTypeConfiguration<LibraryFacetValue>
{
    public void Configure(EntityTypeBuilder<LibraryFacetValue> builder)
    {
        builder.HasKey(f => new { f.EntryId, f.Facet, f.Value });
        builder.Property(f => f.Facet).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Value).HasMaxLength(LibraryFacetValue.ValueMaxLength);
        builder.HasIndex(f => new { f.Facet, f.Value });
    }
}
