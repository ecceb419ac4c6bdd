using System.Text;
using Lantern.Core.Disclosure;
using Lantern.Core.Information;
using Lantern.Core.Information.Merging;

namespace Lantern.Core.Reports;

/// <summary>
/// Writes a report's text for the published edition: every registered person's name in pseudonym, dates of birth,
/// addresses and the review's identifying details replaced, and exact dates softened as the date policy says. Built
/// once per edition from the register, then one pass over each paragraph. Rules, safety first (no form of a
/// registered name may remain), in the order they claim the text:
/// 1. Dates of birth in any form agencies write them, with a label before them ("DOB 12/03/19"), become
///    "[date of birth removed]"; registered addresses and postcodes, however written, "[address removed]".
/// 2. Identifying details (a named school, a rare condition) become their replacement, longest first.
/// 3. Exact dates ("14 March 2023", "14/03/2023", "Tuesday 14 March 2023") follow the <see cref="DatePolicy"/>; "on"
///    before a date goes with it ("on 14 March 2023" is "in March 2023" or "when Child Q was 2 years old"). A day and
///    month without a year ("14th March") takes the year of the last full date before it in the same text, or becomes
///    the month alone.
/// 4. Names (<see cref="FindNames"/>): full names, each word of a name alone, aliases and spelling variants, hyphenated
///    parts, initials in capitals, in any case, accents folded, split across a line break, with a title before them
///    ("Mrs Marsh") taken in, and possessives kept ("James'" is "Father's").
/// A replacement that starts a sentence is given a capital. People not on the register are not found: the edition
/// still needs reading, and the disclosure check still runs on it.
/// </summary>
public sealed partial class ReportPseudonymiser
{
    /// <summary>What replaces a registered date of birth.</summary>
    public const string DateOfBirthRemoved = "[date of birth removed]";

    /// <summary>What replaces a registered address or postcode.</summary>
    public const string AddressRemoved = "[address removed]";

    /// <summary>What replaces a name two or more people share when the text does not say which of them it is, and the
    /// name of someone without a pseudonym (see <see cref="Blockers"/>).</summary>
    public const string UnresolvedName = PseudonymText.SharedMarker;

    private readonly List<Person> people;
    private readonly DatePolicy datePolicy;
    private readonly (string Pseudonym, DateOnly Born)? subject;

    public ReportPseudonymiser(IEnumerable<Person> people, IEnumerable<IdentifyingDetail>? details = null, DatePolicy datePolicy = DatePolicy.MonthAndYear)
    {
        this.people = [.. people];
        this.datePolicy = datePolicy;
        var subjects = this.people.Where(p => p.Category == PersonCategory.Subject).ToList();
        if (subjects.FirstOrDefault(s => s.DateOfBirth is not null) is { DateOfBirth: { } born } child)
        {
            subject = (PseudonymOf(this.people.IndexOf(child)), born);
        }

        RegisterNames();
        RegisterFacts(details ?? []);
    }

    /// <summary>The people who must be given a pseudonym before the published edition can be made, with a message for
    /// the writer naming each by category and real name.</summary>
    public static IReadOnlyList<PseudonymBlocker> Blockers(IEnumerable<Person> people) =>
        [.. people.Where(p => string.IsNullOrWhiteSpace(p.Pseudonym)).Select(p => new PseudonymBlocker(p.Id, p.Category, p.RealName,
            $"{p.Category.ShortName()}: {(string.IsNullOrWhiteSpace(p.RealName) ? "a person with no name recorded" : p.RealName.Trim())} has no pseudonym. Give them one on the people page before the published edition is made."))];

    /// <summary>The text with every registered name, date of birth, address and identifying detail replaced, and exact
    /// dates written as the date policy says.</summary>
    public PseudonymisedText Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new PseudonymisedText(text ?? string.Empty, []);
        }

        var found = new List<Found>();
        Claim(found, FindFacts(text));
        Claim(found, FindDetails(text, found));
        Claim(found, FindDates(text, found));
        Claim(found, FindNames(text, found));
        var spans = Merge(text, found.Where(f => f.Text is not null).OrderBy(f => f.Start).ToList());

        var output = new StringBuilder(text.Length);
        var replacements = new List<Replacement>(spans.Count);
        var copied = 0;
        foreach (var span in spans)
        {
            var replacement = AtSentenceStart(text, span.Start) && span.Text!.Length > 0 && char.IsLower(span.Text[0])
                ? char.ToUpperInvariant(span.Text[0]) + span.Text[1..]
                : span.Text!;
            output.Append(text, copied, span.Start - copied).Append(replacement);
            copied = span.End;
            replacements.Add(new Replacement(span.Start, span.End - span.Start, text[span.Start..span.End], replacement, span.Rule,
                span.PersonId, span.Detail, span.Note));
        }

        return new PseudonymisedText(output.Append(text, copied, text.Length - copied).ToString(), replacements);
    }

    /// <summary>A stretch of text claimed by a rule; a null text keeps it as written (dates under
    /// <see cref="DatePolicy.Keep"/>) while no later rule may read inside it.</summary>
    private sealed record Found(int Start, int End, string? Text, ReplacementRule Rule, Guid? PersonId = null,
        IdentifyingDetail? Detail = null, string? Note = null, int Person = -1);

    private static void Claim(List<Found> found, IEnumerable<Found> candidates)
    {
        foreach (var candidate in candidates.ToList())
        {
            if (IsFree(found, candidate.Start, candidate.End))
            {
                found.Add(candidate);
            }
        }
    }

    private static bool IsFree(List<Found> found, int start, int end) => !found.Exists(f => start < f.End && f.Start < end);

    private string PseudonymOf(int person) =>
        string.IsNullOrWhiteSpace(people[person].Pseudonym) ? UnresolvedName : people[person].Pseudonym.Trim();

    /// <summary>Two names of the same person with only spaces between become one ("Kay Marsh" where "Kay" is an alias
    /// and "Marsh" the surname): "Mother", not "Mother Mother".</summary>
    private List<Found> Merge(string text, List<Found> spans)
    {
        var merged = new List<Found>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && merged[^1] is { Person: >= 0 } previous && previous.Person == span.Person && IsName(previous.Rule)
                && IsName(span.Rule) && previous.Text == PseudonymOf(previous.Person) && string.IsNullOrWhiteSpace(text[previous.End..span.Start]))
            {
                merged[^1] = previous with { End = span.End, Text = span.Text, Rule = ReplacementRule.FullName };
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private static bool IsName(ReplacementRule rule) => rule is ReplacementRule.FullName or ReplacementRule.FirstName
        or ReplacementRule.MiddleName or ReplacementRule.Surname or ReplacementRule.Alias or ReplacementRule.Initials;

    /// <summary>Whether only spaces, opening quotes or brackets lie between the start of a sentence (or of the text, or
    /// of a line) and <paramref name="at"/>.</summary>
    private static bool AtSentenceStart(string text, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '.' or '!' or '?')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) && c is not ('"' or '\u201C' or '\'' or '\u2018' or '(' or '['))
            {
                return false;
            }
        }

        return true;
    }
}
