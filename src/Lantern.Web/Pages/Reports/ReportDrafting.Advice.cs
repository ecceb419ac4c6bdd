using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

public sealed partial class ReportDrafting
{
    /// <summary>What changed between the analysis a section was written from and the analysis now.</summary>
    public SourceChanges Changes(string writtenFromJson, string nowJson) =>
        SourceDiff.Between(Deserialise(string.Empty, writtenFromJson), Deserialise(string.Empty, nowJson));

    /// <summary>Reading advice on a section's text: terms count as explained when the version's glossary lists them.</summary>
    public async Task<ReadabilityFigures> AdviceAsync(Guid versionId, string text, CancellationToken ct)
    {
        var glossary = await db.ReportSections.AsNoTracking().Where(s => s.VersionId == versionId && s.Key == ReportStructure.Glossary)
            .Select(s => s.Text).FirstOrDefaultAsync(ct);
        return Readability.Measure(Paragraphs(text), GlossaryTerms(glossary));
    }

    /// <summary>The text of each block of a section, as a reader meets it.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        SectionText.Parse(text).SelectMany(b => b switch
        {
            ReportHeading h => [h.Text],
            ReportParagraph p => [p.Text],
            ReportList l => l.Items,
            ReportTable t => t.Rows.SelectMany(r => r),
            _ => Array.Empty<string>(),
        });

    /// <summary>The terms a glossary section explains: each line or item as "Term: meaning" or "Term – meaning",
    /// or a heading followed by its meaning.</summary>
    public static IEnumerable<string> GlossaryTerms(string? glossary)
    {
        if (string.IsNullOrWhiteSpace(glossary))
        {
            yield break;
        }

        foreach (var line in Paragraphs(glossary))
        {
            var cut = line.IndexOfAny([':', '–', '—']);
            var term = (cut > 0 ? line[..cut] : line.Length <= 60 ? line : string.Empty).Trim().TrimEnd('-').Trim();
            if (term.Length > 0)
            {
                yield return term;
            }
        }
    }
}
