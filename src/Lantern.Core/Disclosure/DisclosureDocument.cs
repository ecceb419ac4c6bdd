namespace Lantern.Core.Disclosure;

/// <summary>Where a place in a paragraph falls in the runs it was given as: the run's index and the offset in it.</summary>
public readonly record struct RunPosition(int Run, int Offset);

/// <summary>
/// One paragraph of the text to check, as the runs it was written in (a Word paragraph's formatting runs, or one run
/// for plain text). The check reads the runs joined, so a name split across two runs ("Kay" in bold, "leigh" not) is
/// read whole; a line break inside the paragraph is written as "\n" in a run.
/// </summary>
public sealed class DisclosureParagraph
{
    private readonly int[] runStarts;

    public DisclosureParagraph(IReadOnlyList<string> runs)
    {
        Runs = runs;
        runStarts = new int[runs.Count];
        var at = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            runStarts[i] = at;
            at += runs[i]?.Length ?? 0;
        }

        Text = string.Concat(runs);
    }

    public DisclosureParagraph(string text)
        : this([text])
    {
    }

    public IReadOnlyList<string> Runs { get; }

    /// <summary>The runs joined: offsets in hits count from its start.</summary>
    public string Text { get; }

    /// <summary>The run that holds the character at <paramref name="offset"/> of <see cref="Text"/>, and where in it
    /// (an offset at the very end falls at the end of the last run).</summary>
    public RunPosition Locate(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        if (runStarts.Length == 0)
        {
            return new RunPosition(0, 0);
        }

        var run = Array.BinarySearch(runStarts, offset);
        if (run < 0)
        {
            run = ~run - 1;
        }

        // Skip empty runs that start at the same place, so the offset lands in the run that holds the character.
        while (run < runStarts.Length - 1 && runStarts[run + 1] == offset && offset < Text.Length)
        {
            run++;
        }

        return new RunPosition(run, offset - runStarts[run]);
    }
}

/// <summary>The text to check: paragraphs in order. Hits give the paragraph's index (from 0) and the offset in it.</summary>
public sealed class DisclosureDocument(IReadOnlyList<DisclosureParagraph> paragraphs)
{
    public IReadOnlyList<DisclosureParagraph> Paragraphs { get; } = paragraphs;

    /// <summary>Plain text or Markdown: a blank line starts a new paragraph, a single line break stays inside one
    /// (so a name split over two lines is still read as one).</summary>
    public static DisclosureDocument FromText(string text)
    {
        var paragraphs = new List<DisclosureParagraph>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(new DisclosureParagraph(string.Join('\n', current)));
                    current.Clear();
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            paragraphs.Add(new DisclosureParagraph(string.Join('\n', current)));
        }

        return new DisclosureDocument(paragraphs);
    }

    /// <summary>One paragraph per string, each a single run.</summary>
    public static DisclosureDocument FromParagraphs(IEnumerable<string> paragraphs) =>
        new(paragraphs.Select(p => new DisclosureParagraph(p)).ToList());

    /// <summary>One paragraph per list of runs, as a Word document holds them.</summary>
    public static DisclosureDocument FromRuns(IEnumerable<IReadOnlyList<string>> paragraphs) =>
        new(paragraphs.Select(p => new DisclosureParagraph(p)).ToList());
}
