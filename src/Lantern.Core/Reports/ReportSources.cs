using System.Security.Cryptography;
using System.Text;
using Lantern.Core.Analysis;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;

namespace Lantern.Core.Reports;

/// <summary>The kinds of record a report statement can come from, so the page can link it to its evidence.</summary>
public enum SourceItemKind
{
    /// <summary>The review as a whole (a count of its members, say).</summary>
    Review,
    Decision,
    Purpose,
    TermsOfReference,
    Governance,
    Conversation,
    Meeting,
    FamilyInvolvement,
    HindsightRecord,
    NarrativeSection,
    Episode,
    Finding,
    Recommendation,
    ParallelProcess,
    Glossary,
}

/// <summary>Where a statement came from: the kind of record, its id (<see cref="Guid.Empty"/> when the statement speaks
/// of all records of that kind, such as how many conversations were held) and a short label ("Finding 3").</summary>
public sealed record SourceLink(SourceItemKind Kind, Guid Id, string Label)
{
    /// <summary>Whether the link is to the review's list of this kind rather than to one record.</summary>
    public bool IsList => Id == Guid.Empty;

    /// <summary>The analysis item kind, for the traceability view; null for records outside the analysis.</summary>
    public AnalysisItemKind? AnalysisKind => Kind switch
    {
        SourceItemKind.Episode => AnalysisItemKind.Episode,
        SourceItemKind.Finding => AnalysisItemKind.Finding,
        SourceItemKind.Recommendation => AnalysisItemKind.Recommendation,
        SourceItemKind.NarrativeSection => AnalysisItemKind.NarrativeSection,
        SourceItemKind.Conversation when !IsList => AnalysisItemKind.Conversation,
        _ => null,
    };
}

/// <summary>One statement drawn from the analysis. Its key is <c>kind/item/part</c> ("finding/3f2a…/why-it-matters"),
/// the same in every version of the report, so a change in the analysis can be matched to what was there before.</summary>
public sealed record SourceStatement(string Key, string Text, SourceLink Link)
{
    /// <summary>The key without its part: all the statements of one record share it.</summary>
    public string Item => Key[..Math.Max(0, Key.LastIndexOf('/'))];

    /// <summary>The part of the record the statement gives ("title", "in-this-case", "issue-…").</summary>
    public string Part => Key[(Key.LastIndexOf('/') + 1)..];
}

/// <summary>What one report section draws from the analysis: its statements in reading order and a fingerprint of
/// them, kept with the writer's text so a later change to the analysis can be noticed.</summary>
public sealed record SectionSource(string SectionKey, SectionSourceKind Kind, IReadOnlyList<SourceStatement> Statements)
{
    /// <summary>A SHA-256 of the statements' keys and texts in order (hex): the same statements give the same fingerprint
    /// on any machine, and any change to a key, a text or their order gives another.</summary>
    public string Fingerprint => field ??= Compute(Statements);

    public static SectionSource Empty(string sectionKey) => new(sectionKey, SectionSourceKind.None, []);

    private static string Compute(IReadOnlyList<SourceStatement> statements)
    {
        var text = new StringBuilder();
        foreach (var s in statements)
        {
            // Unit and record separators cannot appear in typed text, so no two lists share a serialisation.
            text.Append(s.Key).Append('\u001F').Append(s.Text).Append('\u001E');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>A term in the report's glossary and what it means.</summary>
public sealed record ReportGlossaryTerm(string Term, string Meaning);

/// <summary>
/// The records a report is built from, as loaded for one review. Give them all, withdrawn ones included if that is
/// easier: <see cref="ReportSources.Build"/> itself leaves out what is withdrawn, not yet agreed (episodes, findings,
/// narrative periods), not yet held (conversations) or not agreed (terms of reference), and takes the latest
/// decision to review.
/// </summary>
public sealed record ReportInputs
{
    public IReadOnlyList<Decision> Decisions { get; init; } = [];
    public PurposeStatement? Purpose { get; init; }
    public IReadOnlyList<TermsOfReference> TermsOfReference { get; init; } = [];
    public GovernancePlan? Governance { get; init; }

    /// <summary>The names of agencies by id, for the agencies in scope and those who took part.</summary>
    public IReadOnlyDictionary<Guid, string> AgencyNames { get; init; } = new Dictionary<Guid, string>();

    public IReadOnlyList<ReviewMember> Members { get; init; } = [];
    public IReadOnlyList<Person> People { get; init; } = [];
    public IReadOnlyList<Conversation> Conversations { get; init; } = [];
    public IReadOnlyList<Meeting> Meetings { get; init; } = [];
    public IReadOnlyList<FamilyMember> FamilyMembers { get; init; } = [];
    public IReadOnlyList<Correspondence> FamilyContacts { get; init; } = [];
    public HindsightRecord? Hindsight { get; init; }
    public IReadOnlyList<NarrativeSection> NarrativeSections { get; init; } = [];
    public IReadOnlyList<KeyPracticeEpisode> Episodes { get; init; } = [];
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<BoardIssue> BoardIssues { get; init; } = [];
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];
    public IReadOnlyList<RecommendationFinding> RecommendationFindings { get; init; } = [];
    public IReadOnlyList<ParallelProcess> ParallelProcesses { get; init; } = [];
    public IReadOnlyList<ProcessConstraint> ProcessConstraints { get; init; } = [];
    public IReadOnlyList<LiaisonEntry> Liaison { get; init; } = [];

    /// <summary>The partnership's or review's own glossary terms (they replace Lantern's wording of the same term).</summary>
    public IReadOnlyList<ReportGlossaryTerm> Glossary { get; init; } = [];

    /// <summary>The partnership's structure; Lantern's <see cref="ReportStructure.Default"/> when null.</summary>
    public IReadOnlyList<ReportSectionDefinition>? Structure { get; init; }
}

/// <summary>
/// Builds, for each section of the report's structure, the statements it draws from the analysis. Pure: the same
/// inputs always give the same statements, in the same order, with the same fingerprints.
/// </summary>
public static partial class ReportSources
{
    /// <summary>Dates in the report's sources are months ("March 2024"): the day is rarely part of the learning and is
    /// one more thing that could identify the family.</summary>
    private const string MonthYear = "MMMM yyyy";

    /// <summary>Each section's source, by section key, for every section in the structure (an empty source for a
    /// section that draws on nothing).</summary>
    public static IReadOnlyDictionary<string, SectionSource> Build(ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var structure = inputs.Structure ?? ReportStructure.Default;
        var result = new Dictionary<string, SectionSource>(StringComparer.Ordinal);
        foreach (var section in structure)
        {
            result[section.Key] = new SectionSource(section.Key, section.Source, Statements(section.Source, inputs));
        }

        return result;
    }

    /// <summary>The statements one kind of source gives.</summary>
    public static IReadOnlyList<SourceStatement> Statements(SectionSourceKind kind, ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var statements = new List<SourceStatement>();
        switch (kind)
        {
            case SectionSourceKind.Scope: AddScope(inputs, statements); break;
            case SectionSourceKind.Method: AddMethod(inputs, statements); break;
            case SectionSourceKind.CaseInBrief: AddCaseInBrief(inputs, statements); break;
            case SectionSourceKind.Appraisal: AddAppraisal(inputs, statements); break;
            case SectionSourceKind.Findings: AddFindings(inputs, statements, inFull: true); break;
            case SectionSourceKind.FindingsInShort: AddFindings(inputs, statements, inFull: false); break;
            case SectionSourceKind.Recommendations: AddRecommendations(inputs, statements); break;
            case SectionSourceKind.ParallelProcesses: AddParallelProcesses(inputs, statements); break;
            case SectionSourceKind.Glossary: AddGlossary(inputs, statements); break;
            default: break;
        }

        return statements;
    }

    /// <summary>Adds a statement when <paramref name="text"/> is not blank, with line endings and surrounding spaces tidied.</summary>
    private static void Add(List<SourceStatement> statements, string prefix, Guid id, string part, string? text, SourceLink link)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var tidy = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        statements.Add(new SourceStatement($"{prefix}/{id:N}/{part}", tidy, link));
    }

    /// <summary>"March 2024 to June 2025", "from March 2024", or null.</summary>
    private static string? Period(DateOnly? from, DateOnly? to)
    {
        static string Month(DateOnly d) => d.ToString(MonthYear, UkTime.Culture);
        return (from, to) switch
        {
            ({ } f, { } t) when Month(f) == Month(t) => Month(f),
            ({ } f, { } t) => $"{Month(f)} to {Month(t)}",
            ({ } f, null) => $"From {Month(f)}",
            (null, { } t) => $"Up to {Month(t)}",
            _ => null,
        };
    }

    private static bool Live(IWithdrawable item) => !item.IsWithdrawn();

    private static bool LiveAndAgreed<T>(T item)
        where T : IWithdrawable, IAgreeable => !item.IsWithdrawn() && item.IsAgreed();

    /// <summary>"1 conversation", "3 conversations".</summary>
    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    /// <summary>"A", "A and B", "A, B and C".</summary>
    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
