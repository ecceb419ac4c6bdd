
namespace Lantern.Core.Information;

/// <summary>
/// The words agencies commonly use for Lantern's event types, in our own list. It is versioned: when words are
/// added or moved the version goes up, and <see cref="EventTypeVocabulary"/> says which version mapped an entry.
/// A partnership extends it with <see cref="EventTypeMapping"/>s of its own.
/// </summary>
public static class EventTypeSynonyms
{
    /// <summary>The version of the built-in list below.</summary>
    public const int ListVersion = 1;

    /// <summary>Each type's other names, folded when looked up (case, accents and spacing do not matter).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByType { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [EventTypes.StrategyDiscussion] =
        [
            "strategy meeting", "strategy discussion", "strategy", "strat disc", "strategy call", "s47 strategy discussion",
            "section 47 strategy discussion", "s.47 strategy discussion", "section 47 strategy meeting", "s47 strategy meeting",
            "strategy discussion (s47)", "child protection strategy discussion", "mash strategy discussion",
        ],
        [EventTypes.ChildProtectionConference] =
        [
            "cp conference", "child protection case conference", "case conference", "icpc", "rcpc",
            "initial child protection conference", "review child protection conference", "initial cp conference", "review cp conference",
            "initial case conference", "review case conference", "cpc", "transfer in conference", "cp review conference",
        ],
        [EventTypes.CoreGroupMeeting] =
        [
            "core group", "core group meeting", "cgm", "core grp", "core group mtg", "cp core group",
        ],
        [EventTypes.MultiAgencyMeeting] =
        [
            "professionals meeting", "professionals' meeting", "team around the family meeting", "taf meeting", "tac meeting",
            "team around the child meeting", "child in need meeting", "cin meeting", "cin review", "marac", "mappa meeting",
            "network meeting", "multi agency meeting", "multi-agency meeting", "mdt meeting", "multi-disciplinary meeting",
            "discharge planning meeting", "legal planning meeting", "plo meeting",
        ],
        [EventTypes.HomeVisit] = ["home visit", "hv", "visit to home", "unannounced home visit", "announced home visit", "new birth visit", "joint home visit"],
        [EventTypes.Appointment] =
        [
            "appointment", "appt", "clinic appointment", "gp appointment", "was not brought", "wnb", "dna", "did not attend",
            "missed appointment", "outpatient appointment", "surgery consultation", "consultation",
        ],
        [EventTypes.PhoneCall] = ["phone call", "telephone call", "tel call", "telephone contact", "call", "phone", "telephone"],
        [EventTypes.Referral] = ["referral", "referral received", "referral made", "mash referral", "contact and referral", "re-referral"],
        [EventTypes.Assessment] =
        [
            "assessment", "single assessment", "child and family assessment", "c&f assessment", "parenting assessment",
            "section 47 enquiry", "s47 enquiry", "s47 investigation", "mental health assessment",
        ],
        [EventTypes.HospitalAttendance] =
        [
            "hospital attendance", "a&e attendance", "a&e", "ed attendance", "emergency department", "admission", "hospital admission",
            "ward admission", "minor injuries unit", "urgent care attendance",
        ],
        [EventTypes.PoliceCallOut] =
        [
            "police call-out", "police call out", "police attendance", "999 call", "domestic incident", "domestic abuse incident",
            "police incident", "incident", "police visit", "welfare check",
        ],
        [EventTypes.SchoolContact] =
        [
            "school contact", "school absence", "absence", "attendance concern", "school meeting", "nursery contact",
            "welfare concern", "dsl contact", "education welfare visit",
        ],
        [EventTypes.LetterOrEmail] = ["letter", "email", "e-mail", "letter sent", "email sent", "correspondence", "letter received"],
    };
}

/// <summary>
/// Works out which Lantern event type an agency's words mean: a listed type's own name, then a mapping made
/// for that agency, then one made for the whole partnership, then the built-in synonyms. Words that match none
/// stay unmapped (kept as written), to be listed for someone to map.
/// </summary>
public sealed class EventTypeVocabulary
{
    private readonly Dictionary<string, string> builtIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> partnership = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid Agency, string Key), string> agencies = [];

    public EventTypeVocabulary(IEnumerable<EventTypeMapping> mappings)
    {
        foreach (var type in EventTypes.All)
        {
            builtIn[Folding.Fold(type.Name)] = type.Name;
        }

        foreach (var (type, words) in EventTypeSynonyms.ByType)
        {
            foreach (var word in words)
            {
                builtIn.TryAdd(Folding.Fold(word), type);
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
                agencies[(agency, mapping.WordsKey)] = type.Name;
            }
            else
            {
                partnership[mapping.WordsKey] = type.Name;
            }
        }
    }

    /// <summary>Only the built-in list, with no partnership or agency mappings.</summary>
    public static EventTypeVocabulary BuiltIn { get; } = new([]);

    /// <summary>The Lantern type the agency's words mean, or null when nothing says.</summary>
    public string? Resolve(Guid agencyId, string? words)
    {
        var key = Folding.Fold(words);
        if (key.Length == 0)
        {
            return null;
        }

        if (EventTypes.Find(words) is { } listed)
        {
            return listed.Name;
        }

        if (agencies.TryGetValue((agencyId, key), out var forAgency))
        {
            return forAgency;
        }

        if (partnership.TryGetValue(key, out var forPartnership))
        {
            return forPartnership;
        }

        return builtIn.GetValueOrDefault(key);
    }
}
