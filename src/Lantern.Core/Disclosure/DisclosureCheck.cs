namespace Lantern.Core.Disclosure;

/// <summary>
/// The disclosure-risk check: finds what in a text could identify the family a review is about, from the review's
/// own register (names, nicknames, initials, dates of birth, addresses, identifying details) and from the shape of
/// identifiers anyone can recognise (postcodes, NHS and National Insurance numbers, phone numbers, email addresses,
/// exact dates, street addresses, ages given with an exact date). Rules and limits: docs/disclosure-check.md.
///
/// Built once for a register, then one pass over each paragraph: its words are read and folded once, and every
/// registered name, address and detail is looked up by its words in one tree (longest first), so the time hardly
/// grows with the size of the register. Near misspellings are looked up in an index of names with one letter
/// deleted. A few compiled patterns find the rest. A built check holds no state between scans: one may be shared.
/// </summary>
public sealed partial class DisclosureCheck
{
    private readonly List<DisclosurePerson> people;
    private readonly List<IdentifyingDetail> details;
    private readonly RegisteredFacts facts = new();

    public DisclosureCheck(IEnumerable<DisclosurePerson> people, IEnumerable<IdentifyingDetail>? details = null)
    {
        this.people = people.ToList();
        this.details = details?.ToList() ?? [];
        vocabularyLookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        fuzzyLookup = fuzzy.GetAlternateLookup<ReadOnlySpan<char>>();
        nodes.Add(null);
        Register();
    }

    /// <summary>Every hit in the document, in order of paragraph and place, none overlapping another.</summary>
    public IReadOnlyList<DisclosureHit> Scan(DisclosureDocument document)
    {
        var scratch = new Scratch();
        var generic = FindGeneric(document, out var starts);
        var next = 0;
        var hits = new List<DisclosureHit>();
        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            var text = document.Paragraphs[p].Text;
            scratch.Candidates.Clear();
            for (; next < generic.Count && generic[next].Start < starts[p] + text.Length; next++)
            {
                scratch.Candidates.Add(generic[next] with { Start = generic[next].Start - starts[p], End = generic[next].End - starts[p] });
            }

            if (text.Length == 0)
            {
                continue;
            }

            scratch.Tokens.Read(text);
            FindNames(scratch.Tokens, scratch.Candidates);
            Select(p, text, scratch.Candidates, hits);
        }

        return hits;
    }

    /// <summary>The generic identifiers of the whole document, read in one go (each pattern runs once, not once per
    /// paragraph) with paragraphs kept apart by a character no pattern reads across; in order of place in the whole.</summary>
    private List<Candidate> FindGeneric(DisclosureDocument document, out int[] starts)
    {
        starts = new int[document.Paragraphs.Count];
        var builder = new System.Text.StringBuilder();
        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            starts[p] = builder.Length;
            builder.Append(document.Paragraphs[p].Text).Append(GenericIdentifiers.ParagraphBreak);
        }

        var found = new List<Candidate>();
        GenericIdentifiers.Find(builder.ToString(), facts, [], found);
        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Every hit in plain text or Markdown (see <see cref="DisclosureDocument.FromText"/>).</summary>
    public IReadOnlyList<DisclosureHit> Scan(string text) => Scan(DisclosureDocument.FromText(text));

    /// <summary>Keeps the candidates that matter most where they overlap: higher severity first, then the longer, then
    /// the registered rule over the generic one; then in order of place.</summary>
    private static void Select(int paragraph, string text, List<Candidate> candidates, List<DisclosureHit> hits)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        candidates.Sort(static (a, b) =>
            a.Severity != b.Severity ? b.Severity.CompareTo(a.Severity)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Registered != b.Registered ? b.Registered.CompareTo(a.Registered)
            : a.Start.CompareTo(b.Start));
        var kept = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            if (!kept.Exists(k => candidate.Start < k.End && k.Start < candidate.End))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        foreach (var c in kept)
        {
            hits.Add(new DisclosureHit(paragraph, c.Start, c.Length, text[c.Start..c.End], c.Rule, c.Severity, c.Suggestion, c.Why));
        }
    }

    /// <summary>What one scan reuses from paragraph to paragraph.</summary>
    private sealed class Scratch
    {
        public TextTokens Tokens { get; } = new();

        public List<Candidate> Candidates { get; } = [];
    }
}
