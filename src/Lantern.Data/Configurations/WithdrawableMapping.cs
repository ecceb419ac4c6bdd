using Lantern.Core.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>
/// Mapping for withdrawn and agreed analysis items. Withdrawn items are hidden from every query by a filter, so
/// lists, counts, numbering, evidence links and the working papers leave them out without each query having to
/// remember; the pages that show withdrawn items ask for them with <c>IgnoreQueryFilters()</c>.
/// </summary>
internal static class WithdrawableMapping
{
    /// <summary>The filter for unique indexes that only live (not withdrawn) items must respect, such as numbers.</summary>
    public const string LiveOnly = "\"WithdrawnAt\" IS NULL";

    public static void Withdrawable<T>(this EntityTypeBuilder<T> builder)
        where T : class, IWithdrawable
    {
        builder.HasQueryFilter(e => e.WithdrawnAt == null);
        builder.Property(e => e.WithdrawnReason).HasMaxLength(IWithdrawable.ReasonMaxLength);
    }

    public static void Agreeable<T>(this EntityTypeBuilder<T> builder)
        where T : class, IAgreeable
    {
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.AgreedText).HasMaxLength(60_000);
    }
}
