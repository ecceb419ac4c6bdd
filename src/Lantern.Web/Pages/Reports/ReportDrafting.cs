using System.Text.Json;
using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>A section as a new report starts it: heading, place, first draft and the analysis it was drafted from.</summary>
public sealed record SectionPlan(string Key, string Heading, int Position, string DraftText, string SourceJson, string Fingerprint);

/// <summary>What a section draws from the analysis now, as stored with a section when the writer takes it in.</summary>
public sealed record TakenSource(string Json, string Fingerprint);

/// <summary>One statement a section draws on, with a link to the item and its evidence where there is one.</summary>
public sealed record SourceLine(string Text, string? Href, string Label);

/// <summary>
/// Between the analysis and the report: loads what a review's report is built from, drafts a new report's sections,
/// says what each section draws on now (to show "changed since written" and its difference), and gives reading
/// advice on a section's text.
/// </summary>
public sealed partial class ReportDrafting(LanternDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<Guid, IReadOnlyDictionary<string, SectionSource>> built = [];

    public async Task<IReadOnlyList<SectionPlan>> PlanAsync(Guid reviewId, Guid partnershipId, CancellationToken ct)
    {
        var structure = await StructureAsync(partnershipId, ct);
        var sources = await BuildAsync(reviewId, ct);
        return structure.Select((section, i) =>
        {
            var source = sources.GetValueOrDefault(section.Key) ?? SectionSource.Empty(section.Key);
            return new SectionPlan(section.Key, section.Heading, i + 1, SectionText.Draft(source), Serialise(source), source.Fingerprint);
        }).ToList();
    }

    /// <summary>What one section draws on now; null for a key the review's report does not have.</summary>
    public async Task<TakenSource?> SourceAsync(Guid reviewId, Guid partnershipId, string key, CancellationToken ct)
    {
        var sources = await BuildAsync(reviewId, ct);
        return sources.TryGetValue(key, out var source) ? new TakenSource(Serialise(source), source.Fingerprint) : null;
    }

    public async Task<IReadOnlyDictionary<string, TakenSource>> SourcesAsync(Guid reviewId, CancellationToken ct) =>
        (await BuildAsync(reviewId, ct)).ToDictionary(p => p.Key, p => new TakenSource(Serialise(p.Value), p.Value.Fingerprint));

    /// <summary>The partnership's structure, or Lantern's default.</summary>
    public async Task<IReadOnlyList<ReportSectionDefinition>> StructureAsync(Guid partnershipId, CancellationToken ct)
    {
        var json = await db.ReportStructures.AsNoTracking().Where(s => s.PartnershipId == partnershipId).Select(s => s.Json).FirstOrDefaultAsync(ct);
        return json is not null && ReportStructure.Parse(json) is { IsValid: true, Sections: { } sections } ? sections : ReportStructure.Default;
    }

    private async Task<IReadOnlyDictionary<string, SectionSource>> BuildAsync(Guid reviewId, CancellationToken ct)
    {
        if (built.TryGetValue(reviewId, out var cached))
        {
            return cached;
        }

        var partnershipId = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.PartnershipId).SingleAsync(ct);
        var inputs = await InputsAsync(reviewId, partnershipId, ct);
        var sources = ReportSources.Build(inputs);
        built[reviewId] = sources;
        return sources;
    }

    public static string Serialise(SectionSource source) =>
        JsonSerializer.Serialize(source.Statements.Select(s => new StoredStatement(s.Key, s.Text, s.Link.Kind, s.Link.Id, s.Link.Label)), Json);

    public static SectionSource Deserialise(string key, string json)
    {
        var stored = JsonSerializer.Deserialize<List<StoredStatement>>(string.IsNullOrEmpty(json) ? "[]" : json, Json) ?? [];
        return new SectionSource(key, SectionSourceKind.None, stored.ConvertAll(s => new SourceStatement(s.Key, s.Text, new SourceLink(s.Kind, s.Id, s.Label))));
    }

    private sealed record StoredStatement(string Key, string Text, SourceItemKind Kind, Guid Id, string Label);
}
