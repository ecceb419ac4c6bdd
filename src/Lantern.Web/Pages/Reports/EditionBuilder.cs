using Lantern.Core.Disclosure;
using Lantern.Core.Information;
using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>An edition built from a version: its layout, which section each checked paragraph came from, the
/// disclosure-risk check's hits with their keys, and the people who stop a pseudonymised edition being made.</summary>
public sealed record BuiltEdition(
    ReportDocument Document,
    IReadOnlyList<string?> ParagraphSections,
    IReadOnlyList<DisclosureHit> Hits,
    IReadOnlyList<HitKey> Keys,
    IReadOnlyList<PseudonymBlocker> Blockers,
    string Hash)
{
    public bool IsPseudonymised => Document.Kind != EditionKind.Restricted;
}

/// <summary>
/// Builds an edition of a version from its sections: the restricted edition as written; every other edition through
/// the people register's pseudonyms (names, variants, aliases, possessives, initials), with exact dates written as the
/// version says. Then runs the disclosure-risk check over exactly the text that would leave Lantern: identifying
/// details (a school, a rare condition) are not replaced silently but found by the check, for the writer to replace
/// with the suggested words in one click, or keep with a reason.
/// </summary>
public sealed class EditionBuilder(LanternDbContext db)
{
    public async Task<BuiltEdition> BuildAsync(Guid reviewId, string reviewTitle, ReportVersion version, EditionKind kind, CancellationToken ct)
    {
        var sections = await db.ReportSections.AsNoTracking().Where(s => s.VersionId == version.Id).OrderBy(s => s.Position).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == reviewId).ToListAsync(ct);
        var details = (await db.IdentifyingDetails.AsNoTracking().Where(d => d.ReviewId == reviewId).ToListAsync(ct)).ConvertAll(d => d.ToDetail());
        return Build(reviewTitle, version, kind, sections, people, details);
    }

    public static BuiltEdition Build(string reviewTitle, ReportVersion version, EditionKind kind, IReadOnlyList<ReportSection> sections,
        IReadOnlyList<Person> people, IReadOnlyList<IdentifyingDetail> details)
    {
        var pseudonymised = kind != EditionKind.Restricted;
        Func<string, string>? transform = null;
        if (pseudonymised)
        {
            var pseudonymiser = new ReportPseudonymiser(people, null, version.DateStyle == PublishedDateStyle.ChildAge ? DatePolicy.ChildAge : DatePolicy.MonthAndYear);
            transform = text => pseudonymiser.Apply(text).Text;
        }

        var composed = sections.Select(s => new ComposedSection(Definition(s), s.Text)).ToList();
        var document = EditionComposer.Compose(kind, reviewTitle, version.Label, composed, transform);
        var paragraphs = ReportDocuments.Paragraphs(document).ToList();
        var owners = SectionOfEachParagraph(document, sections, transform);
        var blockers = pseudonymised ? ReportPseudonymiser.Blockers(people) : [];
        IReadOnlyList<DisclosureHit> hits = [];
        if (pseudonymised)
        {
            var check = new DisclosureCheck(people.Select(DisclosurePerson.From).ToList(), details);
            hits = check.Scan(DisclosureDocument.FromParagraphs(paragraphs));
        }

        return new BuiltEdition(document, owners, hits, HitKey.For(hits), blockers, Hash(paragraphs));
    }

    /// <summary>A stored section's place in the structure: found by its key in Lantern's default structure (which says
    /// which editions it belongs to), or an ordinary report section under its own heading.</summary>
    private static ReportSectionDefinition Definition(ReportSection section) =>
        ReportStructure.Default.FirstOrDefault(d => d.Key == section.Key) is { } known
            ? known with { Heading = section.Heading }
            : new ReportSectionDefinition(section.Key, section.Heading, string.Empty, SectionSourceKind.None);

    /// <summary>For each paragraph in <see cref="ReportDocuments.Paragraphs"/> order, the key of the section it came
    /// from (null for the title and other text the composer adds): a section starts at its level-1 heading.</summary>
    private static List<string?> SectionOfEachParagraph(ReportDocument document, IReadOnlyList<ReportSection> sections, Func<string, string>? transform)
    {
        var byHeading = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in sections)
        {
            byHeading.TryAdd(transform?.Invoke(s.Heading) ?? s.Heading, s.Key);
        }

        var owners = new List<string?> { null, null };
        if (document.Marking is not null)
        {
            owners.Add(null);
        }

        string? current = null;
        foreach (var block in document.Blocks)
        {
            if (block is ReportHeading { Level: 1 } h)
            {
                current = byHeading.GetValueOrDefault(h.Text);
            }

            var count = block switch
            {
                ReportList l => l.Items.Count,
                ReportTable t => 1 + t.Header.Count + t.Rows.Sum(r => r.Count),
                _ => 1,
            };
            for (var i = 0; i < count; i++)
            {
                owners.Add(current);
            }
        }

        return owners;
    }

    private static string Hash(IEnumerable<string> paragraphs)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var p in paragraphs)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(p));
            sha.AppendData([0]);
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
