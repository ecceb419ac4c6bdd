using Lantern.Core.Information;
using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

/// <summary>One row of the fictional case as an agency sent it, with the real event it records.</summary>
/// <param name="Event">The real event: rows with the same label record the same event (the answer key); null for an event only this row records.</param>
public sealed record CaseRow(string Agency, DateOnly Date, TimeOnly? Time, string Words, string Description, string? Event);

/// <summary>
/// A fictional case for measuring duplicate proposals (docs/duplicate-proposals.md): seven agencies' chronologies
/// of nine months in the life of a family, as they would send them. Every name is made up.
/// <para>
/// Most rows are ordinary contacts that name the child, many of them the same kind of contact by two agencies on
/// the same or the next day (two home visits, two calls to the mother) that are different events. The real
/// duplicates are the answer key: meetings recorded by several agencies in their own words and on slightly
/// different dates, one agency recording a meeting twice, a conference cancelled and recorded by two agencies,
/// and a few contacts two agencies really shared (a joint home visit, a call between two practitioners, a
/// hospital attendance the health visitor was told of the same day).
/// </para>
/// </summary>
public static partial class DuplicateCaseFixture
{
    public const string Police = "Northvale Police";
    public const string SocialCare = "Northvale Children's Social Care";
    public const string HealthVisiting = "Northvale Health Visiting";
    public const string Gp = "Elm Road Surgery";
    public const string School = "St Cuthbert's Primary";
    public const string Hospital = "Northvale General Hospital";
    public const string Housing = "Northvale Homes";

    public static readonly string[] Agencies = [Police, SocialCare, HealthVisiting, Gp, School, Hospital, Housing];

    /// <summary>The family and practitioners, with the words that name each in the records.</summary>
    public static readonly (string Key, string[] Words)[] People =
    [
        ("child", ["Ruby", "Ruby Tallis", "RT"]),
        ("mother", ["Kerry", "Kerry Tallis", "Ms Tallis", "KT"]),
        ("partner", ["Dean", "Dean Moult", "Mr Moult", "DM"]),
        ("baby", ["Alfie", "Alfie Tallis"]),
        ("social worker", ["Priya", "Priya Nandra", "SW Nandra"]),
        ("health visitor", ["Gemma", "Gemma Cole", "HV Cole"]),
        ("teacher", ["Mr Hartley", "Hartley"]),
        ("gp", ["Dr Osei", "Osei"]),
        ("officer", ["PC Ward", "Ward"]),
        ("housing officer", ["Lena", "Lena Fisk"]),
    ];

    private static readonly DateOnly Start = new(2024, 1, 8);

    public static IReadOnlyList<CaseRow> Rows()
    {
        var random = new Random(14);
        var rows = new List<CaseRow>();
        Meetings(rows);
        SharedContacts(rows);
        OrdinaryContacts(rows, random);
        return rows;
    }

    private static DateOnly Day(int n) => Start.AddDays(n);

    private static TimeOnly At(int hour, int minute) => new(hour, minute);

    private static void Meetings(List<CaseRow> rows)
    {
        void Add(string agency, int day, TimeOnly? time, string words, string description, string? meeting) =>
            rows.Add(new CaseRow(agency, Day(day), time, words, description, meeting));

        // The strategy discussion after the bruise: the police enter it the next morning.
        Add(SocialCare, 23, At(14, 0), "Strategy discussion", "Strategy discussion chaired by team manager. Police, health and school present. Agreed threshold met for s47 enquiry, joint visit today.", "strategy");
        Add(Police, 24, At(9, 15), "Strat disc", "Strategy discussion with CSC yesterday afternoon re bruising to Ruby's arm. Joint visit agreed with SW Nandra.", "strategy");
        Add(HealthVisiting, 23, null, "Strategy meeting", "Attended strategy meeting by phone. Shared HV records: missed contacts and concerns about Kerry's mood.", "strategy");
        Add(School, 23, null, "Strategy meeting", "DSL joined strategy meeting on Teams. Shared attendance (84%) and the bruise seen by Mr Hartley.", "strategy");

        // The initial conference: social care records it twice (the day, and the minutes a day later); the GP dates it by the letter.
        Add(SocialCare, 44, At(10, 0), "ICPC", "Initial child protection conference. Ruby and Alfie made subject to CP plans under category of neglect.", "icpc");
        Add(SocialCare, 45, null, "Initial child protection conference", "Minutes of ICPC circulated. Plans for Ruby and Alfie: neglect. First core group within 10 working days.", "icpc");
        Add(HealthVisiting, 44, null, "Initial CP conference", "Attended ICPC with report. Outcome CP plan for both children, neglect.", "icpc");
        Add(School, 44, null, "Case conference", "DSL attended initial case conference. Ruby on a child protection plan.", "icpc");
        Add(Gp, 45, null, "CP conference", "Letter: initial child protection conference held yesterday, GP report sent, not able to attend. Children on CP plans.", "icpc");
        Add(Police, 44, null, "Case conference", "Police report submitted to initial case conference; DC unable to attend.", "icpc");

        // Core groups, roughly monthly, each recorded by three or four agencies; social care also keeps the minutes as a second record of two of them.
        var coreGroups = new[] { 53, 81, 109, 137, 172, 200 };
        for (var i = 0; i < coreGroups.Length; i++)
        {
            var day = coreGroups[i];
            var name = $"core group {i + 1}";
            Add(SocialCare, day, At(13, 30), i % 2 == 0 ? "Core group meeting" : "CGM", $"Core group {i + 1} held at the family centre. Plan reviewed; Kerry attended, Dean did not.", name);
            Add(HealthVisiting, day + (i == 2 ? 1 : 0), null, "Core group", $"Core group attended. Alfie's weight discussed; HV to continue fortnightly visits.", name);
            Add(School, day, null, i % 3 == 0 ? "Core group meeting" : "Core grp", $"Core group at the family centre. Ruby's attendance and lateness reported by DSL.", name);
            if (i is 1 or 4)
            {
                Add(Housing, day - 1, null, "Core group", "Housing officer Lena Fisk invited to core group; attended to discuss damp and rent arrears.", name);
            }

            if (i is 0 or 3)
            {
                Add(SocialCare, day + 1, null, "Core group meeting", $"Core group minutes typed and sent to members. Actions carried forward.", name);
            }
        }

        // The review conference is cancelled (the chair is ill) and held two weeks later.
        Add(SocialCare, 150, null, "RCPC - cancelled", "Review child protection conference cancelled on the day as chair unwell. To be rebooked.", "rcpc cancelled");
        Add(School, 150, null, "Review case conference postponed", "DSL informed the review conference for Ruby is postponed. New date to follow.", "rcpc cancelled");
        Add(SocialCare, 164, At(10, 0), "RCPC", "Review child protection conference. Plans continue for Ruby and Alfie; some progress with home conditions.", "rcpc");
        Add(HealthVisiting, 164, null, "Review CP conference", "Attended RCPC. Report shared: Alfie gaining weight, immunisations up to date.", "rcpc");
        Add(School, 164, null, "Case conference", "Review conference attended by DSL. Attendance improved to 91%.", "rcpc");
        Add(Gp, 165, null, "RCPC", "Review conference report requested and sent. Not able to attend.", "rcpc");

        // A professionals meeting before the summer holiday, recorded by three agencies.
        Add(SocialCare, 186, null, "Professionals meeting", "Professionals meeting to plan summer support: holiday club place for Ruby agreed.", "professionals");
        Add(School, 186, null, "Professionals meeting", "Professionals meeting re summer. School to fund holiday club.", "professionals");
        Add(HealthVisiting, 187, null, "Multi-agency meeting", "Professionals meeting yesterday (unable to attend); update by email from SW.", "professionals");

        // A MARAC after the second domestic incident.
        Add(Police, 120, null, "MARAC", "Case heard at MARAC. Actions: flag address, IDVA to contact Kerry.", "marac");
        Add(SocialCare, 120, null, "MARAC", "MARAC held. SW to share safety plan with school.", "marac");
        Add(HealthVisiting, 121, null, "MARAC", "MARAC research submitted; outcome received next day.", "marac");

        // A discharge planning meeting for Alfie on the ward: the hospital alone records it, the day after the school's professionals meeting about Ruby.
        Add(Hospital, 96, null, "Discharge planning meeting", "Discharge planning meeting on the ward for Alfie; community nurse and HV invited.", null);
        Add(School, 95, null, "Team around the family meeting", "TAF meeting in school with Kerry about Ruby's lateness and uniform.", null);
    }

    private static void SharedContacts(List<CaseRow> rows)
    {
        void Add(string agency, int day, TimeOnly? time, string words, string description, string contact) =>
            rows.Add(new CaseRow(agency, Day(day), time, words, description, contact));

        // The bruise: the teacher's call to social care, recorded by both.
        Add(School, 22, At(15, 40), "Phone call", "DSL phoned the MASH about a bruise on Ruby's upper arm seen in PE; Ruby said Dean grabbed her.", "bruise call");
        Add(SocialCare, 22, At(15, 52), "Telephone call", "Call from DSL at St Cuthbert's: bruise to Ruby's upper arm noticed in PE, Ruby said Dean grabbed her arm.", "bruise call");

        // The joint visit after the strategy discussion.
        Add(Police, 23, At(17, 30), "Joint home visit", "Joint visit with CSC under s47. Ruby seen alone, bruise photographed. Dean not present. Kerry cooperative.", "joint visit");
        Add(SocialCare, 23, At(17, 45), "Home visit", "Joint home visit with PC Ward (s47). Ruby seen alone and bruise photographed. Kerry cooperative, Dean out.", "joint visit");

        // A call between the health visitor and the social worker about Alfie's weight.
        Add(HealthVisiting, 61, At(11, 5), "Telephone contact", "Telephone call to SW Nandra: Alfie's weight has dropped below the 2nd centile, GP review requested.", "weight call");
        Add(SocialCare, 61, At(11, 20), "Phone call", "Call from HV Cole: Alfie's weight dropped below 2nd centile. HV asked GP to review.", "weight call");

        // Alfie's hospital attendance; the health visitor learns of it from the ward the same day and notes it as the same attendance.
        Add(Hospital, 94, At(2, 10), "ED attendance", "Alfie brought to ED by Kerry with high temperature and vomiting. Admitted to children's ward.", "admission");
        Add(HealthVisiting, 94, null, "Hospital attendance", "Notified by children's ward: Alfie admitted via ED with temperature and vomiting.", "admission");

        // The housing officer's visit with the social worker about the damp.
        Add(Housing, 102, At(10, 0), "Home visit", "Joint visit with SW to inspect damp and mould in the children's bedroom. Repairs to be ordered.", "damp visit");
        Add(SocialCare, 102, At(10, 15), "Home visit", "Visited with housing officer Lena Fisk to see the damp and mould in the children's bedroom; repairs to be ordered.", "damp visit");

        // The second domestic incident, recorded by the police in the night and entered by social care the next morning as the same call-out.
        Add(Police, 118, At(23, 40), "Domestic incident", "Domestic incident at the address. Dean arrested for assault on Kerry. Ruby and Alfie present, upstairs.", "incident 2");
        Add(SocialCare, 119, null, "Police call-out", "Police attended the address last night: domestic incident, Dean arrested for assault on Kerry, Ruby and Alfie upstairs.", "incident 2");

        // An appointment the health visitor attended with the family at the surgery.
        Add(Gp, 130, At(9, 20), "GP appointment", "Alfie seen with HV present for weight review. Weight now on the 9th centile. Kerry reports better sleep.", "weight review");
        Add(HealthVisiting, 130, At(9, 20), "Appointment", "Joined GP weight review at surgery: Alfie now on the 9th centile. Kerry sleeping better.", "weight review");
    }

    public static (List<EntryFacts> Facts, Dictionary<Guid, CaseRow> Rows) Facts(IReadOnlyList<CaseRow> rows)
    {
        var agencyIds = Agencies.ToDictionary(a => a, _ => Guid.NewGuid());
        var personIds = People.ToDictionary(p => p.Key, _ => Guid.NewGuid());
        var facts = new List<EntryFacts>();
        var byId = new Dictionary<Guid, CaseRow>();
        foreach (var row in rows)
        {
            var agency = agencyIds[row.Agency];
            var type = EventTypeVocabulary.BuiltIn.Resolve(agency, row.Words)
                ?? EventTypeVocabulary.BuiltIn.Resolve(agency, MeetingTypes.WithoutStatus(row.Words))
                ?? row.Words;
            var words = DescriptionWords.Words(row.Description).ToHashSet(StringComparer.Ordinal);
            var linked = People.Where(p => p.Words.Any(w => DescriptionWords.Words(w).All(words.Contains) && DescriptionWords.Words(w).Any())).ToList();
            var names = linked.SelectMany(p => p.Words).ToList();
            var entry = new EntryFacts(Guid.NewGuid(), agency, Guid.NewGuid(), row.Date, type, linked.Select(p => personIds[p.Key]).ToList(), false, row.Time, row.Description, names);
            facts.Add(entry);
            byId[entry.Id] = row;
        }

        return (facts, byId);
    }
}
