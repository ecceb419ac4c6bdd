using System.Text.RegularExpressions;

namespace Lantern.Core.Reports;

/// <summary>Whether a run of words is in both texts, only in the new one, or only in the old one.</summary>
public enum DiffRunKind
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>A run of text (words with the spaces between them) of one kind.</summary>
public sealed record DiffRun(DiffRunKind Kind, string Text);

/// <summary>A statement whose text changed, with the word-level difference from the old text to the new.</summary>
public sealed record ChangedStatement(SourceStatement Old, SourceStatement Now, IReadOnlyList<DiffRun> Runs);

/// <summary>How a section's source changed since the writer last worked from it.</summary>
public sealed record SourceChanges(
    IReadOnlyList<SourceStatement> Added,
    IReadOnlyList<SourceStatement> Removed,
    IReadOnlyList<ChangedStatement> Changed,
    bool Reordered)
{
    /// <summary>Whether anything the writer should look at changed.</summary>
    public bool Any => Added.Count > 0 || Removed.Count > 0 || Changed.Count > 0 || Reordered;
}

/// <summary>
/// What changed in the analysis behind a section since its text was written: statements added, removed and changed
/// (matched by key), with a word-level difference for each changed one, to show as "changed since this section was
/// written". It only reads the two sources; the writer's text is never touched.
/// </summary>
public static partial class SourceDiff
{
    /// <summary>Beyond this many word pairs the middle of a changed text is shown as one deletion and one insertion,
    /// so a pathological pair of long texts cannot take seconds or much memory (two texts of 10,000 characters, about
    /// 1,700 words each, are within it).</summary>
    public const long MaxCells = 4_000_000;

    public static SourceChanges Between(SectionSource old, SectionSource now)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(now);
        var before = Index(old.Statements);
        var after = Index(now.Statements);
        var added = now.Statements.Where(s => !before.ContainsKey(s.Key)).ToList();
        var removed = old.Statements.Where(s => !after.ContainsKey(s.Key)).ToList();
        var changed = now.Statements
            .Where(s => before.TryGetValue(s.Key, out var was) && !string.Equals(was.Text, s.Text, StringComparison.Ordinal))
            .Select(s => new ChangedStatement(before[s.Key], s, Words(before[s.Key].Text, s.Text)))
            .ToList();

        // Order matters to the reader (findings are in priority order), so a move is a change too.
        var keptOld = old.Statements.Where(s => after.ContainsKey(s.Key)).Select(s => s.Key);
        var keptNow = now.Statements.Where(s => before.ContainsKey(s.Key)).Select(s => s.Key);
        var reordered = !keptOld.SequenceEqual(keptNow, StringComparer.Ordinal);
        return new SourceChanges(added, removed, changed, reordered);
    }

    /// <summary>The word-level difference from <paramref name="old"/> to <paramref name="now"/>: runs in reading order,
    /// joining back to the old text (same and deleted runs) and to the new text (same and inserted runs). Words are
    /// matched on their own; a word kept with different spacing after it keeps the word and changes only the spaces.</summary>
    public static IReadOnlyList<DiffRun> Words(string old, string now)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(now);
        var (leadA, a) = Tokens(old);
        var (leadB, b) = Tokens(now);
        var runs = new List<DiffRun>();
        Spaces(runs, leadA, leadB);

        // Common start and end first: most edits touch a few words in the middle.
        var start = 0;
        while (start < a.Count && start < b.Count && a[start] == b[start])
        {
            start++;
        }

        var end = 0;
        while (end < a.Count - start && end < b.Count - start && a[^(end + 1)] == b[^(end + 1)])
        {
            end++;
        }

        Append(runs, DiffRunKind.Same, a.Take(start).Select(t => t.Word + t.Space));
        var midA = a.Skip(start).Take(a.Count - start - end).ToList();
        var midB = b.Skip(start).Take(b.Count - start - end).ToList();
        if ((long)midA.Count * midB.Count > MaxCells)
        {
            Append(runs, DiffRunKind.Deleted, midA.Select(t => t.Word + t.Space));
            Append(runs, DiffRunKind.Inserted, midB.Select(t => t.Word + t.Space));
        }
        else
        {
            Middle(runs, midA, midB);
        }

        Append(runs, DiffRunKind.Same, a.Skip(a.Count - end).Select(t => t.Word + t.Space));
        return Clustered(runs);
    }

    /// <summary>The longest common subsequence of the two middles' words, walked forward so deletions come before insertions.</summary>
    private static void Middle(List<DiffRun> runs, List<Token> a, List<Token> b)
    {
        var n = a.Count;
        var m = b.Count;
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i].Word == b[j].Word ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[x].Word == b[y].Word)
            {
                Append(runs, DiffRunKind.Same, [a[x].Word]);
                Spaces(runs, a[x++].Space, b[y++].Space);
            }
            else if (y >= m || (x < n && lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                Append(runs, DiffRunKind.Deleted, [a[x].Word + a[x++].Space]);
            }
            else
            {
                Append(runs, DiffRunKind.Inserted, [b[y].Word + b[y++].Space]);
            }
        }
    }

    /// <summary>The spaces after a kept word: the same, or the old deleted and the new inserted.</summary>
    private static void Spaces(List<DiffRun> runs, string old, string now)
    {
        if (old == now)
        {
            Append(runs, DiffRunKind.Same, [old]);
            return;
        }

        Append(runs, DiffRunKind.Deleted, [old]);
        Append(runs, DiffRunKind.Inserted, [now]);
    }

    /// <summary>Changes separated only by spaces read as one change: "a b" replaced by "x y" is one deletion and one
    /// insertion, not four runs with the spaces between them kept as "same".</summary>
    private static List<DiffRun> Clustered(List<DiffRun> runs)
    {
        var result = new List<DiffRun>();
        var i = 0;
        while (i < runs.Count)
        {
            if (runs[i].Kind == DiffRunKind.Same)
            {
                result.Add(runs[i++]);
                continue;
            }

            var deleted = new System.Text.StringBuilder();
            var inserted = new System.Text.StringBuilder();
            while (i < runs.Count)
            {
                var run = runs[i];
                if (run.Kind == DiffRunKind.Same)
                {
                    // Spaces between two changes join the cluster, on both sides; anything else ends it.
                    if (!string.IsNullOrWhiteSpace(run.Text) || i + 1 >= runs.Count || runs[i + 1].Kind == DiffRunKind.Same)
                    {
                        break;
                    }

                    deleted.Append(run.Text);
                    inserted.Append(run.Text);
                }
                else
                {
                    (run.Kind == DiffRunKind.Deleted ? deleted : inserted).Append(run.Text);
                }

                i++;
            }

            if (deleted.Length > 0)
            {
                result.Add(new DiffRun(DiffRunKind.Deleted, deleted.ToString()));
            }

            if (inserted.Length > 0)
            {
                result.Add(new DiffRun(DiffRunKind.Inserted, inserted.ToString()));
            }
        }

        return result;
    }

    /// <summary>The longest common subsequence of the two middles, walked forward so deletions come before insertions.</summary>
    private static void Middle(List<DiffRun> runs, List<string> a, List<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[x] == b[y])
            {
                Append(runs, DiffRunKind.Same, [a[x++]]);
                y++;
            }
            else if (y >= m || (x < n && lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                Append(runs, DiffRunKind.Deleted, [a[x++]]);
            }
            else
            {
                Append(runs, DiffRunKind.Inserted, [b[y++]]);
            }
        }
    }

    /// <summary>Adds text to the last run when it is of the same kind, otherwise starts a run; empty text adds nothing.</summary>
    private static void Append(List<DiffRun> runs, DiffRunKind kind, IEnumerable<string> texts)
    {
        foreach (var text in texts.Where(t => t.Length > 0))
        {
            if (runs.Count > 0 && runs[^1].Kind == kind)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
            }
            else
            {
                runs.Add(new DiffRun(kind, text));
            }
        }
    }

    /// <summary>A word and the spaces after it.</summary>
    private readonly record struct Token(string Word, string Space);

    /// <summary>The spaces before the first word, and each word with the spaces after it, so joining them gives the text
    /// back exactly. Matching on words alone halves the work against matching spaces as tokens of their own.</summary>
    private static (string Lead, List<Token> Tokens) Tokens(string text)
    {
        var lead = LeadingSpace().Match(text).Value;
        return (lead, [.. WordAndSpace().Matches(text).Select(m => new Token(m.Groups[1].Value, m.Groups[2].Value))]);
    }

    [GeneratedRegex(@"^\s*")]
    private static partial Regex LeadingSpace();

    [GeneratedRegex(@"(\S+)(\s*)")]
    private static partial Regex WordAndSpace();

    private static Dictionary<string, SourceStatement> Index(IReadOnlyList<SourceStatement> statements)
    {
        // A key should appear once; if a source ever repeats one, the first wins on both sides alike.
        var index = new Dictionary<string, SourceStatement>(StringComparer.Ordinal);
        foreach (var s in statements)
        {
            index.TryAdd(s.Key, s);
        }

        return index;
    }
}
