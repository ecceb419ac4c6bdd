using Lantern.Core.Reports;

namespace Lantern.Web.Tests.ReportFiles;

/// <summary>
/// Editions of a made-up review, written the way reviewers really type: curly and straight quotes, ampersands, a
/// pasted line break and tab, accents, a Welsh place name, an emoji pasted from a chat, a long table. Every person
/// and place is invented.
/// </summary>
internal static class ReportFixtures
{
    public const string Marking = "Restricted: contains real names – do not forward outside the Board";

    public static ReportDocument Restricted(string language = "en-GB") => new(
        "Safeguarding practice review: Kacper (aged 6)",
        "Wrexford & Dunmore Safeguarding Partnership — report to the Board",
        EditionKind.Restricted,
        "0.7 (draft for the Board, 3 December 2026)",
        Marking,
        Blocks(),
        language);

    public static ReportDocument Published() => Restricted() with
    {
        Title = "Safeguarding practice review: Child K",
        Kind = EditionKind.Published,
        Marking = null,
        VersionLabel = "1.0",
    };

    public static List<ReportBlock> Blocks() =>
    [
        new ReportHeading(1, "1. Why this review was held"),
        new ReportParagraph("Kacper Nowak-Ellis was taken to Wrexford General's children's ward on 14 March 2025 with a broken wrist that nobody could explain. The partnership's rapid review met 9 days later & agreed that a local review would help agencies learn."),
        new ReportParagraph("The terms of reference asked three questions:\n(a) how agencies shared what they knew;\n(b) whether Kacper's own voice was heard;\n(c) what got in the way.\tThe panel agreed them on 2 May."),
        new ReportHeading(2, "1.1 The family"),
        new ReportParagraph("Kacper lives with his mother, Agnieszka, and her partner \"Dai\" Pritchard at a flat in Llanfair Road. His grandmother Zofia (Babcia) helps most weekends 😊."),
        new ReportList(["Agnieszka Nowak, mother (aged 29)", "Dafydd 'Dai' Pritchard, mother's partner", "Zofia Nowak, maternal grandmother"]),
        new ReportHeading(1, "2. Key episodes"),
        new ReportHeading(2, "Episode 1: the school's first worry (September 2024)"),
        new ReportParagraph("Miss Rhiannon Lloyd-Owen, Kacper's class teacher, noticed bruising on his upper arm. She recorded it on the school's system; the designated safeguarding lead spoke to Agnieszka at pick-up, who said he'd fallen off a scooter. No referral was made — this was in line with the school's threshold at the time."),
        new ReportHeading(3, "What we learned"),
        new ReportList(["Schools in the area use three different recording systems.", "Pick-up conversations are rarely written down.", "Thresholds were read differently by each agency."], Numbered: true),
        new ReportTable(
            "Table 1: contacts with Kacper's family, September 2024 to March 2025",
            ["Date", "Agency", "What happened", "Shared with"],
            [
                ["12/09/2024", "Ysgol Bryn Derw (school)", "Bruise to upper arm recorded; mother spoken to", "Nobody"],
                ["03/11/2024", "Health visiting", "Missed appointment — 'no access' visit", "GP (by letter, 19 days later)"],
                ["21/01/2025", "Police", "Call about shouting at the flat at 23:40; no crime recorded", "Children's services (MASH)"],
                ["14/03/2025", "Wrexford General", "Fractured wrist, <unexplained>; child protection medical", "All agencies"],
            ]),
        new ReportHeading(1, "3. Findings"),
        new ReportParagraph("Finding 1 — information stayed where it was first written. Each agency held one piece; none held the picture."),
        new ReportList(["Does your team know who else might hold a piece of the picture?", "When did you last check what \"no access\" means in your agency's policy?"], Numbered: true),
        new ReportParagraph("Recommendations for the Board follow in section 4."),
        new ReportTable(
            "Table 2: recommendations and who owns them",
            ["No.", "Recommendation", "Owner"],
            [
                ["1", "Agree one shared threshold document & train every school's DSL on it by September 2026.", "Partnership business unit"],
                ["2", "Record \"no access\" visits as a contact, not a non-event.", "Health visiting service"],
            ]),
    ];
}
