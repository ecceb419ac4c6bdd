using Lantern.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>
/// The audit trail has no foreign keys on purpose: it must outlive and never block changes to what it
/// describes. Append-only triggers are added by each provider's migration.
/// </summary>
internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.Property(e => e.Action).HasMaxLength(AuditEvent.ActionMaxLength);
        builder.Property(e => e.EntityType).HasMaxLength(AuditEvent.EntityTypeMaxLength);
        builder.Property(e => e.IpAddress).HasMaxLength(AuditEvent.IpAddressMaxLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => new { e.PartnershipId, e.Sequence });
        builder.HasIndex(e => new { e.ReviewId, e.Sequence });
        builder.HasIndex(e => new { e.UserId, e.Sequence });
        builder.HasIndex(e => e.OccurredAt);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64);
        builder.Property(h => h.KeyId).HasMaxLength(16);
        builder.Property(h => h.Seal).HasMaxLength(64);
    }
}
