using System.Text.RegularExpressions;

namespace Lantern.Core.Reports;

/// <summary>A section of one report version as written: its definition and the writer's text in section markup.</summary>
public sealed record ComposedSection(ReportSectionDefinition Definition, string Text);

/// <summary>
/// Lays out one report version for an audience (see <see cref="EditionKind"/>). Every edition names the version it came
/// from in <see cref="ReportDocument.VersionLabel"/> and in its subtitle. Pure: the caller supplies the pseudonymiser.
/// </summary>
public static partial class EditionComposer
{
    /// <summary>Shown on every page of the restricted edition.</summary>
    public const string RestrictedMarking = "Restricted: this edition uses real names and is for the safeguarding partnership's Board only. Do not share, copy or publish it.";

    /// <summary>The practitioner briefing aims at one or two pages; past this many words its findings are cut to their first sentence.</summary>
    public const int BriefingWordLimit = 800;

    /// <summary>The standard opening of the family summary, before the writer's own words.</summary>
    public const string FamilyIntroduction =
        "This is a short summary of the review, written for you. It says what the review looked at, what it found about how " +
        "services worked together, and what will change. It uses the same names as the full report. If you would like to talk " +
        "about it, or to have it in another language or format, please contact the review's business unit.";

    /// <summary>The opening of the practitioner briefing.</summary>
    public const string BriefingIntroduction =
        "This briefing sets out in short what the review found about how agencies work together, some questions to talk through " +
        "with your team, and what the review asks to be done differently. The full report gives the evidence for each finding.";

    /// <summary>
    /// The edition of <paramref name="kind"/>. <paramref name="transform"/> (the pseudonymiser) is applied to every piece
    /// of text, title included, in every edition but the restricted one; the published edition refuses to be composed
    /// without it, so real names cannot reach it by omission.
    /// </summary>
    public static ReportDocument Compose(EditionKind kind, string reviewTitle, string versionLabel, IReadOnlyList<ComposedSection> sections, Func<string, string>? transform)
    {
        ArgumentNullException.ThrowIfNull(reviewTitle);
        ArgumentNullException.ThrowIfNull(versionLabel);
        ArgumentNullException.ThrowIfNull(sections);
        if (kind == EditionKind.Published && transform is null)
        {
            throw new ArgumentNullException(nameof(transform), "The published edition needs the pseudonymiser");
        }

        var apply = kind == EditionKind.Restricted || transform is null ? (string s) => s : transform;
        var blocks = kind switch
        {
            EditionKind.Restricted or EditionKind.Published => FullReport(sections),
            EditionKind.PractitionerBriefing => Briefing(sections),
            EditionKind.FamilySummary => Family(sections),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        var subtitle = $"{EditionName(kind)}, from {versionLabel.Trim()}";
        return new ReportDocument(
            apply(reviewTitle.Trim()),
            apply(subtitle),
            kind,
            versionLabel.Trim(),
            kind == EditionKind.Restricted ? RestrictedMarking : null,
            [.. blocks.Select(b => Transform(b, apply))]);
    }

    /// <summary>The edition's name as its subtitle gives it.</summary>
    public static string EditionName(EditionKind kind) => kind switch
    {
        EditionKind.Restricted => "Restricted edition for the Board",
        EditionKind.Published => "Published edition",
        EditionKind.PractitionerBriefing => "Briefing for practitioners",
        EditionKind.FamilySummary => "A summary for the family",
        EditionKind.BoardResponse => "The Board's response",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Every report section with text, each under its heading; family-summary and briefing sections left out.</summary>
    private static List<ReportBlock> FullReport(IReadOnlyList<ComposedSection> sections)
    {
        var blocks = new List<ReportBlock>();
        foreach (var section in sections.Where(s => s.Definition.Use == SectionUse.Report))
        {
            AddSection(blocks, section);
        }

        return blocks;
    }

    private static List<ReportBlock> Family(IReadOnlyList<ComposedSection> sections)
    {
        var blocks = new List<ReportBlock> { new ReportParagraph(FamilyIntroduction) };
        foreach (var section in sections.Where(s => s.Definition.Use == SectionUse.FamilySummary))
        {
            AddSection(blocks, section);
        }

        return blocks;
    }

    private static void AddSection(List<ReportBlock> blocks, ComposedSection section)
    {
        var parsed = SectionText.Parse(section.Text);
        if (parsed.Count > 0)
        {
            blocks.Add(new ReportHeading(1, section.Definition.Heading));
            blocks.AddRange(parsed);
        }
    }

    internal static ReportBlock Transform(ReportBlock block, Func<string, string> apply) => block switch
    {
        ReportHeading h => h with { Text = apply(h.Text) },
        ReportParagraph p => p with { Text = apply(p.Text) },
        ReportList l => l with { Items = [.. l.Items.Select(apply)] },
        ReportTable t => t with
        {
            Caption = apply(t.Caption),
            Header = [.. t.Header.Select(apply)],
            Rows = [.. t.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(apply)])],
        },
        _ => block,
    };

    private static int Words(string text) => WordPattern().Count(text);

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordPattern();
}
