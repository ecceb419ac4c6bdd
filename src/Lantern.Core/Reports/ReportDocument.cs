namespace Lantern.Core.Reports;

/// <summary>The audiences a report version is written out for.</summary>
public enum EditionKind
{
    /// <summary>For the Board: real names allowed, marked as restricted on every page.</summary>
    Restricted,

    /// <summary>For publication: pseudonyms only, professionals by role, exact dates softened.</summary>
    Published,

    /// <summary>One or two pages for practitioners: the findings in short, questions for teams, what to do differently.</summary>
    PractitionerBriefing,

    /// <summary>A plain-language summary for the family.</summary>
    FamilySummary,

    /// <summary>The Board's written answer to the findings of the version presented to it, for publication beside the
    /// report: built from the Board's response, not from the report's sections.</summary>
    BoardResponse,
}

/// <summary>
/// An edition laid out for writing to a file (DOCX, HTML, PDF) and for the disclosure check: a title, what it came
/// from, a marking shown on every page, and blocks in reading order. It carries text only, never markup, so every
/// writer escapes for its own format.
/// </summary>
public sealed record ReportDocument(
    string Title,
    string Subtitle,
    EditionKind Kind,
    string VersionLabel,
    string? Marking,
    IReadOnlyList<ReportBlock> Blocks,
    string Language = "en-GB");

/// <summary>One block of an edition.</summary>
public abstract record ReportBlock;

/// <summary>A heading: level 1 for a section, 2 and 3 beneath it.</summary>
public sealed record ReportHeading(int Level, string Text) : ReportBlock;

/// <summary>A paragraph of prose.</summary>
public sealed record ReportParagraph(string Text) : ReportBlock;

/// <summary>A bulleted (or numbered) list.</summary>
public sealed record ReportList(IReadOnlyList<string> Items, bool Numbered = false) : ReportBlock;

/// <summary>A table with one header row.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

public static class ReportDocuments
{
    /// <summary>Every piece of text in reading order (title, headings, paragraphs, list items, table cells), one
    /// entry per paragraph as a reader would see it: what the disclosure check scans.</summary>
    public static IEnumerable<string> Paragraphs(ReportDocument document)
    {
        yield return document.Title;
        yield return document.Subtitle;
        if (document.Marking is { } marking)
        {
            yield return marking;
        }

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    yield return h.Text;
                    break;
                case ReportParagraph p:
                    yield return p.Text;
                    break;
                case ReportList l:
                    foreach (var item in l.Items)
                    {
                        yield return item;
                    }

                    break;
                case ReportTable t:
                    yield return t.Caption;
                    foreach (var cell in t.Header)
                    {
                        yield return cell;
                    }

                    foreach (var row in t.Rows)
                    {
                        foreach (var cell in row)
                        {
                            yield return cell;
                        }
                    }

                    break;
            }
        }
    }
}
