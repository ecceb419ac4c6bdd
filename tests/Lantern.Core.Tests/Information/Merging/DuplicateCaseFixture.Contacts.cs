using Lantern.Core.Information;
using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

/// <summary>The ordinary contacts of the fixture: visits, calls and appointments, with the few that are one event.</summary>
public static partial class DuplicateCaseFixture
{
    private static void OrdinaryContacts(List<CaseRow> rows, Random random)
    {
        string Pick(params string[] options) => options[random.Next(options.Length)];
        void Add(string agency, int day, TimeOnly? time, string words, string description) =>
            rows.Add(new CaseRow(agency, Day(day), time, words, description, null));
        TimeOnly? Sometimes(int hourFrom, int hourTo) => random.Next(3) == 0 ? null : At(random.Next(hourFrom, hourTo), random.Next(12) * 5);

        // School: attendance, lateness and welfare, two or three times a week in term.
        for (var day = 2; day < 230; day += random.Next(1, 3))
        {
            if (Day(day).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || day is > 180 and < 215)
            {
                continue;
            }

            Add(School, day, null, Pick("School contact", "Attendance concern", "Welfare concern", "Absence"), Pick(
                "Ruby late, arrived 9.25 with Kerry; no breakfast, given toast in the office.",
                "Ruby absent, no call from home. First-day call unanswered.",
                "Ruby tired and hungry in class, uniform unwashed. Spoke to Kerry at pick-up.",
                "Ruby collected late by Dean at 4pm, smelt of alcohol. Logged on CPOMS.",
                "Ruby upset at lunch, said mummy was crying last night.",
                "Attendance letter sent home; Ruby's attendance 86% this half term.",
                "Ruby happy today, joined in PE. Nothing to report.",
                "Head lice letter sent again; Ruby scratching in class.",
                "Ruby said she had no tea last night. Breakfast club place offered."));
        }

        // Social care: visits, calls and checks, weekly once the enquiry starts.
        for (var day = 24; day < 235; day += random.Next(3, 7))
        {
            Add(SocialCare, day, Sometimes(9, 17), Pick("Home visit", "Statutory visit", "Unannounced home visit"), Pick(
                "Statutory visit. Ruby seen and spoken to alone in her bedroom; said she feels safe. Home conditions poor, kitchen dirty.",
                "Unannounced visit. Kerry answered after some time. Alfie in his cot, nappy heavy. Ruby at school.",
                "CP visit. Dean present and hostile, refused to discuss the plan. Children seen.",
                "Visit to see the children. Home cleaner, new bed for Ruby. Kerry says she is taking her medication.",
                "No answer at the door; card left. Neighbour said the family went out."));
            if (random.Next(2) == 0)
            {
                Add(SocialCare, day + random.Next(1, 3), Sometimes(9, 17), Pick("Phone call", "Telephone call"), Pick(
                    "Call to Kerry to remind her of the core group. She said she will come.",
                    "Call to school for an attendance update on Ruby.",
                    "Tried to call Kerry twice, no answer. Text sent.",
                    "Call from Kerry asking for help with food; food bank voucher sent.",
                    "Call to GP surgery asking for Kerry's medication review date."));
            }
        }

        // Health visiting: fortnightly visits, calls, and clinic.
        for (var day = 5; day < 235; day += random.Next(10, 17))
        {
            Add(HealthVisiting, day, Sometimes(9, 16), Pick("Home visit", "HV", "New birth visit"), Pick(
                "Home visit. Alfie weighed: 6.1kg. Kerry tearful, low mood discussed, advised to see GP.",
                "Home visit. Alfie feeding well. Home cluttered, smoking indoors discussed.",
                "Visit: Alfie asleep, not disturbed. Kerry says Dean has moved out.",
                "Home visit. Ruby at home (off sick). Safe sleep advice repeated for Alfie.",
                "No access visit. Letter left with new appointment."));
            if (random.Next(2) == 0)
            {
                Add(HealthVisiting, day + random.Next(0, 3), Sometimes(9, 16), Pick("Telephone contact", "Phone call"), Pick(
                    "Phoned Kerry to book the next visit. Kerry said all fine.",
                    "Call to Kerry about Alfie's missed immunisations; rebooked.",
                    "Left voicemail for Kerry about the weighing clinic.",
                    "Kerry called asking about Alfie's rash; advised GP or pharmacy."));
            }
        }

        // The GP: appointments for Kerry and the children, and missed ones.
        for (var day = 10; day < 235; day += random.Next(7, 15))
        {
            Add(Gp, day, At(random.Next(8, 17), random.Next(6) * 10), Pick("GP appointment", "Appointment", "Did not attend"), Pick(
                "Kerry seen: low mood, sertraline increased. Review in 4 weeks.",
                "Alfie seen with Kerry: nappy rash, cream prescribed.",
                "Ruby not brought to asthma review.",
                "Ruby seen: cough, inhaler technique checked.",
                "Alfie not brought to 12 month immunisations."));
        }

        // The police: calls to the address and checks.
        foreach (var day in new[] { 12, 30, 47, 66, 79, 101, 133, 151, 168, 190, 207, 221 })
        {
            Add(Police, day, At(random.Next(0, 24), random.Next(12) * 5), Pick("Domestic incident", "Police attendance", "Welfare check"), Pick(
                "Neighbour reported shouting at the address. Kerry and Dean verbal argument only. Children asleep. DASH standard.",
                "Welfare check requested by CSC. Kerry and children seen, all safe and well.",
                "Dean reported Kerry for damage to his car. No further action.",
                "Call from Kerry: Dean at the door despite bail conditions; he had left when officers arrived."));
        }

        // The hospital: attendances.
        foreach (var day in new[] { 15, 58, 88, 143, 195 })
        {
            Add(Hospital, day, At(random.Next(0, 24), random.Next(12) * 5), Pick("ED attendance", "A&E attendance", "Minor injuries unit"), Pick(
                "Ruby brought by Kerry with a cut to her chin after falling off a scooter. Glued. Explanation consistent.",
                "Kerry attended with a wrist injury, said she fell on the stairs.",
                "Alfie brought with a cough and wheeze; discharged with advice.",
                "Ruby brought by Dean with an ear infection; antibiotics."));
        }

        // Housing: visits and letters about rent and repairs.
        foreach (var day in new[] { 20, 52, 75, 110, 140, 175, 205 })
        {
            Add(Housing, day, Sometimes(9, 16), Pick("Home visit", "Tenancy visit", "Letter"), Pick(
                "Tenancy visit. Rent arrears of 640 pounds discussed; payment plan agreed with Kerry.",
                "Repairs inspection: damp in the bathroom. Works ordered.",
                "Letter sent about garden full of rubbish; complaints from neighbours.",
                "Visit about a noise complaint from the neighbour. Kerry denied any arguments."));
        }

        // Traps: the social worker and the health visitor each visit on the same day, and phone Kerry on the same day, as different contacts.
        foreach (var day in new[] { 33, 70, 116, 158, 199 })
        {
            Add(SocialCare, day, null, "Home visit", "Home visit to Kerry and the children. Ruby seen; home conditions improving. Plan discussed.");
            Add(HealthVisiting, day, null, "Home visit", "Home visit to Kerry. Alfie weighed and developmental review done; Kerry's mood better.");
            Add(SocialCare, day + 1, null, "Phone call", "Call to Kerry to check Ruby got to school and about the food bank.");
            Add(HealthVisiting, day + 1, null, "Phone call", "Phoned Kerry about Alfie's weighing clinic next week.");
        }

        // Harder traps: separate visits the same day that notice the same things, and unanswered calls worded alike.
        Add(SocialCare, 90, null, "Home visit", "Home visit. Damp and mould in the children's bedroom, Ruby coughing. Kerry says the landlord has been told.");
        Add(HealthVisiting, 90, null, "Home visit", "Visit: mould in the bedroom the children share; Alfie has a cough. Kerry has reported it to the landlord.");
        Add(SocialCare, 146, At(10, 30), "Phone call", "Tried to call Kerry, no answer.");
        Add(HealthVisiting, 146, At(15, 0), "Phone call", "Called Kerry, no answer, voicemail left.");
        Add(SocialCare, 178, null, "Phone call", "Call to Kerry, no answer.");
        Add(HealthVisiting, 178, null, "Telephone contact", "Rang Kerry, no answer. Will try again.");
    }

    /// <summary>
    /// The rows as detection sees them: the Lantern type through the built-in words (tried again without
    /// "cancelled" and the like when the words map to nothing, as <c>ChronologyQueries.DetectionInputAsync</c>
    /// does), the people whose words appear, and those words as the names to leave out.
    /// </summary>
}
