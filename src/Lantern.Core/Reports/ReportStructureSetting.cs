namespace Lantern.Core.Reports;

/// <summary>A partnership's own structure for its reports (the sections, their headings, prompts and what each draws
/// from), as JSON; without one, the default structure is used. A change applies to reports started after it.</summary>
public sealed class ReportStructureSetting : IVersioned
{
    public Guid PartnershipId { get; set; }
    public string Json { get; set; } = "[]";
    public DateTime ChangedAt { get; set; }
    public Guid ChangedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
