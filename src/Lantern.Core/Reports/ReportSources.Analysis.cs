using Lantern.Core.Analysis;
using Lantern.Core.Information;

namespace Lantern.Core.Reports;

public static partial class ReportSources
{
    /// <summary>Lantern's own glossary of the method's terms, offered in every report (the writer keeps what is used).</summary>
    public static IReadOnlyList<ReportGlossaryTerm> DefaultGlossary { get; } =
    [
        new("Case group", "The practitioners and managers who worked with the family. They told the review how things looked at the time and checked its emerging picture."),
        new("Finding", "What the review learned about how the agencies work together in general, shown by this case but not peculiar to it."),
        new("Hindsight bias", "Knowing how things turned out makes events seem more predictable than they were to the people living through them."),
        new("Issue for the Board", "An open question the review asks the safeguarding partnership to decide on, rather than an instruction."),
        new("Key practice episode", "A moment or stretch of work the review looked at closely because of what it shows about the system."),
        new("Lead reviewer", "The independent person who leads the review and writes its report."),
        new("Outcome bias", "Judging a decision more harshly because the outcome was bad, although the decision was the same."),
        new("Pseudonym", "A made-up name used in the report so that the family cannot be identified."),
        new("Review team", "Senior managers from the agencies involved who worked through the analysis with the lead reviewers."),
        new("Systems approach", "A way of reviewing that asks why practice made sense at the time and what in the working conditions shaped it, instead of looking for someone to blame."),
    ];

    private static void AddCaseInBrief(ReportInputs inputs, List<SourceStatement> statements)
    {
        foreach (var section in inputs.NarrativeSections.Where(LiveAndAgreed).OrderBy(s => s.PeriodFrom ?? DateOnly.MaxValue).ThenBy(s => s.Number))
        {
            var link = new SourceLink(SourceItemKind.NarrativeSection, section.Id, $"Narrative section {section.Number}");
            Add(statements, "narrative", section.Id, "title", section.Title, link);
            Add(statements, "narrative", section.Id, "period", Period(section.PeriodFrom, section.PeriodTo), link);
            Add(statements, "narrative", section.Id, "summary", section.Summary, link);
        }
    }

    private static void AddAppraisal(ReportInputs inputs, List<SourceStatement> statements)
    {
        // Case order: by when the episode began; episodes with no date follow, by number.
        foreach (var episode in inputs.Episodes.Where(LiveAndAgreed).OrderBy(e => e.PeriodFrom ?? DateOnly.MaxValue).ThenBy(e => e.Number))
        {
            var link = new SourceLink(SourceItemKind.Episode, episode.Id, $"Key practice episode {episode.Number}");
            Add(statements, "episode", episode.Id, "title", episode.Title, link);
            Add(statements, "episode", episode.Id, "period", Period(episode.PeriodFrom, episode.PeriodTo), link);
            Add(statements, "episode", episode.Id, "what-happened", episode.WhatHappened, link);
            Add(statements, "episode", episode.Id, "known-then", episode.KnownThen, link);
            Add(statements, "episode", episode.Id, "appraisal", episode.Appraisal?.DisplayName(), link);
            Add(statements, "episode", episode.Id, "appraisal-reasons", episode.AppraisalReasons, link);
            Add(statements, "episode", episode.Id, "explanation", episode.Explanation, link);
        }
    }

    private static void AddFindings(ReportInputs inputs, List<SourceStatement> statements, bool inFull)
    {
        var issues = inputs.BoardIssues.ToLookup(i => i.FindingId);
        foreach (var finding in inputs.Findings.Where(LiveAndAgreed).InPriorityOrder())
        {
            var link = new SourceLink(SourceItemKind.Finding, finding.Id, $"Finding {finding.Number}");
            if (!inFull)
            {
                Add(statements, "finding", finding.Id, "summary", finding.Statement ?? finding.Title, link);
                continue;
            }

            // The summary comes straight after the title: it is what a reader (and the practitioner briefing) takes first.
            Add(statements, "finding", finding.Id, "title", finding.Title, link);
            Add(statements, "finding", finding.Id, "statement", finding.Statement, link);
            Add(statements, "finding", finding.Id, "good-practice", finding.IsGoodPractice ? "This finding is about practice that worked." : null, link);
            Add(statements, "finding", finding.Id, "in-this-case", finding.InThisCase, link);
            Add(statements, "finding", finding.Id, "not-peculiar", finding.NotPeculiar, link);
            Add(statements, "finding", finding.Id, "how-widespread", finding.HowWidespread, link);
            Add(statements, "finding", finding.Id, "why-it-matters", finding.WhyItMatters, link);
            foreach (var issue in issues[finding.Id].OrderBy(i => i.Position))
            {
                var tidy = FindingAnatomy.TidyIssue(issue.Text);
                Add(statements, "finding", finding.Id, $"issue-{issue.Id:N}", tidy.Length == 0 ? null : tidy, link);
            }
        }
    }

    private static void AddRecommendations(ReportInputs inputs, List<SourceStatement> statements)
    {
        var findingNumbers = inputs.Findings.Where(LiveAndAgreed).ToDictionary(f => f.Id, f => f.Number);
        var drawsOn = inputs.RecommendationFindings.ToLookup(r => r.RecommendationId, r => r.FindingId);
        foreach (var recommendation in inputs.Recommendations.Where(Live).OrderBy(r => r.Kind).ThenBy(r => r.Level).ThenBy(r => r.Number))
        {
            var link = new SourceLink(SourceItemKind.Recommendation, recommendation.Id, $"Recommendation {recommendation.Number}");
            Add(statements, "recommendation", recommendation.Id, "kind", recommendation.Kind.DisplayName(), link);
            Add(statements, "recommendation", recommendation.Id, "level", recommendation.Level.DisplayName(), link);
            Add(statements, "recommendation", recommendation.Id, "text", recommendation.Text, link);
            Add(statements, "recommendation", recommendation.Id, "owner",
                string.IsNullOrWhiteSpace(recommendation.SuggestedOwner) ? null : $"Suggested owner: {recommendation.SuggestedOwner.Trim()}", link);
            var numbers = drawsOn[recommendation.Id].Select(id => findingNumbers.GetValueOrDefault(id)).Where(n => n > 0).Distinct().Order()
                .Select(n => n.ToString(UkTime.Culture)).ToList();
            Add(statements, "recommendation", recommendation.Id, "findings",
                numbers.Count == 0 ? null : $"Draws on {(numbers.Count == 1 ? "finding" : "findings")} {Join(numbers)}", link);
        }
    }

    private static void AddParallelProcesses(ReportInputs inputs, List<SourceStatement> statements)
    {
        var constraints = inputs.ProcessConstraints.ToLookup(c => c.ProcessId);
        var liaison = inputs.Liaison.ToLookup(l => l.ProcessId);
        foreach (var process in inputs.ParallelProcesses.OrderBy(p => p.CreatedAt).ThenBy(p => p.Kind))
        {
            var link = new SourceLink(SourceItemKind.ParallelProcess, process.Id, process.Kind.DisplayName());
            var by = string.IsNullOrWhiteSpace(process.LeadBody) ? string.Empty : $" ({process.LeadBody.Trim()})";
            Add(statements, "process", process.Id, "kind", process.Kind.DisplayName() + by, link);
            Add(statements, "process", process.Id, "status", $"Status: {process.Status.DisplayName().ToLowerInvariant()}.", link);
            Add(statements, "process", process.Id, "notes", process.Notes, link);
            foreach (var constraint in constraints[process.Id].OrderBy(c => c.AgreedOn))
            {
                var held = constraint.Holds == ReviewHold.None ? string.Empty : $" It held: {constraint.Holds.DisplayName().ToLowerInvariant()}.";
                var lifted = constraint.LiftedOn is { } on ? $" Lifted in {on.ToString(MonthYear, UkTime.Culture)}." : " Still in force.";
                Add(statements, "process", process.Id, $"constraint-{constraint.Id:N}",
                    $"Asked of the review in {constraint.AgreedOn.ToString(MonthYear, UkTime.Culture)}: {constraint.Text.Trim()}{held}{lifted}", link);
            }

            var contacts = liaison[process.Id].Count();
            Add(statements, "process", process.Id, "liaison",
                contacts == 0 ? null : $"The review kept in touch with those running it ({Count(contacts, "recorded contact", "recorded contacts")}).", link);
        }
    }

    private static void AddGlossary(ReportInputs inputs, List<SourceStatement> statements)
    {
        // The partnership's wording of a term replaces Lantern's; terms are in alphabetical order.
        var terms = new Dictionary<string, ReportGlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in DefaultGlossary.Concat(inputs.Glossary))
        {
            if (!string.IsNullOrWhiteSpace(term.Term) && !string.IsNullOrWhiteSpace(term.Meaning))
            {
                terms[term.Term.Trim()] = term with { Term = term.Term.Trim(), Meaning = term.Meaning.Trim() };
            }
        }

        foreach (var term in terms.Values.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase))
        {
            var slug = new string([.. term.Term.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
            statements.Add(new SourceStatement($"glossary/{slug}/meaning", term.Meaning, new SourceLink(SourceItemKind.Glossary, Guid.Empty, term.Term)));
        }
    }
}
