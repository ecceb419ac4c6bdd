using Lantern.Core.Board;
using Lantern.Core.Disclosure;
using Lantern.Core.Information;
using Lantern.Core.Reports;
using Lantern.Web.Pages.BoardResponse;

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

    /// <summary>For the Board's response, how many findings still lack a decision or an answer to an issue.</summary>
    public int Unanswered { get; init; }
}

/// <summary>
/// Builds an edition of a version from its sections: the restricted edition as written; every other edition through
/// the people register's pseudonyms (names, variants, aliases, possessives, initials), with exact dates written as the
/// version says. Then runs the disclosure-risk check over exactly the text that would leave Lantern: identifying
/// details (a school, a rare condition) are not replaced silently but found by the check, for the writer to replace
/// with the suggested words in one click, or keep with a reason.
/// </summary>
public sealed class EditionBuilder(LanternDbContext db, BoardResponseQueries responses)
{
    /// <summary>The edition of <paramref name="kind"/>; null for the Board's response when <paramref name="version"/>
    /// is not the version presented to the Board.</summary>
    public async Task<BuiltEdition?> BuildAnyAsync(Guid reviewId, string reviewTitle, ReportVersion version, EditionKind kind, CancellationToken ct) =>
        kind == EditionKind.BoardResponse
            ? await BuildResponseAsync(reviewId, reviewTitle, version, ct)
            : await BuildAsync(reviewId, reviewTitle, version, kind, ct);

    /// <summary>The Board's written response to the findings of <paramref name="version"/>, pseudonymised and checked
    /// like the published report; null when that version has not been presented to the Board.</summary>
    public async Task<BuiltEdition?> BuildResponseAsync(Guid reviewId, string reviewTitle, ReportVersion version, CancellationToken ct)
    {
        var presentation = await db.BoardPresentations.AsNoTracking().SingleOrDefaultAsync(p => p.ReviewId == reviewId && p.ReportVersionId == version.Id, ct);
        if (presentation is null)
        {
            return null;
        }

        var findings = await responses.FindingsAsync(reviewId, ct);
        var partnershipId = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.PartnershipId).SingleAsync(ct);
        var priorities = await db.LearningPriorities.AsNoTracking().Where(p => p.PartnershipId == partnershipId).ToDictionaryAsync(p => p.Id, ct);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.ReviewId == reviewId && r.WithdrawnAt == null).ToDictionaryAsync(r => r.Id, ct);
        var responded = findings.Select(f => new RespondedFinding(
            f.Finding.Number,
            f.Finding.Title,
            f.Response,
            [.. f.Issues.Select(i => new AnsweredIssue(i.Text, f.Response?.IssueAnswers.Find(a => a.BoardIssueId == i.Id)?.Answer))],
            f.Response?.PriorityId is { } p && priorities.TryGetValue(p, out var priority) ? PriorityName(priority) : null,
            [.. (f.Response?.AgencyIds ?? []).Select(a => agencies.GetValueOrDefault(a)).OfType<string>().Order(StringComparer.CurrentCulture)],
            f.Response?.NationalRecommendationId is { } r && recommendations.TryGetValue(r, out var recommendation) ? $"{recommendation.Number}. {recommendation.Text}" : null)).ToList();
        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == reviewId).ToListAsync(ct);
        var details = (await db.IdentifyingDetails.AsNoTracking().Where(d => d.ReviewId == reviewId).ToListAsync(ct)).ConvertAll(d => d.ToDetail());
        // The response speaks of meetings and plans, not of the child's life: its dates are given as month and year.
        var pseudonymiser = new ReportPseudonymiser(people, null, DatePolicy.MonthAndYear);
        var document = BoardResponseDocument.Compose(reviewTitle, version.Label, presentation, responded, text => pseudonymiser.Apply(text).Text);
        var paragraphs = ReportDocuments.Paragraphs(document).ToList();
        var hits = new DisclosureCheck(people.Select(DisclosurePerson.From).ToList(), details).Scan(DisclosureDocument.FromParagraphs(paragraphs));
        return new BuiltEdition(document, [.. paragraphs.Select(_ => (string?)null)], hits, HitKey.For(hits), ReportPseudonymiser.Blockers(people), Hash(paragraphs))
        {
            Unanswered = responded.Count(f => !f.IsAnswered),
        };
    }

    private static string PriorityName(LearningPriority priority) =>
        priority.To is { } to ? $"{priority.Title} ({priority.From.Year} to {to.Year})" : priority.Title;

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
