using System.Text.Json;
using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Data.Configurations;

/// <summary>Mappings for the information a review gathers: the people register and agencies' chronologies.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property)
        where T : class, new() =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            s => JsonSerializer.Deserialize<T>(s, Options) ?? new T(),
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!));
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.BelongsToReview(p => p.ReviewId);
        builder.HasIndex(p => new { p.ReviewId, p.Pseudonym }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.RealName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.Address).HasMaxLength(Person.AddressMaxLength);
        builder.Property(p => p.Pseudonym).HasMaxLength(Person.PseudonymMaxLength);
        builder.Property(p => p.Relationship).HasMaxLength(Person.RoleMaxLength);
        builder.Property(p => p.ProfessionalRole).HasMaxLength(Person.RoleMaxLength);
        builder.Property(p => p.Notes).HasMaxLength(Person.NotesMaxLength);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class EntryPersonConfiguration : IEntityTypeConfiguration<EntryPerson>
{
    public void Configure(EntityTypeBuilder<EntryPerson> builder)
    {
        builder.HasKey(e => new { e.EntryId, e.PersonId });
        builder.HasOne<ChronologyEntry>().WithMany().HasForeignKey(e => e.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.MatchedText).HasMaxLength(EntryPerson.MatchedTextMaxLength);
    }
}

internal sealed class ChronologySubmissionConfiguration : IEntityTypeConfiguration<ChronologySubmission>
{
    public void Configure(EntityTypeBuilder<ChronologySubmission> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.BelongsToReview(s => s.ReviewId);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ReviewId, s.AgencyId }).IsUnique();
    }
}

internal sealed class SubmissionVersionConfiguration : IEntityTypeConfiguration<SubmissionVersion>
{
    public void Configure(EntityTypeBuilder<SubmissionVersion> builder)
    {
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<ChronologySubmission>().WithMany().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.SubmissionId, v.Number }).IsUnique();
        builder.HasIndex(v => v.ReviewId);
        builder.Property(v => v.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.FileName).HasMaxLength(SubmissionVersion.FileNameMaxLength);
        builder.Property(v => v.Sha256).HasMaxLength(64);
    }
}

internal sealed class ChronologyEntryConfiguration : IEntityTypeConfiguration<ChronologyEntry>
{
    public void Configure(EntityTypeBuilder<ChronologyEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<SubmissionVersion>().WithMany().HasForeignKey(e => e.SubmissionVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MergedEvent>().WithMany().HasForeignKey(e => e.MergedEventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.ReviewId, e.IsCurrent, e.Date });
        builder.HasIndex(e => e.LineageId);
        builder.HasIndex(e => e.MergedEventId);
        builder.Property(e => e.Precision).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.EventType).HasMaxLength(ChronologyEntry.EventTypeMaxLength);
        builder.Property(e => e.MappedType).HasMaxLength(ChronologyEntry.EventTypeMaxLength);
        builder.Ignore(e => e.EffectiveType);
        builder.Property(e => e.Description).HasMaxLength(ChronologyEntry.DescriptionMaxLength);
        builder.Property(e => e.PeopleInvolved).HasMaxLength(ChronologyEntry.PeopleMaxLength);
        builder.Property(e => e.AuthorRole).HasMaxLength(ChronologyEntry.AuthorRoleMaxLength);
        builder.Property(e => e.SourceReference).HasMaxLength(ChronologyEntry.SourceReferenceMaxLength);
    }
}

internal sealed class MergedEventConfiguration : IEntityTypeConfiguration<MergedEvent>
{
    public void Configure(EntityTypeBuilder<MergedEvent> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.BelongsToReview(m => m.ReviewId);
        builder.Property(m => m.Note).HasMaxLength(MergedEvent.NoteMaxLength);
    }
}

internal sealed class ChronologyImportConfiguration : IEntityTypeConfiguration<ChronologyImport>
{
    public void Configure(EntityTypeBuilder<ChronologyImport> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.BelongsToReview(i => i.ReviewId);
        builder.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.FileName).HasMaxLength(SubmissionVersion.FileNameMaxLength);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Mapping).AsJson();
    }
}

internal sealed class ImportRowConfiguration : IEntityTypeConfiguration<ImportRow>
{
    public void Configure(EntityTypeBuilder<ImportRow> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<ChronologyImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ImportId, r.RowNumber }).IsUnique();
        builder.Property(r => r.Problems).AsJson();
        builder.Property(r => r.Warnings).AsJson();
        builder.Property(r => r.ExclusionReason).HasMaxLength(ImportRow.ExclusionReasonMaxLength);
    }
}

internal sealed class EventTypeMappingConfiguration : IEntityTypeConfiguration<EventTypeMapping>
{
    public void Configure(EntityTypeBuilder<EventTypeMapping> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(m => m.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.PartnershipId, m.WordsKey });
        builder.Property(m => m.Words).HasMaxLength(EventTypeMapping.WordsMaxLength);
        builder.Property(m => m.WordsKey).HasMaxLength(EventTypeMapping.WordsMaxLength);
        builder.Property(m => m.TypeName).HasMaxLength(ChronologyEntry.EventTypeMaxLength);
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.BelongsToReview(a => a.ReviewId);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ReviewId, a.MeetingId, a.PersonId }).IsUnique();
        builder.Property(a => a.Target).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class PeopleImportConfiguration : IEntityTypeConfiguration<PeopleImport>
{
    public void Configure(EntityTypeBuilder<PeopleImport> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.BelongsToReview(i => i.ReviewId);
        builder.Property(i => i.FileName).HasMaxLength(SubmissionVersion.FileNameMaxLength);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Mapping).AsJson();
    }
}

internal sealed class PeopleImportRowConfiguration : IEntityTypeConfiguration<PeopleImportRow>
{
    public void Configure(EntityTypeBuilder<PeopleImportRow> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<PeopleImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ImportId, r.RowNumber }).IsUnique();
        builder.Property(r => r.Problems).AsJson();
        builder.Property(r => r.ExclusionReason).HasMaxLength(ImportRow.ExclusionReasonMaxLength);
    }
}
