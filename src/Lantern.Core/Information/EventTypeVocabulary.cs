using System.Text;

namespace Lantern.Core.Information;

/// <summary>
/// The words agencies commonly use for Lantern's event types, in our own list. It is versioned: when words are
/// added or moved the version goes up, and <see cref="EventTypeVocabulary"/> says which version mapped an entry.
/// A partnership extends it with <see cref="EventTypeMapping"/>s of its own. Words are matched by their
/// <see cref="EventTypeVocabulary.Key"/>, so "S.47 strategy discussion", "s47 strategy-discussion" and
/// "Section 47 Strategy Discussion" need only the forms that differ in words, not in punctuation.
/// </summary>
public static class EventTypeSynonyms
{
    /// <summary>The version of the built-in list below.</summary>
    public const int ListVersion = 2;

    /// <summary>Each type's other names, matched by key (case, accents, spacing and punctuation do not matter).
    /// Words that could mean several types ("contact", "note", "discussion", "review") are left out on purpose:
    /// a person maps them, per agency.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByType { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [EventTypes.StrategyDiscussion] =
        [
            "strategy meeting", "strategy discussion", "strategy", "strat disc", "strat discussion", "strat meeting", "strat mtg", "strategy mtg",
            "strategy call", "telephone strategy discussion", "virtual strategy meeting", "initial strategy discussion", "strategy discussion held",
            "s47 strategy discussion", "section 47 strategy discussion", "section 47 strategy meeting", "s47 strategy meeting", "s47 strategy mtg", "s47 strat disc",
            "s47 strat", "s47 strategy", "strategy discussion s47", "child protection strategy discussion", "cp strategy discussion",
            "cp strategy meeting", "mash strategy discussion", "mash strategy meeting", "multi agency strategy discussion", "strategy review meeting",
        ],
        [EventTypes.ChildProtectionConference] =
        [
            "cp conference", "cp conf", "cpc", "icpc", "rcpc", "child protection case conference", "case conference", "initial child protection conference",
            "review child protection conference", "initial child protection case conference", "review child protection case conference",
            "initial cp conference", "review cp conference", "initial cp conf", "review cp conf", "cp conf initial", "cp conf review", "cp review conference", "initial case conference",
            "review case conference", "transfer in conference", "transfer in cp conference", "transfer in child protection conference",
            "pre birth conference", "pre birth cp conference", "pre birth child protection conference", "initial conference", "review conference",
        ],
        [EventTypes.CoreGroupMeeting] =
        [
            "core group", "core group meeting", "cgm", "core grp", "core grp mtg", "core group mtg", "cp core group", "cp core group meeting",
            "first core group", "first core group meeting", "initial core group", "initial core group meeting", "core group review",
        ],
        [EventTypes.MultiAgencyMeeting] =
        [
            "professionals meeting", "professionals mtg", "profs meeting", "profs mtg", "professional meeting", "team around the family meeting",
            "team around the family", "taf meeting", "taf", "tac meeting", "tac", "team around the child meeting", "team around the child",
            "child in need meeting", "cin meeting", "cin mtg", "cin review", "child in need review", "cin review meeting", "marac", "mappa meeting",
            "mappa", "network meeting", "family network meeting", "multi agency meeting", "multi agency mtg", "multiagency meeting", "mdt meeting",
            "mdt", "multi disciplinary meeting", "discharge planning meeting", "legal planning meeting", "lpm", "plo meeting", "planning meeting",
            "looked after review", "cla review", "lac review", "mash meeting",
        ],
        [EventTypes.HomeVisit] =
        [
            "home visit", "hv", "h v", "visit to home", "visit to family home", "family home visit", "unannounced home visit", "announced home visit",
            "unannounced hv", "announced hv", "joint home visit", "joint hv", "new birth visit", "nbv", "no access visit", "nav", "sw home visit",
            "sw visit", "statutory visit", "cp visit", "statutory cp visit", "cin visit",
        ],
        [EventTypes.Appointment] =
        [
            "appointment", "appt", "clinic appointment", "clinic appt", "clinic", "gp appointment", "gp appt", "gp consultation", "was not brought",
            "wnb", "dna", "did not attend", "did not attend appointment", "missed appointment", "missed appt", "outpatient appointment",
            "outpatients", "opd appointment", "surgery consultation", "consultation", "antenatal appointment", "antenatal appt",
            "booking appointment", "immunisation appointment",
        ],
        [EventTypes.PhoneCall] =
        [
            "phone call", "telephone call", "tel call", "tel", "telephone contact", "call", "phone", "telephone", "t c", "tc", "call received",
            "call made", "telephone conversation", "phone conversation", "voicemail left",
        ],
        [EventTypes.Referral] =
        [
            "referral", "referral received", "referral made", "mash referral", "contact and referral", "re referral", "referral in", "referral out",
            "referral to csc", "referral to childrens social care", "referral to children s social care", "referral to children s services", "police referral", "ppn",
            "public protection notice",
        ],
        [EventTypes.Assessment] =
        [
            "assessment", "single assessment", "child and family assessment", "c and f assessment", "cfa", "parenting assessment", "pams assessment",
            "section 47 enquiry", "s47 enquiry", "s47 investigation", "section 47 investigation", "s47", "section 47", "mental health assessment",
            "risk assessment", "dash risk assessment", "dash", "early help assessment", "eha", "caf", "initial health assessment", "iha",
            "review health assessment", "rha", "core assessment", "initial assessment", "pre birth assessment",
        ],
        [EventTypes.HospitalAttendance] =
        [
            "hospital attendance", "a and e attendance", "a and e", "ed", "ed attendance", "ed presentation", "presented to ed", "emergency department",
            "emergency department attendance", "admission", "hospital admission", "admitted", "ward admission", "paeds admission",
            "paediatric admission", "hospital discharge", "minor injuries unit", "miu", "miu attendance", "urgent care", "urgent care attendance",
            "ucc attendance", "walk in centre",
        ],
        [EventTypes.PoliceCallOut] =
        [
            "police call out", "police callout", "police attendance", "police attended", "999 call", "999", "domestic incident",
            "domestic abuse incident", "domestic", "da incident", "dv incident", "police incident", "incident", "police visit", "welfare check",
            "concern for welfare", "arrest",
        ],
        [EventTypes.SchoolContact] =
        [
            "school contact", "school absence", "absence", "unauthorised absence", "attendance concern", "school attendance", "school meeting",
            "school visit", "nursery contact", "nursery visit", "dsl contact", "education welfare visit", "ewo visit",
            "exclusion", "fixed term exclusion", "school exclusion", "child missing education", "cme",
        ],
        [EventTypes.LetterOrEmail] =
        [
            "letter", "email", "e mail", "letter sent", "email sent", "letter received", "email received", "correspondence", "written correspondence",
        ],
    };
}

/// <summary>
/// Works out which Lantern event type an agency's words mean: a listed type's own name, then a mapping made
/// for that agency, then one made for the whole partnership, then the built-in synonyms (first the whole
/// words, then the words outside any brackets, so "CP Conf (Initial)" is a conference). Words that match none
/// stay unmapped (kept as written), to be listed for someone to map.
/// </summary>
public sealed class EventTypeVocabulary
{
    private readonly Dictionary<string, string> listed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> builtIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> partnership = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid Agency, string Key), string> agencies = [];

    public EventTypeVocabulary(IEnumerable<EventTypeMapping> mappings)
    {
        foreach (var type in EventTypes.All)
        {
            listed[Key(type.Name)] = type.Name;
        }

        foreach (var (type, words) in EventTypeSynonyms.ByType)
        {
            foreach (var word in words)
            {
                builtIn.TryAdd(Key(word), type);
            }
        }

        foreach (var mapping in mappings)
        {
            if (EventTypes.Find(mapping.TypeName) is not { } type)
            {
                continue;
            }

            if (mapping.AgencyId is { } agency)
            {
                agencies[(agency, Key(mapping.Words))] = type.Name;
            }
            else
            {
                partnership[Key(mapping.Words)] = type.Name;
            }
        }
    }

    /// <summary>Only the built-in list, with no partnership or agency mappings.</summary>
    public static EventTypeVocabulary BuiltIn { get; } = new([]);

    /// <summary>The Lantern type the agency's words mean, or null when nothing says.</summary>
    public string? Resolve(Guid agencyId, string? words)
    {
        var key = Key(words);
        if (key.Length == 0)
        {
            return null;
        }

        if (listed.TryGetValue(key, out var name))
        {
            return name;
        }

        if (agencies.TryGetValue((agencyId, key), out var forAgency))
        {
            return forAgency;
        }

        if (partnership.TryGetValue(key, out var forPartnership))
        {
            return forPartnership;
        }

        if (builtIn.TryGetValue(key, out var synonym))
        {
            return synonym;
        }

        // "CP Conf (Initial)", "Home visit [unannounced]": the words outside the brackets, when they are listed.
        var outside = Key(OutsideBrackets(words!));
        return outside.Length > 0 && outside != key ? listed.GetValueOrDefault(outside) ?? builtIn.GetValueOrDefault(outside) : null;
    }

    /// <summary>
    /// What agency words are matched by: folded (<see cref="Folding.Fold"/>), "&amp;" read as "and", other
    /// punctuation (full stops, hyphens, slashes, brackets, apostrophes) read as a space, a space put between
    /// letters and digits ("s47" and "S.47" both become "s 47"), letters written one by one joined again
    /// ("I.C.P.C." is "icpc", "H/V" is "hv") and spaces collapsed.
    /// </summary>
    public static string Key(string? words)
    {
        var folded = Folding.Fold(words);
        if (folded.Length == 0)
        {
            return folded;
        }

        var builder = new StringBuilder(folded.Length + 8);
        var previous = ' ';
        void Space()
        {
            if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        foreach (var c in folded)
        {
            if (c == '&')
            {
                Space();
                builder.Append("and ");
                previous = ' ';
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                Space();
                previous = ' ';
                continue;
            }

            if ((char.IsLetter(previous) && char.IsDigit(c)) || (char.IsDigit(previous) && char.IsLetter(c)))
            {
                builder.Append(' ');
            }

            builder.Append(c);
            previous = c;
        }

        return JoinSingleLetters(builder.ToString().Trim());
    }

    private static string JoinSingleLetters(string spaced)
    {
        var builder = new StringBuilder(spaced.Length);
        var lastWasLetter = false;
        foreach (var word in spaced.Split(' '))
        {
            var isLetter = word.Length == 1 && char.IsLetter(word[0]);
            if (builder.Length > 0 && !(isLetter && lastWasLetter))
            {
                builder.Append(' ');
            }

            builder.Append(word);
            lastWasLetter = isLetter;
        }

        return builder.ToString();
    }

    private static string OutsideBrackets(string words)
    {
        var builder = new StringBuilder(words.Length);
        var depth = 0;
        foreach (var c in words)
        {
            if (c is '(' or '[')
            {
                depth++;
                builder.Append(' ');
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
                builder.Append(' ');
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
