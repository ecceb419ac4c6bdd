using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Pages.Analysis;

/// <summary>
/// The analysis as working papers in Word, so the working-out can be critiqued: the practitioners' narrative with
/// each account and the discrepancies between them; the key practice episodes with
/// what was known then, the appraisal, the explanation and contributory factors; the findings in their anatomy with
/// issues for the Board and the episodes behind them; recommendations; the challenge log; the record against
/// hindsight; and a table of the
/// evidence each refers to (E1, E2… in the order first cited). Conversation notes are not included, only references.
/// </summary>
public sealed class WorkingPapers(LanternDbContext db, AnalysisQueries queries, CodingSchemes schemes, Narrative.NarrativeQueries narrative)
{
    /// <summary>The papers of <paramref name="viewer"/>'s review, of what they may see.</summary>
    public async Task<byte[]> BuildAsync(Viewer viewer, string workingTitle, DateOnly today, CancellationToken ct)
    {
        var (reviewId, partnershipId) = (viewer.ReviewId, viewer.PartnershipId);
        var agencies = await queries.AgencyNamesAsync(partnershipId, ct);
        var partnership = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Name).SingleAsync(ct);
        var episodes = await db.Episodes.AsNoTracking().VisibleTo(viewer).OrderBy(e => e.Number).ToListAsync(ct);
        var findings = await db.Findings.AsNoTracking().VisibleTo(viewer).InPriorityOrder().ToListAsync(ct);
        var issues = (await db.BoardIssues.AsNoTracking().Where(i => i.ReviewId == reviewId).OrderBy(i => i.Position).ToListAsync(ct)).ToLookup(i => i.FindingId, i => FindingAnatomy.TidyIssue(i.Text));
        var codes = (await db.AnalysisCodes.AsNoTracking().Where(c => c.ReviewId == reviewId).ToListAsync(ct)).ToLookup(c => c.ItemId);
        var sections = await db.NarrativeSections.AsNoTracking().VisibleTo(viewer).OrderBy(s => s.PeriodFrom).ThenBy(s => s.Number).ToListAsync(ct);
        var sectionIds = sections.Select(s => s.Id).ToList();
        var allAccounts = await narrative.PerspectivesAsync(viewer, sectionIds, withSources: false, ct);
        var accounts = allAccounts.ToLookup(a => a.SectionId);
        var discrepanciesBySection = (await narrative.DiscrepanciesAsync(viewer, sectionIds, allAccounts, ct)).ToLookup(d => d.SectionId);

        var evidence = await queries.EvidenceAsync(viewer,
            [.. allAccounts.Select(p => p.Id), .. episodes.Select(e => e.Id), .. findings.Select(f => f.Id)], ct);
        var links = await db.AnalysisLinks.AsNoTracking().Where(l => l.ReviewId == reviewId).ToDictionaryAsync(l => l.Id, l => l.FromId, ct);
        var byItem = evidence.ToLookup(e => links[e.LinkId]);
        var recommendations = await queries.RecommendationsAsync(viewer, ct);
        var challenges = await queries.ChallengesAsync(viewer, null, ct);

        // E1, E2…: every piece of evidence other than an episode, numbered in the order it is first cited.
        var references = new Dictionary<(EvidenceKind, Guid), string>();
        var appendix = new List<IReadOnlyList<string>>();
        string Refs(Guid itemId) => string.Join(", ", byItem[itemId].Where(e => e.Kind != EvidenceKind.Episode).Select(e =>
        {
            if (!references.TryGetValue((e.Kind, e.TargetId), out var reference))
            {
                reference = $"E{references.Count + 1}";
                references[(e.Kind, e.TargetId)] = reference;
                appendix.Add([reference, e.Kind.DisplayName(), e.Detail is null ? e.Label : $"{e.Label}. {e.Detail}"]);
            }

            return reference;
        }));

        var document = new WordDocument($"Working papers: {workingTitle}")
            .TitleParagraph($"Working papers: {workingTitle}")
            .Paragraph($"{partnership}. Produced on {Long(today)}. A record of the review's analysis as it stands, for challenge and critique. It is not the report and is not for publication.")
            .Heading(1, "Practitioners' narrative");
        if (sections.Count == 0)
        {
            document.Paragraph("No narrative sections yet.");
        }

        foreach (var section in sections)
        {
            document.Heading(2, $"Section {section.Number}: {section.Title}")
                .KeyValues(
                [
                    ("Period", PeriodText.Of(section.PeriodFrom, section.PeriodTo) ?? "Not given"),
                    ("Status", section.Status.DisplayName() + (section.IsChangedSinceAgreed() ? ", changed since agreed" : string.Empty)),
                ])
                .Paragraph(section.Summary ?? "No summary written yet.");
            foreach (var account in accounts[section.Id])
            {
                document.Heading(3, account.Role is null ? account.Name : $"{account.Name}, {account.Role}")
                    .Paragraph(account.Account)
                    .Paragraph($"Sources: {(Refs(account.Id) is { Length: > 0 } refs ? refs : "none linked")}");
            }

            var discrepancies = discrepanciesBySection[section.Id].ToList();
            if (discrepancies.Count > 0)
            {
                document.Heading(3, "Discrepancies between accounts")
                    .Bullets(discrepancies.Select(d => $"Discrepancy {d.Number} ({d.Status.DisplayName().ToLowerInvariant()}), between {string.Join(", ", d.Between)}: {d.Description}"
                        + (d.WhatWeFound is null ? string.Empty : $" What exploring it found: {d.WhatWeFound}")));
            }
        }

        document.Heading(1, "Key practice episodes");
        if (episodes.Count == 0)
        {
            document.Paragraph("No episodes yet.");
        }

        foreach (var e in episodes)
        {
            document.Heading(2, $"Episode {e.Number}: {e.Title}")
                .KeyValues(
                [
                    ("Period", PeriodText.Of(e.PeriodFrom, e.PeriodTo) ?? "Not given"),
                    ("Agencies", string.Join(", ", AnalysisQueries.Names(e.AgencyIds, agencies))),
                    ("Status", e.Status.DisplayName() + (e.IsChangedSinceAgreed() ? ", changed since agreed" : string.Empty)),
                    ("Raised by", e.RaisedBy.DisplayName()),
                    ("Appraisal", e.Appraisal?.DisplayName() ?? "Not appraised yet"),
                    ("Evidence", Refs(e.Id) is { Length: > 0 } refs ? refs : "None linked"),
                ])
                .Heading(3, "What happened").Paragraph(e.WhatHappened)
                .Heading(3, "What was known then").Paragraph(e.KnownThen ?? "Not written yet.")
                .Heading(3, "Reasons for the appraisal").Paragraph(e.AppraisalReasons ?? "Not written yet.")
                .Heading(3, "Why it made sense at the time").Paragraph(e.Explanation ?? "Not written yet.")
                .Heading(3, "Contributory factors");
            var factors = await schemes.DescribeAsync(partnershipId, codes[e.Id], ct);
            if (factors.Count == 0)
            {
                document.Paragraph("None coded.");
            }
            else
            {
                document.Bullets(factors.Select(f => f.Note is null ? f.Label : $"{f.Label}. How it applied: {f.Note}"));
            }
        }

        document.Heading(1, "Findings");
        if (findings.Count == 0)
        {
            document.Paragraph("No findings yet.");
        }

        var numbers = episodes.ToDictionary(e => e.Id, e => e.Number);
        foreach (var f in findings)
        {
            var behind = byItem[f.Id].Where(x => x.Kind == EvidenceKind.Episode && numbers.ContainsKey(x.TargetId)).Select(x => numbers[x.TargetId]).Order().ToList();
            var patterns = await schemes.DescribeAsync(partnershipId, codes[f.Id], ct);
            document.Heading(2, $"Finding {f.Number}: {f.Title}")
                .KeyValues(
                [
                    ("Status", f.Status.DisplayName() + (f.IsChangedSinceAgreed() ? ", changed since agreed" : string.Empty)),
                    ("Priority", f.PriorityRank?.ToString(UkTime.Culture) ?? "Not ranked"),
                    ("Good practice", f.IsGoodPractice ? "Yes" : "No"),
                    ("Episodes behind it", behind.Count == 0 ? "None linked" : string.Join(", ", behind.Select(n => $"episode {n}"))),
                    ("Pattern categories", patterns.Count == 0 ? "None chosen" : CodeRow.PatternSummary(patterns)),
                    ("Still happens", f.StillHappens switch { StillHappens.Yes => "Yes", StillHappens.No => "No", _ => "Not known" }
                        + (f.StillHappensCheckedOn is { } on ? $", checked {Long(on)}" : string.Empty)),
                    ("Evidence", Refs(f.Id) is { Length: > 0 } refs ? refs : "None linked beyond its episodes"),
                ]);
            foreach (var (heading, text) in new[]
            {
                ("How it showed in this case", f.InThisCase), ("Why it is not peculiar to this case", f.NotPeculiar), ("How widespread it is", f.HowWidespread),
                ("Why it matters", f.WhyItMatters), ("Summary", f.Statement), ("How we know whether it still happens", f.StillHappensEvidence),
            })
            {
                document.Heading(3, heading).Paragraph(text ?? "Not written yet.");
            }

            document.Heading(3, "Issues for the Board");
            if (issues[f.Id].Any())
            {
                document.Numbered(issues[f.Id]);
            }
            else
            {
                document.Paragraph("None.");
            }
        }

        document.Heading(1, "Recommendations");
        if (recommendations.Count == 0)
        {
            document.Paragraph("None made.");
        }
        else
        {
            document.Table(["Number", "Recommendation", "Kind", "Level", "Draws on", "Suggested owner"],
                recommendations.Select(r => (IReadOnlyList<string>)[r.Number.ToString(UkTime.Culture), r.Text, r.Kind.ShortName(), r.Level.ToString(),
                    r.DrawsOn, r.SuggestedOwner ?? string.Empty]));
            foreach (var r in recommendations.Where(r => r.Findings.Any(f => f.Issues.Count > 0)))
            {
                document.Heading(3, $"Issues for the Board that recommendation {r.Number} answers")
                    .Bullets(r.Findings.SelectMany(f => f.Issues.Select(i => $"Finding {f.Number}, issue {i.Position}: {i.Text}")));
            }
        }

        document.Heading(1, "Challenge log");
        if (challenges.Count == 0)
        {
            document.Paragraph("No challenges recorded.");
        }
        else
        {
            document.Table(["Item", "Challenge", "Raised", "Response", "Outcome"],
                challenges.Select(c => (IReadOnlyList<string>)[c.ItemLabel, c.Text, $"{c.RaisedBy}, {Long(DateOnly.FromDateTime(c.RaisedAt))}", c.Response ?? string.Empty, c.Outcome.DisplayName()]));
        }

        document.Heading(1, "Guarding against hindsight");
        var hindsight = await db.HindsightRecords.AsNoTracking().SingleOrDefaultAsync(h => h.ReviewId == reviewId, ct);
        document.Table(["Technique", "Used", "How, or why not"], BiasTechniques.All.Select(t => hindsight?.Entries.FirstOrDefault(e => e.Key == t.Key) is { } entry
            ? (IReadOnlyList<string>)[t.Name, entry.Use.DisplayName(), entry.Note ?? string.Empty]
            : [t.Name, TechniqueUse.NotRecorded.DisplayName(), string.Empty]));
        if (hindsight?.Other is { } other)
        {
            document.Paragraph($"Also: {other}");
        }

        document.Heading(1, "Evidence referred to");
        if (appendix.Count == 0)
        {
            document.Paragraph("No evidence is linked yet.");
        }
        else
        {
            document.Paragraph($"In the chronology entries below: {Core.Information.Merging.PseudonymText.WhatIsReplaced} Conversation notes are referred to, not copied.")
                .Table(["Ref", "Kind", "Evidence"], appendix);
        }

        return document.ToBytes();
    }

    private static string Long(DateOnly date) => date.LongDate();
}
